/**
 * Reads an .xlsx file with exceljs into one Grid per worksheet, with Excel's semantics: a merged
 * area's value only in its top-left cell (exceljs repeats it in every cell), formula results
 * instead of formulas, error values as errors, and displayed text rendered from number formats.
 */
import ExcelJS from 'exceljs';
import { encodeStore, STORE_SHEET, storeFromGrid, type Store } from '../core/store/document';
import { promises as fs } from 'fs';
import { parseRangeA1 } from '../core/grid/address';
import { createGrid, UNCALCULATED, type CellRange, type CellValue, type Grid } from '../core/grid/grid';
import { displayText } from '../core/grid/displayText';
import { PackageError, readablePackage } from './xlsxPackage';
import { isCompoundFile, isZip } from './fileKind';

export class WorkbookReadError extends Error {}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

function dateToSerial(d: Date, date1904: boolean): number {
  const base = date1904 ? EPOCH_1904_MS : EXCEL_EPOCH_MS;
  return (d.getTime() - base) / 86400000;
}

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
  if (typeof raw === 'number') return displayText(raw, numFmt, date1904);
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

/** Reads every worksheet of an .xlsx file. Throws WorkbookReadError with a Chinese message. */
export async function readWorkbook(path: string): Promise<Grid[]> {
  return (await readWorkbookFile(path)).grids;
}

export interface WorkbookFile {
  /** The worksheets, the store's sheet left out. */
  grids: Grid[];
  /** The add-in's store (roles taught to columns, settings), when the workbook has one. */
  store?: Store;
  /** Why a store that is there could not be read (it is then ignored). */
  storeError?: string;
}

/** The bytes of a file that looks like an .xlsx (a zip). Throws WorkbookReadError with a Chinese message. */
export async function readXlsxBytes(path: string): Promise<Buffer> {
  const buffer = await fileBytes(path);
  if (isCompoundFile(buffer)) throw new WorkbookReadError('这是 Excel 97-2003（.xls）或 WPS（.et）工作簿：可以检查，但命令行插入只写 .xlsx，请先另存为 .xlsx');
  if (!isZip(buffer)) {
    throw new WorkbookReadError('不是有效的 .xlsx 文件（文件内容不是 Excel 工作簿）');
  }
  return buffer;
}

/** The bytes of a file, read whole. Throws WorkbookReadError with a Chinese message. */
async function fileBytes(path: string): Promise<Buffer> {
  try {
    const buffer = await fs.readFile(path);
    if (buffer.length === 0) throw new WorkbookReadError('文件是空的（0 字节）');
    return buffer;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError('文件不存在');
    if (code === 'EISDIR') throw new WorkbookReadError('这是一个文件夹，不是工作簿');
    if (code === 'EACCES') throw new WorkbookReadError('没有读取该文件的权限');
    throw new WorkbookReadError(`无法读取文件（${code ?? '未知错误'}）`);
  }
}

/**
 * Reads a workbook's worksheets and its store, whatever its extension says: an .xlsx/.xlsm (a zip)
 * with exceljs, an .xls / .et (a compound file) with SheetJS. Throws WorkbookReadError in Chinese.
 */
export async function readWorkbookFile(path: string): Promise<WorkbookFile> {
  const bytes = await fileBytes(path);
  if (isCompoundFile(bytes)) {
    // SheetJS is loaded only when a binary workbook comes (it costs a quarter of a second to load).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- not import(): a worker run from source registers tsx for require only (isolate.ts)
    const binary = require('./readBinaryWorkbook') as typeof import('./readBinaryWorkbook');
    try {
      return binary.readBinaryWorkbook(bytes);
    } catch (e) {
      if (e instanceof binary.BinaryReadError) throw new WorkbookReadError(e.message);
      throw e;
    }
  }
  if (!isZip(bytes)) throw new WorkbookReadError('不是 Excel 工作簿（文件内容既不是 .xlsx 也不是 .xls / .et）');
  const buffer = bytes;
  let readable: Buffer;
  try {
    readable = await readablePackage(buffer);
  } catch (e) {
    if (e instanceof PackageError) throw new WorkbookReadError(e.message);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(readable as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(`.xlsx 文件已损坏，无法打开（${(e as Error).message.slice(0, 80)}）`);
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const out: WorkbookFile = { grids: wb.worksheets.filter((ws) => ws.name !== STORE_SHEET).map((ws) => worksheetToGrid(ws, date1904)) };
  const read = readStore(wb);
  if (read && 'store' in read) out.store = read.store;
  else if (read) out.storeError = read.error;
  return out;
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
