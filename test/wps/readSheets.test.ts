/** The WPS adapter reads every fixture into the same findings as the Excel adapter and the CLI, in few calls into WPS. */
import { readdirSync } from 'fs';
import { join } from 'path';
import { checkFile } from '../../src/cli/checkFile';
import { checkGrids } from '../../src/core/engine/check';
import { profileOf, readSettings } from '../../src/core/settings';
import { STORE_SHEET, storeFromGrid } from '../../src/core/store/document';
import { readSheetRows } from '../../src/wps/readSheets';
import { wpsPaneHost } from '../../src/wps/paneHost';
import type { WorkbookRead } from '../../src/core/host/paneHost';
import type { ExcelHost } from '../../src/excel/host';
import { excelPaneHost } from '../../src/excel/paneHost';
import { FakeExcelHost } from '../support/fakeExcel/host';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';
import { fakeWps } from '../support/fakeWps/app';
import { fakeWpsFromXlsx } from '../support/fakeWps/fromXlsx';

const FIXTURES = join(__dirname, '..', 'fixtures');
const EXAMPLES = join(__dirname, '..', '..', 'examples');
const FILES = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => join(FIXTURES, f)),
  ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx')).map((f) => join(EXAMPLES, f)),
];

/** What the pane's 一键检查 computes from a host's read of the workbook (its store included). */
function checkRead(read: WorkbookRead) {
  const stored = read.sheets.find((s) => s.name === STORE_SHEET);
  const store = stored ? storeFromGrid(stored.grid) : undefined;
  const s = store && 'store' in store ? store.store : undefined;
  return checkGrids(read.sheets.map((x) => x.grid), profileOf(readSettings(s?.settings)), s);
}

describe('the same findings through the WPS adapter, the Excel adapter and the CLI', () => {
  it.each(FILES.map((f) => [f.split('/').pop()!, f]))('%s', async (_name, file) => {
    const cli = await checkFile(file, undefined);
    const app = await fakeWpsFromXlsx(file);
    const read = await wpsPaneHost(app).readWorkbook();
    const wps = checkRead(read);
    const excel = checkRead(await excelPaneHost(new FakeExcelHost(await fakeWorkbookFromXlsx(file), { excelApi: 13 }) as unknown as ExcelHost).readWorkbook());
    expect(cli.error).toBeNull();
    expect(excel.tables).toEqual(cli.tables);
    expect(excel.findings).toEqual(cli.findings);
    // Recognition does not need merged areas: the WPS adapter reads them only for an insertion.
    expect(read.sheets.every((x) => x.grid.merges === null)).toBe(true);
    expect(wps.tables).toEqual(cli.tables);
    expect(wps.findings).toEqual(cli.findings);
    expect(wps.findings.length).toBeGreaterThan(0);
    // Blocks, not cells: a few calls per sheet, and far fewer than the sheets have cells.
    const cells = read.sheets.reduce((n, x) => n + (x.grid.rowCount - x.grid.firstRow) * x.grid.colCount, 0);
    expect(app.calls).toBeLessThan(20 * read.sheets.length + cells / 5);
  });
});

describe('reading one sheet', () => {
  it('renders text from number formats, per column and per cell where a column mixes them', () => {
    const app = fakeWps([
      {
        name: '表',
        rows: [
          ['指标', '指标值', '日期'],
          ['合格率', { v: 0.95, fmt: '0%' }, { v: 45657, fmt: 'yyyy-mm-dd' }],
          ['资金', { v: 12.5, fmt: '0.00' }, { v: 45658, fmt: 'yyyy-mm-dd' }],
          ['数量', 3, { v: 45659, fmt: 'G/通用格式' }],
          ['错误', { error: '#REF!' }, true],
        ],
      },
    ]);
    const ws = app.ActiveWorkbook!.Worksheets.Item(1);
    const grid = readSheetRows(ws, '表');
    expect(grid.text(1, 1)).toBe('95%');
    expect(grid.text(2, 1)).toBe('12.50');
    expect(grid.text(3, 1)).toBe('3');
    expect(grid.text(1, 2)).toBe('2024-12-31');
    expect(grid.text(3, 2)).toBe('45659');
    expect(grid.value(4, 1)).toEqual({ error: '#REF!' });
    expect(grid.text(4, 1)).toBe('#REF!');
    expect(grid.text(4, 2)).toBe('TRUE');
    expect(grid.value(1, 1)).toBe(0.95);
  });

  it('renders dates of a 1904-system workbook as the CLI does', async () => {
    const app = fakeWps([{ name: '表', rows: [['完成时间', { v: 44195, fmt: 'yyyy-mm-dd' }]] }]);
    app.date1904 = true;
    const read = await wpsPaneHost(app).readWorkbook();
    expect(read.sheets[0]!.grid.text(0, 1)).toBe('2024-12-31');
  });

  it('finds merged areas, an empty sheet is an empty grid, and part of a sheet starts where asked', () => {
    const rows = Array.from({ length: 40 }, (_, r) => Array.from({ length: 8 }, (_, c) => (r === 0 && c > 0 ? null : `${r}-${c}`)));
    const app = fakeWps([{ name: '表', rows, merges: ['A1:H1', 'B5:B12', 'C20:D21'] }, { name: '空' }]);
    const wb = app.ActiveWorkbook!;
    const before = app.calls;
    const grid = readSheetRows(wb.Worksheets.Item('表'), '表', { top: 0, bottom: 100, merges: true });
    expect([...grid.merges!].map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort()).toEqual(['0,0,0,7', '19,2,20,3', '4,1,11,1']);
    expect(app.calls - before).toBeLessThan(160);
    // The same areas when a partly merged range answers true rather than null.
    app.partlyMergedIs = true;
    const again = readSheetRows(wb.Worksheets.Item('表'), '表', { top: 0, bottom: 100, merges: true });
    expect(again.merges).toEqual(grid.merges);
    app.partlyMergedIs = null;
    const empty = readSheetRows(wb.Worksheets.Item('空'), '空');
    expect(empty.rowCount).toBe(0);
    const part = readSheetRows(wb.Worksheets.Item('表'), '表', { top: 10, bottom: 12 });
    expect(part.firstRow).toBe(10);
    expect(part.text(11, 3)).toBe('11-3');
    expect(part.text(30, 3)).toBe('');
  });
});
