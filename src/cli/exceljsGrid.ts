/**
 * The Grid of an exceljs worksheet, for the commands that write a workbook through exceljs's model
 * (insert, templates): Excel's semantics — a merged area's value only in its top-left cell (exceljs
 * repeats it in every cell), formula results instead of formulas, error values as errors, and
 * displayed text rendered from number formats — so it equals the Grid the checker reads with
 * SheetJS (sheetjsWorkbook.ts; a test holds the two readers to it on every fixture). One known
 * difference: exceljs reads the original package, so a number in a Chinese built-in format that the
 * file names by id only (xlsxPackage.ts, withCjkBuiltins) shows as a plain number here; these grids
 * only locate tables and rows. Also the add-in's store in such a workbook.
 */
import ExcelJS from 'exceljs';
import { encodeStore, STORE_SHEET, storeFromGrid, type Store } from '../core/store/document';
import { parseRangeA1 } from '../core/grid/address';
import { createGrid, UNCALCULATED, type CellRange, type CellValue, type Grid } from '../core/grid/grid';
import { displayText } from '../core/grid/displayText';
import { dateToSerial, readerFormat } from './readerShared';

type RawExcelValue = ExcelJS.CellValue;

/** The raw value of an exceljs cell as a Grid value (numbers for dates, results for formulas). */
function rawValue(v: RawExcelValue, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: RawExcelValue }).result;
      // No cached result (a file a program wrote and Excel never calculated): not a blank.
      if (result === undefined || result === null) {
        const formula = (v as { formula?: string; sharedFormula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula ?? '';
        return { error: UNCALCULATED, formula };
      }
      return rawValue(result, date1904);
    }
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
  }
  return String(v);
}

function textOf(raw: CellValue, numFmt: string | undefined, date1904: boolean): string {
  if (raw === null) return '';
  if (typeof raw === 'number') return displayText(raw, readerFormat(numFmt), date1904);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (typeof raw === 'string') return raw;
  return raw.formula !== undefined ? `=${raw.formula}` : raw.error;
}

export function worksheetToGrid(ws: ExcelJS.Worksheet, date1904 = false): Grid {
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // exceljs repeats a merged area's value in every cell; Excel keeps it in the top-left one.
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
      const c = colNumber - 1;
      const raw = rawValue(cell.value, date1904);
      if (raw === null) return;
      (values[r] ??= [])[c] = raw;
      (texts[r] ??= [])[c] = textOf(raw, cell.numFmt, date1904);
    });
  });
  // Fill holes so the grid's arrays are dense per row.
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    texts[r] ??= [];
  }
  const merges: CellRange[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const range = parseRangeA1(ref);
    if (range) merges.push(range);
  }
  return createGrid({ sheet: ws.name, values, texts, merges });
}

/** The store of an exceljs workbook, if it has one. */
export function readStore(wb: ExcelJS.Workbook): { store: Store } | { error: string } | undefined {
  const ws = wb.getWorksheet(STORE_SHEET);
  return ws ? storeFromGrid(worksheetToGrid(ws)) : undefined;
}

/** Writes the store into its very hidden sheet of an exceljs workbook (replacing what was there). */
export function writeStore(wb: ExcelJS.Workbook, store: Store): void {
  const old = wb.getWorksheet(STORE_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
  encodeStore(store).forEach((chunk, i) => (ws.getCell(i + 1, 1).value = chunk));
}
