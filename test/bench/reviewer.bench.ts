/**
 * Benchmark: a district's season of submissions — 200 unit workbooks like seed 002's (32 tables
 * each) in one folder — checked by the compiled CLI with 1 worker and with one per core, against the
 * reader alone on the same files (one process reading them all). Goals: checking adds ≤ 15% over
 * reading; two workers ≥ 1.7× one.
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
  const cores = availableParallelism();
  const reader: number[] = [];
  const one: number[] = [];
  const all: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    reader.push(timed(['-e', readAll]));
    one.push(timed([CLI, 'check', '--format', 'json', '--jobs', '1', folder]));
    all.push(timed([CLI, 'check', '--format', 'json', '--jobs', String(cores), folder]));
  }
  const [r, o, a] = [median(reader), median(one), median(all)];
  console.log(
    [
      `reviewer: ${FILES} unit workbooks (seed 002, 32 tables each) in one folder, ${RUNS} runs, medians, ${cores} cores:`,
      `  reader alone (one process):     ${(r / 1000).toFixed(1)} s`,
      `  check, 1 worker:                ${(o / 1000).toFixed(1)} s  = +${(((o - r) / r) * 100).toFixed(0)}% over reading  (goal ≤ 15%)`,
      `  check, ${cores} workers:                ${(a / 1000).toFixed(1)} s  = ${(o / a).toFixed(2)}× one worker  (goal ≥ 1.7× on 2 cores)`,
    ].join('\n'),
  );
}

main();
