/**
 * WPS add-in benchmark through the real controller and WPS adapter on the fake WPS application: a
 * workbook of 50 project tables (merged levels, percentages as numbers). Every call into WPS's
 * object model costs ~0.2 ms in WPS (the figure the WPS issue gives), so the figures are calls, and
 * an estimate of WPS's share at that rate; the engine's own time is measured. Then the WPS
 * bundle's gzipped size. Goals: one-click check ≤ 1,000 calls (≈ 0.2 s in WPS); a cell edit
 * ≤ 200 calls (≈ 40 ms); inserting a missing 二级 and re-checking the sheet ≤ 1,500 calls (≈ 0.3 s);
 * bundle ≤ 400 KB gz.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { parseRangeA1 } from '../../src/core/grid/address';
import { packageRoot } from '../../src/cli/paths';
import { Checker } from '../../src/taskpane/checker';
import { wpsPaneHost } from '../../src/wps/paneHost';
import { FakeWpsApp } from '../support/fakeWps/app';
import { buildSheet, loadSeed } from '../fixtures/layout';

const MS_PER_CALL = 0.2;
const NO_LEGACY = { load: () => ({ live: true }), remove: () => Promise.resolve() };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function workbook(): FakeWpsApp {
  const tables = [...loadSeed('seed-000.tsv'), ...loadSeed('seed-001.tsv'), ...loadSeed('seed-003.tsv')];
  const fifty = Array.from({ length: 50 }, (_, i) => tables[i % tables.length]!);
  const sheet = buildSheet('项目表', fifty, { levels: 'merged', percentAsNumber: true });
  const app = new FakeWpsApp();
  const s = app.addSheet(sheet.name);
  for (const c of sheet.cells) s.set(c.row, c.col, { v: c.value as string | number, ...(c.numFmt ? { fmt: c.numFmt } : {}) });
  s.merges = sheet.merges;
  return app;
}

async function main(): Promise<void> {
  const runs = 7;
  const warmup = 5;
  const full: Array<{ calls: number; engine: number }> = [];
  const edit: Array<{ calls: number; engine: number }> = [];
  const insert: number[] = [];
  let tables = 0;
  let findings = 0;
  for (let i = 0; i < runs + warmup; i++) {
    const app = workbook();
    const checker = new Checker(wpsPaneHost(app), NO_LEGACY, { debounceMs: 0 });
    let before = app.calls;
    await checker.fullCheck();
    const snap = checker.getSnapshot();
    tables = snap.result.tables.length;
    findings = snap.result.findings.length;
    if (i >= warmup) full.push({ calls: app.calls - before, engine: snap.timings.full ?? NaN });

    const target = snap.result.findings.find((f) => f.rule === 'timeliness-value-is-time' && f.table !== undefined && f.table > 20);
    before = app.calls;
    app.userEdit('项目表', target?.cells[0] ?? 'E104', '2024年12月底前');
    await checker.flush();
    if (i >= warmup) edit.push({ calls: app.calls - before, engine: checker.getSnapshot().timings.live ?? NaN });

    const table = checker.getSnapshot().result.tables.find((t) => (checker.templateSuggestions('项目表', parseRangeA1(t.range)!.top)?.missing.length ?? 0) > 0);
    if (table) {
      const top = parseRangeA1(table.range)!.top;
      const ids = checker.templateSuggestions('项目表', top)!.missing.map((p) => p.template.id);
      before = app.calls;
      await checker.insertTemplates('项目表', top, ids, false);
      await checker.flush();
      if (i >= warmup) insert.push(app.calls - before);
    }
  }
  const f = { calls: Math.max(...full.map((x) => x.calls)), engine: median(full.map((x) => x.engine)) };
  const e = { calls: Math.max(...edit.map((x) => x.calls)), engine: median(edit.map((x) => x.engine)) };
  const ins = insert.length > 0 ? Math.max(...insert) : NaN;
  const wps = (calls: number) => `≈ ${((calls * MS_PER_CALL) / 1000).toFixed(2)} s in WPS at ${MS_PER_CALL} ms a call`;
  console.log(`WPS add-in, 50-table workbook (${tables} tables, ${findings} findings; ${runs} runs):`);
  console.log(`  one-click check: ${f.calls} calls (goal ≤ 1000; ${wps(f.calls)}), engine ${f.engine.toFixed(1)} ms`);
  console.log(`  single cell edit: ${e.calls} calls (goal ≤ 200; ${wps(e.calls)}), engine ${e.engine.toFixed(2)} ms before marks`);
  console.log(`  insert a missing 二级 and re-check: ${ins} calls (goal ≤ 1500; ${wps(ins)})`);

  const dir = join(packageRoot(__dirname), 'dist', 'wps');
  const folder = existsSync(dir) ? readdirSync(dir).find((d) => d.startsWith('perf-target_')) : undefined;
  if (folder) {
    const raw = readFileSync(join(dir, folder, 'taskpane.js'));
    console.log(`WPS pane bundle: ${(raw.length / 1024).toFixed(0)} KB minified, ${(gzipSync(raw).length / 1024).toFixed(0)} KB gzipped (goal ≤ 400 KB)`);
  } else {
    console.log('WPS pane bundle: not built (npm run build:wps)');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
