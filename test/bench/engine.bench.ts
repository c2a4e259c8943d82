/**
 * Benchmark: a workbook of 500 project tables (about 15,000 indicator rows) built from the seed
 * tables, checked by the engine and by the CLI path, against the CLI's reader (SheetJS) reading the
 * same file alone; exceljs's read, which the writing commands use, is shown for reference.
 * The engine line times recognition and rules on grids already in memory, in a phase of its own
 * after a full collection; the CLI path line times reading, conversion and engine together.
 * Goals: engine ≤ 0.2 ms per table; checking adds ≤ 15% to the read time.
 *   npm run bench [-- --tables 500 --runs 5]
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { checkGrids } from '../../src/core/engine/check';
import { createSparseGrid, type CellValue, type Grid } from '../../src/core/grid/grid';
import { worksheetToGrid } from '../../src/cli/exceljsGrid';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { toWorkbook, workbookSpecs } from '../fixtures/generate';
import { buildSheet, loadSeed, sheetToGrid, type SeedTable } from '../fixtures/layout';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const TABLES = arg('tables', 500);
const RUNS = arg('runs', 5);
const ROWS_PER_TABLE = 30;

/** A seed table with its 数量 block extended to about 30 indicator rows. */
function padded(t: SeedTable, n: number): SeedTable {
  const rows = t.rows.map((r) => [...r]);
  const header = rows.findIndex((r) => r.some((c) => c.replace(/\s/g, '') === '三级指标'));
  const grid = rows.length - header - 1;
  const extra: string[][] = [];
  for (let k = 0; grid + extra.length < ROWS_PER_TABLE; k++) {
    extra.push(
      t.layout === 'ningxia'
        ? ['', '', '', `补充数量指标${n}-${k}`, `≥${k + 1}个`]
        : ['', '数量指标', `补充数量指标${n}-${k}`, '补充说明', '', `≥${k + 1}个`, '实施方案'],
    );
  }
  // Insert after the first indicator row so the extra rows join the 数量 block.
  rows.splice(header + 2, 0, ...extra);
  return { ...t, rows, name: `${t.name}（${n}）` };
}

