/** Saves the fake host's workbook as an .xlsx file (exceljs): values, number formats, merges, sheet visibility. Node only. */
import ExcelJS from 'exceljs';
import { rangeA1 } from '../../../src/core/grid/address';
import type { FakeWorkbookModel } from './model';

const STATE = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

export async function saveFakeWorkbook(model: FakeWorkbookModel, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const target = ws.getCell(r + 1, c + 1);
      if (cell.value !== null) target.value = cell.error ? { error: String(cell.value) as ExcelJS.CellErrorValue['error'] } : cell.value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }
    for (const m of sheet.merges) ws.mergeCells(rangeA1(m));
  }
  await wb.xlsx.writeFile(file);
}
