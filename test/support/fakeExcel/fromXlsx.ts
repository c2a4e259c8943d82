/** Loads an .xlsx file (exceljs) into the fake host's workbook: values, number formats, formats, merges. Node only. */
import ExcelJS from 'exceljs';
import { parseRangeA1 } from '../../../src/core/grid/address';
import { FakeWorkbookModel, type CellFormat, type FakeCell } from './model';

function formatOf(cell: ExcelJS.Cell): CellFormat | undefined {
  const f: CellFormat = {};
  const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
  if (fill?.fgColor?.argb) f.fill = `#${fill.fgColor.argb.slice(-6)}`;
  if (cell.font?.bold) f.bold = true;
  if (cell.font?.name) f.fontName = cell.font.name;
  if (cell.font?.size) f.fontSize = cell.font.size;
  if (cell.font?.color?.argb) f.fontColor = `#${cell.font.color.argb.slice(-6)}`;
  if (cell.alignment?.wrapText) f.wrapText = true;
  if (cell.border && Object.keys(cell.border).length > 0) f.borders = JSON.stringify(cell.border);
  return Object.keys(f).length > 0 ? f : undefined;
}

export async function fakeWorkbookFromXlsx(path: string): Promise<FakeWorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const model = new FakeWorkbookModel();
  for (const ws of wb.worksheets) {
    const sheet = model.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const merged = cell.isMerged && cell.master && cell.master.address !== cell.address;
        const v = cell.value;
        const value = merged || v === null || v === undefined ? null : typeof v === 'object' ? String((v as { result?: unknown }).result ?? '') : (v as string | number | boolean);
        const format = formatOf(cell);
        if (value === null && !format) return;
        const fake: FakeCell = { value };
        if (cell.numFmt) fake.numberFormat = cell.numFmt;
        if (format) fake.format = format;
        sheet.set(r - 1, c - 1, fake);
      }),
    );
    for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
      const range = parseRangeA1(ref);
      if (range) sheet.merges.push(range);
    }
  }
  model.selection = { sheet: model.sheets[0]?.name ?? '', address: 'A1' };
  return model;
}
