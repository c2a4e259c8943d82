/**
 * Each file is checked in a worker thread of its own, with a memory limit (V8's resourceLimits) and
 * a time limit: a file that exceeds either is reported for itself, and every other file is still
 * checked and printed. Several files at once (`jobs` workers, one per core by default), each with
 * those limits, so memory stays bounded by jobs × the limit; results are handed on in the order the
 * files were given, each as soon as it and every file before it are done.
 */
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { Profile } from '../core/rules/profiles';
import type { FileResult } from './report';

export interface Limits {
  /** The worker's heap, in MB. */
  memoryMb: number;
  /** Wall time per file, in ms. */
  timeMs: number;
}

export const DEFAULT_LIMITS: Limits = { memoryMb: 2048, timeMs: 120_000 };

/**
 * The compiled worker beside this module; from source (`npm run check`, tsx), a bootstrap that
 * registers tsx in the worker first (a worker does not inherit tsx's loader).
 */
function startWorker(workerData: unknown, limits: Limits): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.memoryMb };
  const js = join(__dirname, 'checkWorker.js');
  if (existsSync(js)) return new Worker(js, { workerData, resourceLimits });
  const ts = join(__dirname, 'checkWorker.ts');
  const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(ts)});`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}

export function checkInWorker(file: string, profile: Profile | undefined, limits: Limits = DEFAULT_LIMITS): Promise<FileResult> {
  return new Promise((resolve) => {
    const failed = (error: string): FileResult => ({ file, error, tables: [], findings: [] });
    const worker = startWorker({ file, profile }, limits);
    let done = false;
    const finish = (result: FileResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish(failed(`检查超过 ${limits.timeMs >= 1000 ? `${Math.round(limits.timeMs / 1000)} 秒` : `${limits.timeMs} 毫秒`}仍未完成，已停止（文件可能过大或结构异常）；其余文件照常检查`)),
      limits.timeMs,
    );
    worker.on('message', (result: FileResult) => finish(result));
    worker.on('error', (e: Error & { code?: string }) =>
      finish(failed(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `检查该文件所需内存超过 ${limits.memoryMb} MB 的上限，已停止；其余文件照常检查` : `检查时出错：${e.message}`)),
    );
    worker.on('exit', (code) => finish(failed(`检查该文件的进程意外退出（代码 ${code}）；其余文件照常检查`)));
  });
}

/** Workers at once by default: one per core. */
export const DEFAULT_JOBS = Math.max(1, availableParallelism());

export interface Progress {
  /** A file's check began. */
  started?(file: string): void;
}

/** `onResult` hears of each file in the order given, as soon as it and those before it are checked. */
export async function checkFilesIsolated(
  files: string[],
  profile: Profile | undefined,
  limits: Limits = DEFAULT_LIMITS,
  onResult?: (r: FileResult) => void,
  jobs = DEFAULT_JOBS,
  progress: Progress = {},
): Promise<FileResult[]> {
  const results: Array<FileResult | undefined> = new Array(files.length);
  let next = 0;
  let emitted = 0;
  const emit = () => {
    while (emitted < files.length && results[emitted]) {
      const r = results[emitted]!;
      emitted++;
      onResult?.(r);
    }
  };
  const run = async () => {
    while (next < files.length) {
      const i = next++;
      progress.started?.(files[i]!);
      results[i] = await checkInWorker(files[i]!, profile, limits);
      emit();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, run));
  return results as FileResult[];
}
