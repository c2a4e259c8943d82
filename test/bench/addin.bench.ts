/**
 * Add-in benchmark through the real controller and adapter on the fake Excel host: a workbook of
 * 50 project tables, the one-click check (syncs, engine time) and a single cell edit (syncs,
 * engine time before marks are written); and the task pane bundle's gzipped size.
 * Goals: full check ≤ 4 syncs and ≤ 20 ms engine; edit ≤ 2 syncs and ≤ 5 ms; bundle ≤ 400 KB gz.
 */
import { excelPaneHost } from '../../src/excel/paneHost';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import type { ExcelHost } from '../../src/excel/host';
import { memoryLegacySettings } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { packageRoot } from '../../src/cli/paths';
import { FakeExcelHost } from '../support/fakeExcel/host';
import { FakeWorkbookModel } from '../support/fakeExcel/model';
import { buildSheet, loadSeed } from '../fixtures/layout';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function workbook(): Promise<FakeWorkbookModel> {
  const tables = [...loadSeed('seed-000.tsv'), ...loadSeed('seed-001.tsv'), ...loadSeed('seed-003.tsv')];
  const fifty = Array.from({ length: 50 }, (_, i) => tables[i % tables.length]!);
  const sheet = buildSheet('项目表', fifty, { levels: 'merged', percentAsNumber: true });
  const model = new FakeWorkbookModel();
  const s = model.addSheet(sheet.name);
  for (const c of sheet.cells) s.set(c.row, c.col, { value: c.value, ...(c.numFmt ? { numberFormat: c.numFmt } : {}) });
  s.merges = sheet.merges;
  model.selection = { sheet: sheet.name, address: 'A1' };
  return model;
}

async function main(): Promise<void> {
  const runs = 7;
  const full: Array<{ syncs: number; engine: number }> = [];
  const edit: Array<{ syncs: number; engine: number }> = [];
  let tables = 0;
  let findings = 0;
  // The first runs warm the JIT; only the later ones are measured.
  const warmup = 10;
  for (let i = 0; i < runs + warmup; i++) {
    const fake = new FakeExcelHost(await workbook(), { excelApi: 13 });
    const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: true }), { debounceMs: 0 });
    let before = fake.syncCount;
    await checker.fullCheck();
    const snap = checker.getSnapshot();
    tables = snap.result.tables.length;
    findings = snap.result.findings.length;
    // Registering the change handlers is not part of the check.
    if (i >= warmup) full.push({ syncs: fake.syncCount - before - 2, engine: snap.timings.full ?? NaN });

    // Edit the 时效 value of a table in the middle of the sheet.
    const target = snap.result.findings.find((f) => f.rule === 'timeliness-value-is-time' && f.table !== undefined && f.table > 20);
    const cell = target?.cells[0] ?? 'E104';
    before = fake.syncCount;
    fake.userEdit('项目表', cell, [['2024年12月底前']]);
    await fake.settle();
    await checker.flush();
    if (i >= warmup) edit.push({ syncs: fake.syncCount - before, engine: checker.getSnapshot().timings.live ?? NaN });
  }
  const f = { syncs: Math.max(...full.map((x) => x.syncs)), engine: median(full.map((x) => x.engine)) };
  const e = { syncs: Math.max(...edit.map((x) => x.syncs)), engine: median(edit.map((x) => x.engine)) };
  console.log(`add-in, 50-table workbook (${tables} tables, ${findings} findings; ${runs} runs, medians):`);
  console.log(`  one-click check: ${f.syncs} syncs (goal ≤ 4), engine ${f.engine.toFixed(1)} ms (goal ≤ 20 ms)`);
  console.log(`  single cell edit: ${e.syncs} syncs (goal ≤ 2), engine ${e.engine.toFixed(2)} ms before marks (goal ≤ 5 ms)`);

  const bundle = join(packageRoot(__dirname), 'dist', 'web', 'taskpane.js');
  if (existsSync(bundle)) {
    const raw = readFileSync(bundle);
    console.log(`task pane bundle: ${(raw.length / 1024).toFixed(0)} KB minified, ${(gzipSync(raw).length / 1024).toFixed(0)} KB gzipped (goal ≤ 400 KB)`);
  } else {
    console.log('task pane bundle: not built (npm run build)');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
