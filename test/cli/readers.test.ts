/**
 * The checker reads every workbook with SheetJS (sheetjsWorkbook.ts); the commands that write a
 * workbook (insert, templates) recognise its tables in exceljs's model (exceljsGrid.ts). The two
 * must hand the engine the same Grid: values, displayed text and merges, on every fixture and on a
 * workbook of the cells that differ most between readers.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { worksheetToGrid } from '../../src/cli/exceljsGrid';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { withCjkBuiltins } from '../../src/cli/xlsxPackage';
import { checkGrids, isProjectTable, recognizeSheet } from '../../src/core/engine/check';
import { parseA1 } from '../../src/core/grid/address';
import { UNCALCULATED, type Grid } from '../../src/core/grid/grid';

const FIXTURES = join(__dirname, '..', 'fixtures');
const EXAMPLES = join(__dirname, '..', '..', 'examples');
const dir = mkdtempSync(join(tmpdir(), 'perf-target-readers-'));

function cellsOf(g: Grid): string {
  const rows: string[] = [];
  for (let r = 0; r < g.rowCount; r++) {
    const row: string[] = [];
    for (let c = 0; c < g.colCount; c++) if (g.value(r, c) !== null || g.text(r, c) !== '') row.push(`${c}=${JSON.stringify(g.value(r, c))}|${g.text(r, c)}`);
    rows.push(row.join(';'));
  }
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  const merges = [...(g.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left);
  return JSON.stringify({ sheet: g.sheet, rows, merges });
}

async function byExcelJS(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  return wb.worksheets.map((ws) => cellsOf(worksheetToGrid(ws, date1904)));
}

const fixtures = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => join(FIXTURES, f)),
  ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx')).map((f) => join(EXAMPLES, f)),
];

it.each(fixtures)('%s reads alike in both readers', async (file) => {
  expect((await readWorkbookFile(file)).grids.map(cellsOf)).toEqual(await byExcelJS(file));
});

describe('cells that readers disagree on', () => {
  async function tricky(date1904: boolean): Promise<string> {
    const wb = new ExcelJS.Workbook();
    (wb.properties as { date1904?: boolean }).date1904 = date1904;
    const ws = wb.addWorksheet('项目支出');
    ws.getCell('A1').value = '2025年项目支出绩效目标表';
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = { richText: [{ text: '年度', font: { bold: true } }, { text: '资金总额' }] };
    ws.getCell('B2').value = 125.5;
    ws.getCell('B2').numFmt = '#,##0.00';
    ws.getCell('C2').value = 0.95;
    ws.getCell('C2').numFmt = '0%';
    ws.getCell('D2').value = new Date(Date.UTC(2025, 11, 31));
    ws.getCell('D2').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('A3').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    ws.getCell('B3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('C3').value = { formula: 'B2*2' } as ExcelJS.CellFormulaValue;
    ws.getCell('D3').value = { formula: 'B2+1', result: 126.5 } as ExcelJS.CellFormulaValue;
    ws.getCell('A4').value = true;
    ws.getCell('B4').value = 45658;
    ws.getCell('B4').numFmt = 'mm-dd-yy';
    ws.getCell('C4').value = '  前后有空格  ';
    ws.getCell('D4').value = 1234567.891;
    ws.getCell('A5').value = '数量指标';
    ws.mergeCells('A5:A7');
    ws.getCell('B5').value = '培训人次';
    const file = join(dir, `tricky-${date1904}.xlsx`);
    // A program may leave a value in a merged area's other cells; Excel shows only the top-left one.
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const left = sheet.replace(/<c r="A6"[^>]*\/>/, '<c r="A6" t="inlineStr"><is><t>残留</t></is></c>');
    expect(left).not.toBe(sheet);
    zip.file('xl/worksheets/sheet1.xml', left);
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    return file;
  }

  it.each([false, true])('rich text, formats, dates (1904 system: %s), errors, formulas with and without results, merges', async (date1904) => {
    const file = await tricky(date1904);
    const [grid] = (await readWorkbookFile(file)).grids;
    expect(cellsOf(grid!)).toEqual((await byExcelJS(file))[0]);
    // What the engine relies on, spelt out.
    expect([grid!.value(1, 0), grid!.text(1, 1), grid!.text(1, 2), grid!.text(1, 3)]).toEqual(['年度资金总额', '125.50', '95%', '2025年12月31日']);
    expect([grid!.value(2, 0), grid!.value(2, 1), grid!.value(2, 2), grid!.value(2, 3)]).toEqual([{ error: '#REF!' }, { error: '#DIV/0!' }, { error: UNCALCULATED, formula: 'B2*2' }, 126.5]);
    // The built-in short date (id 14) as Excel and WPS show it in Chinese.
    expect(grid!.text(3, 1)).toBe(date1904 ? '2029/1/2' : '2025/1/1');
    expect([grid!.value(5, 0), grid!.text(5, 0), grid!.value(4, 0)]).toEqual([null, '', '数量指标']);
    expect(grid!.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 4, left: 0, bottom: 6, right: 0 }]));
  });
});

describe('built-in formats of Chinese Excel and WPS, named by id only', () => {
  /** seed 000 with its first 时效 value a date serial, formatted by `numFmt`: a format string, or a built-in id. */
  async function withDeadline(name: string, numFmt: string | number | null): Promise<{ file: string; address: string }> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(FIXTURES, 'seed-000-pingluo-zuzhibu.xlsx'));
    const ws = wb.worksheets[0]!;
    const table = recognizeSheet(worksheetToGrid(ws)).filter(isProjectTable)[0]!;
    const row = table.indicators.find((r) => r.level2?.id === 'timeliness')!;
    const address = row.values[0]!.cell.address;
    const cell = ws.getCell(address);
    cell.value = 46022;
    if (numFmt !== null) cell.numFmt = typeof numFmt === 'number' ? 'MARK-BUILTIN' : numFmt;
    const file = join(dir, name);
    let bytes: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
    if (typeof numFmt === 'number') {
      // What Chinese Excel writes: the cell's format by id, with no <numFmt> for it.
      const zip = await JSZip.loadAsync(bytes);
      const styles = await zip.file('xl/styles.xml')!.async('string');
      const mark = /<numFmt numFmtId="(\d+)" formatCode="MARK-BUILTIN"\/>/.exec(styles)!;
      zip.file('xl/styles.xml', styles.replace(mark[0], '').replace(new RegExp(`numFmtId="${mark[1]}"`, 'g'), `numFmtId="${numFmt}"`));
      bytes = await zip.generateAsync({ type: 'nodebuffer' });
    }
    writeFileSync(file, bytes);
    return { file, address };
  }

  const textAt = async (file: string, address: string) => {
    const grid = (await readWorkbookFile(file)).grids[0]!;
    const { row, col } = parseA1(address)!;
    return grid.text(row, col);
  };

  it('reads id 31 (2025年12月31日) and id 58 (12月31日) as Excel shows them, and checks them as dates', async () => {
    const byId = await withDeadline('builtin-31.xlsx', 31);
    const spelt = await withDeadline('spelt-31.xlsx', 'yyyy"年"m"月"d"日"');
    const plain = await withDeadline('plain.xlsx', null);
    expect(await textAt(byId.file, byId.address)).toBe('2025年12月31日');
    expect(await textAt((await withDeadline('builtin-58.xlsx', 58)).file, byId.address)).toBe('12月31日');
    const findings = async (file: string) => checkGrids((await readWorkbookFile(file)).grids).findings.filter((f) => f.cells.includes(byId.address)).map((f) => f.rule);
    // The same findings as the format written out; a bare number would be checked differently.
    expect(await findings(byId.file)).toEqual(await findings(spelt.file));
    expect(await findings(plain.file)).not.toEqual(await findings(spelt.file));
  });

  it('leaves a format the file defines for such an id, and a styles part without them, as they are', () => {
    const own = '<styleSheet><numFmts count="1"><numFmt numFmtId="31" formatCode="0.0"/></numFmts><cellXfs count="1"><xf numFmtId="31"/></cellXfs></styleSheet>';
    expect(withCjkBuiltins(own)).toBe(own);
    const none = '<styleSheet><cellXfs count="1"><xf numFmtId="14"/></cellXfs></styleSheet>';
    expect(withCjkBuiltins(none)).toBe(none);
    // A prefixed part, without <numFmts>: one is made, first in the style sheet.
    expect(withCjkBuiltins('<x:styleSheet xmlns:x="s"><x:fonts/><x:cellXfs count="1"><x:xf numFmtId="58"/></x:cellXfs></x:styleSheet>')).toBe(
      '<x:styleSheet xmlns:x="s"><x:numFmts count="1"><x:numFmt numFmtId="58" formatCode="m&quot;月&quot;d&quot;日&quot;"/></x:numFmts><x:fonts/><x:cellXfs count="1"><x:xf numFmtId="58"/></x:cellXfs></x:styleSheet>',
    );
  });
});
