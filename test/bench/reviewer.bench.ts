/**
 * Benchmark: a district's season of submissions — 200 unit workbooks like seed 002's (32 tables
 * each) in one folder — checked by the compiled CLI with 1 worker and with one per core, against the
 * reader alone on the same files (one process reading them all). Goals: checking adds ≤ 15% over
 * reading; two workers ≥ 1.7× one. The reader alone in one worker thread and in one per core shows
 * what parallel workers can gain on this machine before any checking: each worker is a V8 isolate
 * that compiles its hot code again on background threads, and those threads share the same cores.
 *   npm run bench (after build:node); `-- --files 200 --runs 1`
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'fs';
import { availableParallelism, tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const READER = join(ROOT, 'dist', 'src', 'cli', 'readWorkbook.js');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const FILES = arg('files', 200);
const RUNS = arg('runs', 1);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const line = (label: string, ms: number) => `  ${`${label}:`.padEnd(34)}${(ms / 1000).toFixed(1)} s`;

function timed(args: string[]): number {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 400)}`);
  return Date.now() - t0;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-reviewer-'));
  const folder = join(dir, '报送');
  mkdirSync(folder);
  const seed = join(ROOT, 'test', 'fixtures', 'seed-002-dachang-unit.xlsx');
  for (let i = 1; i <= FILES; i++) copyFileSync(seed, join(folder, `单位${String(i).padStart(3, '0')}.xlsx`));
  const readAll = `const { readWorkbookFile } = require(${JSON.stringify(READER)}); const { readdirSync } = require('fs'); const { join } = require('path');
    (async () => { for (const f of readdirSync(${JSON.stringify(folder)}).sort()) await readWorkbookFile(join(${JSON.stringify(folder)}, f)); })();`;
  // The files read in `n` worker threads, each taking the next unread file, as the CLI's workers do.
  const readInWorkers = (n: number) => `const { Worker } = require('worker_threads'); const { readdirSync } = require('fs'); const { join } = require('path');
    const files = readdirSync(${JSON.stringify(folder)}).sort().map((f) => join(${JSON.stringify(folder)}, f)); let next = 0;
    const body = "const { parentPort, workerData } = require('worker_threads'); const { readWorkbookFile } = require(workerData); parentPort.on('message', (f) => readWorkbookFile(f).then(() => parentPort.postMessage(0), () => parentPort.postMessage(1)));";
    for (let i = 0; i < ${n}; i++) { const w = new Worker(body, { eval: true, workerData: ${JSON.stringify(READER)} }); const take = () => (next < files.length ? w.postMessage(files[next++]) : w.terminate()); w.on('message', take); take(); }`;
  const cores = availableParallelism();
  const reader: number[] = [];
  const one: number[] = [];
  const all: number[] = [];
  const readerOne: number[] = [];
  const readerAll: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    reader.push(timed(['-e', readAll]));
    readerOne.push(timed(['-e', readInWorkers(1)]));
    readerAll.push(timed(['-e', readInWorkers(cores)]));
    one.push(timed([CLI, 'check', '--format', 'json', '--jobs', '1', folder]));
    all.push(timed([CLI, 'check', '--format', 'json', '--jobs', String(cores), folder]));
  }
  const [r, o, a, r1, rn] = [median(reader), median(one), median(all), median(readerOne), median(readerAll)];
  console.log(
    [
      `reviewer: ${FILES} unit workbooks (seed 002, 32 tables each) in one folder, ${RUNS} runs, medians, ${cores} cores:`,
      line('reader alone (one process)', r),
      `${line('check, 1 worker', o)}  = +${(((o - r) / r) * 100).toFixed(0)}% over reading  (goal ≤ 15%)`,
      `${line(`check, ${cores} workers`, a)}  = ${(o / a).toFixed(2)}× one worker  (goal ≥ 1.7× on 2 cores)`,
      line('reader alone, 1 worker thread', r1),
      `${line(`reader alone, ${cores} worker threads`, rn)}  = ${(r1 / rn).toFixed(2)}× one: what ${cores} workers can gain here before any checking`,
    ].join('\n'),
  );
}

main();
