/**
 * `insert` on every fixture workbook, part by part: IN is untouched; every other sheet of OUT is
 * cell for cell (values and styles) what it was; in the target sheet every original row is still
 * there, in order, with its values and styles, the new rows only between them; no merge is lost;
 * the completed table is recognised again in the same place.
 */
import ExcelJS from 'exceljs';
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { insertIntoFile, parseInsertArgs } from '../../src/cli/templatesCommand';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { indicatorTableOf, recognizeSheet } from '../../src/core/engine/check';
import { insertionRefusal } from '../../src/core/templates/plan';

const FIXTURES = join(__dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'perf-target-insert-every-'));
const WORKBOOKS = [
  'seed-000-pingluo-zuzhibu.xlsx',
  'seed-001-tongfu.xlsx',
  'seed-002-dachang-projects.xlsx',
  'seed-003-pingluo-xianweiban.xlsx',
  'seed-004-suixi-department.xlsx',
  'realworld-projects.xlsx',
];
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** Each row's cells as value + style, keyed by column, for comparing rows that moved. */
function rowsOf(ws: ExcelJS.Worksheet): string[] {
  const rows: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells: string[] = [];
    ws.getRow(r).eachCell({ includeEmpty: false }, (c, col) => {
      if (c.isMerged && c.master.address !== c.address) return;
      cells.push(`${col}=${JSON.stringify(c.value)}|${JSON.stringify(c.style ?? {})}`);
    });
    rows.push(cells.join(';'));
  }
  return rows;
}

describe.each(WORKBOOKS)('insert into %s', (name) => {
  it('keeps every part of the workbook', async () => {
    const input = join(FIXTURES, name);
    const before = hash(input);
    const { grids } = await readWorkbookFile(input);
    // The first sheet whose first table takes rows (a table with 计量单位 or 指标性质 columns is refused, with its reason).
    const target = grids.find((g) => {
      const first = recognizeSheet(g).map(indicatorTableOf).find((t) => t !== undefined);
      return first !== undefined && insertionRefusal(first) === undefined;
    });
    expect(target).toBeDefined();
    const output = join(dir, `out-${name}`);
    await insertIntoFile(parseInsertArgs(['--sheet', target!.sheet, '--table', '1', '--indicator', 'beneficiary-satisfaction', '--indicator', 'completion-deadline', input, output]));
    expect(hash(input)).toBe(before);

    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.readFile(input);
    await b.xlsx.readFile(output);
    expect(b.worksheets.map((w) => [w.name, w.state])).toEqual(a.worksheets.map((w) => [w.name, w.state]));
    for (const ws of a.worksheets) {
      const out = b.getWorksheet(ws.name)!;
      const [was, now] = [rowsOf(ws), rowsOf(out)];
      if (ws.name !== target!.sheet) {
        expect(now).toEqual(was);
        expect((out.model as { merges?: string[] }).merges ?? []).toEqual((ws.model as { merges?: string[] }).merges ?? []);
        continue;
      }
      // The original rows, in order, as a subsequence of the new sheet's rows.
      let k = 0;
      for (const row of now) if (k < was.length && row === was[k]) k++;
      expect(was.length - k).toBe(0);
      expect(now.length).toBeGreaterThan(was.length);
      expect(((out.model as { merges?: string[] }).merges ?? []).length).toBeGreaterThanOrEqual(((ws.model as { merges?: string[] }).merges ?? []).length);
      expect(out.columns?.map((c) => c.width)).toEqual(ws.columns?.map((c) => c.width));
    }
    // The table is still recognised where it was, with its new rows.
    const inTables = recognizeSheet(target!).map((t) => t.range.top);
    const outGrid = (await readWorkbookFile(output)).grids.find((g) => g.sheet === target!.sheet)!;
    expect(recognizeSheet(outGrid).map((t) => t.range.top)[0]).toBe(inTables[0]);
  }, 60000);
});
