/** A worker thread that checks files for the command line, one message per file (see isolate.ts). */
import { parentPort } from 'worker_threads';
import type { Profile } from '../core/rules/profiles';
import { checkFile } from './checkFile';

parentPort!.on('message', (job: { file: string; profile: Profile | undefined }) => {
  void checkFile(job.file, job.profile).then((result) => parentPort!.postMessage(result));
});