/** A full collection before a timed phase (V8's gc(), made reachable without a command-line flag). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

async function main(): Promise<void> {
  const seeds = ['seed-000.tsv', 'seed-001.tsv', 'seed-002.tsv', 'seed-003.tsv'].flatMap((f) => loadSeed(f));
  const ningxia = seeds.filter((t) => t.layout === 'ningxia');
  const hebei = seeds.filter((t) => t.layout === 'hebei');
  const perSheet = 50;
  const sheets = [];
  for (let s = 0; s * perSheet < TABLES; s++) {
    const tables: SeedTable[] = [];
    for (let i = s * perSheet; i < Math.min(TABLES, (s + 1) * perSheet); i++) {
      // Each sheet holds one layout, as real workbooks do.
      const pool = s % 4 === 3 ? hebei : ningxia;
      tables.push(padded(pool[i % pool.length]!, i));
    }
    sheets.push(buildSheet(`项目表${s + 1}`, tables, { levels: s % 2 === 0 ? 'merged' : 'blank', percentAsNumber: s % 3 === 0 }));
  }
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-bench-'));
  const file = join(dir, `bench-${TABLES}.xlsx`);
  await toWorkbook({ file, purpose: 'bench', sheets, merges: true }).xlsx.writeFile(file);

  const exceljsOnly: number[] = [];
  const readerOnly: number[] = [];
  const cliPath: number[] = [];
  const engine: number[] = [];
  let tables = 0;
  let indicators = 0;
  let findings = 0;
  let grids: Grid[] = [];
  // Warm the JIT on a smaller pass so the medians measure steady-state code.
  checkGrids(await readWorkbook(file));
  for (let run = 0; run < RUNS; run++) {
    // For reference: exceljs, which the writing commands read with (insert, templates, --out).
    const [tExcel] = await time(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb.worksheets.map((ws) => worksheetToGrid(ws));
    });
    exceljsOnly.push(tExcel);

    // The checker's reader alone (SheetJS, package checks and grids included), then the CLI's path: that read and the engine.
    const [tRead, read] = await time(() => readWorkbook(file));
    readerOnly.push(tRead);
    grids = read;
    const [tCli, result] = await time(async () => checkGrids(await readWorkbook(file)));
    cliPath.push(tCli);
    tables = result.tables.length;
    findings = result.findings.length;
  }
  // The engine alone, on grids already in memory: in a phase of its own, after a full collection,
  // so that it does not pay for collecting the reader's garbage (the CLI path above pays for all).
  collectGarbage();
  for (let k = 0; k < 3 * RUNS; k++) {
    const [tEngine] = await time(() => checkGrids(grids));
    engine.push(tEngine);
  }
  // Count indicator rows once (not timed).
  {
    const { recognizeSheet, isProjectTable } = await import('../../src/core/engine/check');
    const grids = await readWorkbook(file);
    indicators = grids.flatMap((g) => recognizeSheet(g).filter(isProjectTable)).reduce((n, t) => n + t.indicators.length, 0);
  }

  const mExcel = median(exceljsOnly);
  const mRead = median(readerOnly);
  const mCli = median(cliPath);
  const mEngine = median(engine);
  const size = statSync(file).size;
  const lines = [
    `workbook: ${tables} tables, ${indicators} indicator rows, ${sheets.length} sheets, ${(size / 1024).toFixed(0)} KiB (${RUNS} runs, medians)`,
    `exceljs read + grids (the writing commands' reader, for reference): ${mExcel.toFixed(0)} ms`,
    `checker's reader alone (SheetJS + grids): ${mRead.toFixed(0)} ms`,
    `engine (recognise + rules, grids in memory, ${engine.length} runs):  ${mEngine.toFixed(1)} ms  = ${((mEngine / tables) * 1000).toFixed(0)} µs per table, best ${((Math.min(...engine) / tables) * 1000).toFixed(0)} µs  (goal ≤ 200 µs)`,
    `CLI path (read + grids + engine): ${mCli.toFixed(0)} ms  = +${(((mCli - mRead) / mRead) * 100).toFixed(1)}% over its reader alone  (goal ≤ 15%)`,
    `findings: ${findings}`,
  ];
  lines.push(unitBudgetSet());
  lines.push(sparseSheet());
  console.log(lines.join('\n'));
}

/** The seed 002 单位预算 set (10 summary tables + 22 project tables, one per sheet), cross-table rules included. */
function unitBudgetSet(): string {
  const spec = workbookSpecs().find((w) => w.file === 'seed-002-dachang-unit.xlsx')!;
  const grids = spec.sheets.map((s) => sheetToGrid(s, true));
  checkGrids(grids);
  const runs: number[] = [];
  let tables = 0;
  for (let k = 0; k < 20; k++) {
    const t0 = performance.now();
    tables = checkGrids(grids).tables.length;
    runs.push(performance.now() - t0);
  }
  return `unit budget set (seed 002, ${tables} tables on ${grids.length} sheets, 20 runs): engine ${median(runs).toFixed(1)} ms median, best ${Math.min(...runs).toFixed(1)} ms`;
}

/** One table at the top of a sheet and one stray cell at XFD1048576: the work follows the filled cells. */
function sparseSheet(): string {
  const spec = workbookSpecs().find((w) => w.file === 'seed-000-pingluo-zuzhibu.xlsx')!;
  const dense = sheetToGrid(spec.sheets[0]!, true);
  const cells: Array<{ row: number; col: number; value: CellValue; text: string }> = [];
  dense.forEachFilled!((row, col, text) => cells.push({ row, col, value: dense.value(row, col), text }));
  const first = cells.filter((c) => c.row < 60);
  first.push({ row: 1048575, col: 16383, value: '备注', text: '备注' });
  const runs: number[] = [];
  let tables = 0;
  for (let k = 0; k < 20; k++) {
    const grid = createSparseGrid('稀疏', first);
    const t0 = performance.now();
    tables = checkGrids([grid]).tables.length;
    runs.push(performance.now() - t0);
  }
  return `sparse sheet (${tables} tables in A1:E60 and one cell at XFD1048576, 20 runs): engine ${median(runs).toFixed(2)} ms median, best ${Math.min(...runs).toFixed(2)} ms`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
