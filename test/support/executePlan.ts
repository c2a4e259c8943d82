/** Runs an insertion plan on a copy of a Grid in the fake Excel host and returns what Excel would then show. */
import { createGrid, type CellValue, type Grid } from '../../src/core/grid/grid';
import type { InsertionPlan } from '../../src/core/templates/plan';
import type { ExcelHost } from '../../src/excel/host';
import { executePlan } from '../../src/excel/insertRows';
import { FakeExcelHost } from './fakeExcel/host';
import { FakeWorkbookModel } from './fakeExcel/model';

export async function executeOnGrid(grid: Grid, plan: InsertionPlan, excelApi = 13): Promise<{ grid: Grid; fake: FakeExcelHost; syncs: number }> {
  const model = new FakeWorkbookModel();
  const sheet = model.addSheet(grid.sheet);
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.value(r, c);
      if (v !== null) sheet.set(r, c, { value: v as string | number, text: grid.text(r, c), format: { borders: 'thin', fontName: '宋体' } });
    }
  }
  sheet.merges = [...(grid.merges ?? [])];
  model.selection = { sheet: grid.sheet, address: 'A1' };
  const fake = new FakeExcelHost(model, { excelApi });
  const caps = { minimum: true, copyFrom: excelApi >= 9, delayForCellEdit: excelApi >= 11, mergedAreas: excelApi >= 13, triggerSource: excelApi >= 14, undoGroups: excelApi >= 20 };
  const before = fake.syncCount;
  await executePlan(fake as unknown as ExcelHost, caps, plan);
  const syncs = fake.syncCount - before;
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    if (cell.value === null) continue;
    (values[r] ??= [])[c] = cell.value;
    (texts[r] ??= [])[c] = cell.text ?? String(cell.value);
  }
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    texts[r] ??= [];
  }
  return { grid: createGrid({ sheet: grid.sheet, values, texts, merges: grid.merges ? sheet.merges : null }), fake, syncs };
}

/** The user fills every `**` left by a template with a number. */
export function fillPlaceholders(grid: Grid, with_ = '10'): Grid {
  const values: CellValue[][] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    values[r] = [];
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.value(r, c);
      // A year left open (`**年12月底前`, tables without a year line) gets the budget year.
      values[r]![c] = typeof v === 'string' && v.includes('**') ? v.replace('**年', '2024年').replace('**', with_) : v;
    }
  }
  return createGrid({ sheet: grid.sheet, values, merges: grid.merges });
}
