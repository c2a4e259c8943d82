/**
 * Loads an .xlsx file into the fake WPS application as WPS would hold it: raw values (formula
 * results, dates as serials, error values), each cell's number format, merged areas (the value in
 * the top-left cell only), and sheet visibility. The values come from the CLI's reader, so the
 * fake holds what the CLI reads; the displayed text is left for the adapter to render. Node only.
 */
import ExcelJS from 'exceljs';
import { worksheetToGrid } from '../../../src/cli/exceljsGrid';
import { FakeWpsApp } from './app';

export async function fakeWpsFromXlsx(path: string): Promise<FakeWpsApp> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const app = new FakeWpsApp();
  app.workbookName = path.split(/[\\/]/).pop() ?? 'book.xlsx';
  app.date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  for (const ws of wb.worksheets) {
    const grid = worksheetToGrid(ws);
    const sheet = app.addSheet(ws.name);
    sheet.visible = ws.state === 'veryHidden' ? 2 : ws.state === 'hidden' ? 0 : -1;
    for (let r = grid.firstRow; r < grid.rowCount; r++) {
      for (let c = 0; c < grid.colCount; c++) {
        const v = grid.value(r, c);
        if (v === null) continue;
        const numFmt = ws.getCell(r + 1, c + 1).numFmt;
        const cell = typeof v === 'object' ? { v: { error: v.error } } : { v };
        sheet.set(r, c, numFmt ? { ...cell, fmt: numFmt } : cell);
      }
    }
    sheet.merges = [...(grid.merges ?? [])];
  }
  app.active = app.sheets.find((s) => s.visible === -1);
  app.selection = { sheet: app.active?.name ?? '', row: 0, col: 0 };
  return app;
}
