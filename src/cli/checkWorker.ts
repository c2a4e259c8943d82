/** The worker thread that checks one file for the command line (see isolate.ts). */
import { parentPort, workerData } from 'worker_threads';
import type { Profile } from '../core/rules/profiles';
import { checkFile } from './checkFile';

const { file, profile } = workerData as { file: string; profile: Profile | undefined };
void checkFile(file, profile).then((result) => parentPort!.postMessage(result));
