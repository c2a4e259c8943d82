/**
 * `insert` on every fixture workbook, part by part: IN is untouched; every other sheet of OUT is
 * cell for cell (values and styles) what it was; in the target sheet every original row is still
 * there, in order, with its values and styles, the new rows only between them; no merge is lost;
 * the completed table is recognised again in the same place. And on each fixture carrying every
 * part insert keeps — formulas on another sheet, defined names, conditional formats, validations
 * pointing into the table, custom properties and the add-in's webextension parts: every reference
 * still points at the cell it pointed at, and the package parts are byte for byte what they were.
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
import { a1, parseA1 } from '../../src/core/grid/address';
import type { Grid } from '../../src/core/grid/grid';
import { PACKAGE_PARTS, withPackageParts } from '../support/officeParts';
import JSZip from 'jszip';
import { writeFileSync } from 'fs';

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

/** The first sheet whose first table takes rows (a table with 计量单位 or 指标性质 columns is refused, with its reason). */
async function targetOf(input: string): Promise<Grid> {
  const { grids } = await readWorkbookFile(input);
  const target = grids.find((g) => {
    const first = recognizeSheet(g).map(indicatorTableOf).find((t) => t !== undefined);
    return first !== undefined && insertionRefusal(first) === undefined;
  });
  expect(target).toBeDefined();
  return target!;
}

const insertArgs = (sheet: string, input: string, output: string) =>
  parseInsertArgs(['--sheet', sheet, '--table', '1', '--indicator', 'beneficiary-satisfaction', '--indicator', 'completion-deadline', input, output]);

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
/** What a cell holds, a formula by its cached result. */
const held = (c: ExcelJS.Cell) => JSON.stringify(c.type === ExcelJS.ValueType.Formula ? c.result : c.value);

describe.each(WORKBOOKS)('insert into %s', (name) => {
  it('keeps every part of the workbook', async () => {
    const input = join(FIXTURES, name);
    const before = hash(input);
    const target = await targetOf(input);
    const output = join(dir, `out-${name}`);
    await insertIntoFile(insertArgs(target.sheet, input, output));
    expect(hash(input)).toBe(before);

    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.readFile(input);
    await b.xlsx.readFile(output);
    expect(b.worksheets.map((w) => [w.name, w.state])).toEqual(a.worksheets.map((w) => [w.name, w.state]));
    for (const ws of a.worksheets) {
      const out = b.getWorksheet(ws.name)!;
      const [was, now] = [rowsOf(ws), rowsOf(out)];
      if (ws.name !== target.sheet) {
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
    const outGrid = (await readWorkbookFile(output)).grids.find((g) => g.sheet === target.sheet)!;
    expect(recognizeSheet(outGrid).map((t) => t.range.top)[0]).toBe(inTables[0]);
  }, 60000);

  it('keeps every reference into the table pointing at its cell, and the package parts', async () => {
    const source = join(FIXTURES, name);
    const target = await targetOf(source);
    // Every filled cell of the target sheet's tables (at most 60, spread over them), as a reference.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(source);
    const ws = wb.getWorksheet(target.sheet)!;
    const filled: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (!(c.isMerged && c.master.address !== c.address) && c.value !== null && filled.push(c.address))));
    const step = Math.max(1, Math.ceil(filled.length / 60));
    const cells = filled.filter((_, i) => i % step === 0);
    const held0 = new Map(cells.map((a) => [a, held(ws.getCell(a))]));
    const other = wb.addWorksheet('核对引用');
    cells.forEach((address, i) => {
      const abs = address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
      const ref = `${quoted(target.sheet)}!${i % 2 ? abs : address}`;
      other.getCell(i + 1, 1).value = { formula: ref, result: 0 } as ExcelJS.CellFormulaValue;
      other.getCell(i + 1, 2).dataValidation = { type: 'list', allowBlank: true, formulae: [`${quoted(target.sheet)}!${abs}`] };
      wb.definedNames.add(`${quoted(target.sheet)}!${abs}`, `核对_${i + 1}`);
      ws.addConditionalFormatting({ ref: address, rules: [{ type: 'expression', priority: i + 1, formulae: [`LEN(${address})>999`], style: {} }] });
    });
    const input = join(dir, `carrier-${name}`);
    await wb.xlsx.writeFile(input);
    writeFileSync(input, await withPackageParts(readFileSync(input)));
    const output = join(dir, `carrier-out-${name}`);
    await insertIntoFile(insertArgs(target.sheet, input, output));

    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(output);
    const outWs = out.getWorksheet(target.sheet)!;
    const outOther = out.getWorksheet('核对引用')!;
    const at = (ref: string) => held(outWs.getCell(ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '')));
    const cfs = (outWs as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings;
    let moved = 0;
    cells.forEach((address, i) => {
      const was = held0.get(address);
      const formula = (outOther.getCell(i + 1, 1).value as ExcelJS.CellFormulaValue).formula;
      expect([address, at(formula)]).toEqual([address, was]);
      expect([address, at(outOther.getCell(i + 1, 2).dataValidation.formulae![0] as string)]).toEqual([address, was]);
      expect([address, at(out.definedNames.getRanges(`核对_${i + 1}`).ranges[0]!)]).toEqual([address, was]);
      // The conditional format sits on the cell and reads the cell.
      const cf = cfs.find((c) => c.rules[0]!.formulae[0] === `LEN(${c.ref})>999`);
      expect(cf).toBeDefined();
      const pos = parseA1(address)!;
      if (at(formula) !== undefined && formula.replace(/\$/g, '').endsWith(`!${a1(pos.row, pos.col)}`) === false) moved++;
    });
    expect(cfs).toHaveLength(cells.length);
    expect(new Set(cfs.map((c) => held(outWs.getCell(c.ref))))).toEqual(new Set(cells.map((a) => held0.get(a))));
    // Some of the references moved (the rows went in above them), or the test would prove nothing.
    expect(moved).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(readFileSync(output));
    for (const [part, text] of Object.entries(PACKAGE_PARTS)) expect(await zip.file(part)!.async('string')).toBe(text);
    // Each name written as Excel reads it: the sheet quoted where its name needs it.
    const names = [...(await zip.file('xl/workbook.xml')!.async('string')).matchAll(/<definedName name="核对_\d+"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(names).toHaveLength(cells.length);
    for (const text of names) expect(text!.replace(/&apos;/g, "'")).toMatch(/^('([^']|'')+'|[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!\$[A-Z]+\$\d+$/);
  }, 60000);
});
