/**
 * Each file is checked in a worker thread of its own, with a memory limit (V8's resourceLimits) and
 * a time limit: a file that exceeds either is reported for itself, and every other file is still
 * checked and printed. One file at a time, so the report keeps the order the files were given.
 */
import { existsSync } from 'fs';
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

/** `onResult` hears of each file as soon as it is checked. */
export async function checkFilesIsolated(files: string[], profile: Profile | undefined, limits: Limits = DEFAULT_LIMITS, onResult?: (r: FileResult) => void): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    const r = await checkInWorker(file, profile, limits);
    onResult?.(r);
    results.push(r);
  }
  return results;
}
