/**
 * Each file is checked in a worker thread of its own, with a memory limit (V8's resourceLimits) and
 * a time limit: a file that exceeds either is reported for itself, and every other file is still
 * checked and printed. Several files at once (`jobs` workers, one per core by default, each checking
 * file after file), each with those limits, so memory stays bounded by jobs × the limit; results are
 * handed on in the order the files were given, each as soon as it and every file before it are done.
 */
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import { setFlagsFromString } from 'v8';
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
 * Each worker is a V8 isolate of its own, so each compiles the engine's hot code again. On a folder
 * of unit workbooks that compiling, on V8's background threads, cost a worker's first hundred files
 * about 2.5 s of CPU, as much as checking them, and with a worker per core it takes the cores from
 * the workers. A smaller budget for what TurboFan inlines into one optimised function makes each
 * compile cheaper and the code no slower: 200 unit workbooks took 0.89× the wall time with 2
 * workers, 0.99× with one (0.93× the CPU; paired medians, Node 20). Set only on V8 11 (Node 20 and
 * 21), where it was measured; V8's flags are the process's, and workers started after this see them.
 */
export function compilerFlags(v8Version: string): string[] {
  return v8Version.startsWith('11.') ? ['--max-inlined-bytecode-size-cumulative=200'] : [];
}

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

const failed = (file: string, error: string): FileResult => ({ file, error, tables: [], findings: [] });

/**
 * Checks one file on a worker that may have checked others before it. `broken`: the worker ran out
 * of memory, out of time or died, and must not take another file.
 */
function checkOn(worker: Worker, file: string, profile: Profile | undefined, limits: Limits): Promise<{ result: FileResult; broken: boolean }> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (result: FileResult, broken: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ result, broken });
    };
    const onMessage = (result: FileResult) => finish(result, false);
    const onError = (e: Error & { code?: string }) =>
      finish(failed(file, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `检查该文件所需内存超过 ${limits.memoryMb} MB 的上限，已停止；其余文件照常检查` : `检查时出错：${e.message}`), true);
    const onExit = (code: number) => finish(failed(file, `检查该文件的进程意外退出（代码 ${code}）；其余文件照常检查`), true);
    const timer = setTimeout(
      () => finish(failed(file, `检查超过 ${limits.timeMs >= 1000 ? `${Math.round(limits.timeMs / 1000)} 秒` : `${limits.timeMs} 毫秒`}仍未完成，已停止（文件可能过大或结构异常）；其余文件照常检查`), true),
      limits.timeMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ file, profile });
  });
}

/** Workers at once by default: one per core. */
export const DEFAULT_JOBS = Math.max(1, availableParallelism());

export interface Progress {
  /** A file's check began. */
  started?(file: string): void;
}

/**
 * `onResult` hears of each file in the order given, as soon as it and those before it are checked.
 * Each of the `jobs` workers checks file after file (starting a worker costs far more than checking
 * a unit's workbook); one that runs out of memory or time is stopped and replaced for the next file.
 */
export async function checkFilesIsolated(
  files: string[],
  profile: Profile | undefined,
  limits: Limits = DEFAULT_LIMITS,
  onResult?: (r: FileResult) => void,
  jobs = DEFAULT_JOBS,
  progress: Progress = {},
): Promise<FileResult[]> {
  for (const flag of compilerFlags(process.versions.v8)) setFlagsFromString(flag);
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
  const lane = async () => {
    let worker: Worker | undefined;
    while (next < files.length) {
      const i = next++;
      progress.started?.(files[i]!);
      worker ??= startWorker({}, limits);
      const { result, broken } = await checkOn(worker, files[i]!, profile, limits);
      results[i] = result;
      if (broken) {
        void worker.terminate();
        worker = undefined;
      }
      emit();
    }
    if (worker) await worker.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, lane));
  return results as FileResult[];
}
