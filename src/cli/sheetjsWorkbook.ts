/**
 * Reads the cells of every workbook the command line checks — .xlsx / .xlsm (a zip) and Excel
 * 97-2003 .xls (BIFF8) or WPS .et (the same compound-file format) — with one reader, SheetJS (the
 * maintained republish @e965/xlsx 0.20.x, not npm `xlsx` 0.18.5 with its known CVEs), into Grids with
 * Excel's semantics: raw values (dates as serial numbers, formula results, error values), a merged
 * area's value only in its top-left cell, and the displayed text rendered by the project's own
 * display-text code from the raw value and its number format (never SheetJS's formatted text), so
 * an .xls gives exactly the findings of the same workbook saved as .xlsx.
 *
 * Why SheetJS rather than exceljs for reading: it builds no style, row or cell objects of its own
 * model, so it reads a 500-table workbook in about a third of exceljs's time, and a folder of unit
 * workbooks is checked a seventh to a fifth faster (npm run bench). exceljs still writes every file the
 * CLI writes (annotated copies, inserted rows), from its own model (exceljsGrid.ts).
 */
import * as XLSX from '@e965/xlsx';
import { deflateRawSync, inflateRawSync } from 'zlib';
import { STORE_SHEET, storeFromGrid } from '../core/store/document';
import { createGrid, UNCALCULATED, type CellRange, type CellValue, type Grid } from '../core/grid/grid';
import { displayText } from '../core/grid/displayText';
import { dateToSerial, readerFormat } from './readerShared';
import { PACKAGE_LIMITS } from './xlsxPackage';
import type { WorkbookFile } from './readWorkbook';

export class SheetReadError extends Error {}

/**
 * Node's zlib for SheetJS's zip reader, in the shape its `CFB.utils.use_zlib` takes, through zlib's
 * public API only (use_zlib given the zlib module itself reaches for a deprecated property). SheetJS
 * otherwise inflates every part in JavaScript: native inflate reads a unit's workbook about a
 * quarter faster. Each part inflates to at most the package limit, whatever its header claims.
 */
class InflateRaw {
  readonly _finishFlushFlag = 0;
  /** Compressed bytes the last part took: SheetJS reads on from there. */
  bytesRead = 0;
  _processChunk(payload: Uint8Array): Buffer {
    const { buffer, engine } = inflateRawSync(payload, { info: true, maxOutputLength: PACKAGE_LIMITS.totalBytes }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    this.bytesRead = engine.bytesWritten;
    return buffer;
  }
}
(XLSX.CFB as { utils: { use_zlib(zlib: unknown): void } }).utils.use_zlib({ InflateRaw, deflateRawSync });

/** Excel's error codes as BIFF and SheetJS number them. */
const ERROR_CODES: Readonly<Record<number, string>> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};

function errorText(cell: XLSX.CellObject): string {
  if (typeof cell.w === 'string' && cell.w.startsWith('#')) return cell.w;
  if (typeof cell.v === 'number') return ERROR_CODES[cell.v] ?? '#VALUE!';
  return String(cell.v ?? cell.w ?? '#VALUE!');
}

/** One SheetJS cell as a Grid value and text; null for a cell that holds nothing. */
function cellOf(cell: XLSX.CellObject, date1904: boolean): [CellValue, string] | null {
  const v = cell.v;
  if (cell.t === 'z' || v === undefined || v === null) {
    // A formula with no cached result (a file a program wrote and Excel never calculated): not a
    // blank. SheetJS hands it over only as a stub (sheetStubs), typed 'z'.
    if (typeof cell.f === 'string' && cell.f !== '') return [{ error: UNCALCULATED, formula: cell.f }, `=${cell.f}`];
    return null;
  }
  switch (cell.t) {
    case 'n': {
      const n = v as number;
      return [n, displayText(n, readerFormat(typeof cell.z === 'string' ? cell.z : undefined), date1904)];
    }
    case 'b':
      return v ? [true, 'TRUE'] : [false, 'FALSE'];
    case 'e': {
      const text = errorText(cell);
      return [{ error: text }, text];
    }
    case 'd':
      // Not asked for (cellDates: false); should SheetJS hand one back, it is still a serial number.
      return cellOf({ ...cell, t: 'n', v: dateToSerial(v as Date, date1904) }, date1904);
    default: {
      const s = String(v);
      return [s, s];
    }
  }
}

/** A sheet's Grid, and how many cells hold something. */
function sheetToGrid(name: string, ws: XLSX.WorkSheet, date1904: boolean): [Grid, number] {
  const data = (ws['!data'] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
  const values: CellValue[][] = new Array<CellValue[]>(data.length);
  const texts: string[][] = new Array<string[]>(data.length);
  let cells = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    const rowValues: CellValue[] = [];
    const rowTexts: string[] = [];
    values[r] = rowValues;
    texts[r] = rowTexts;
    if (!row) continue;
    // forEach visits only the cells a sparse row holds.
    row.forEach((cell, c) => {
      if (!cell) return;
      const read = cellOf(cell, date1904);
      if (!read) return;
      rowValues[c] = read[0];
      rowTexts[c] = read[1];
      cells++;
    });
  }
  const merges: CellRange[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  // Excel shows a merged area's value from its top-left cell only; a program may have left values in the others.
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, values.length - 1); r++) {
      const rowValues = values[r]!;
      if (rowValues.length <= m.left) continue;
      for (let c = m.left; c <= Math.min(m.right, rowValues.length - 1); c++) {
        if ((r === m.top && c === m.left) || rowValues[c] === undefined) continue;
        delete rowValues[c];
        delete texts[r]![c];
      }
    }
  }
  return [createGrid({ sheet: name, values, texts, merges }), cells];
}

/**
 * Reads a workbook's sheets (and the add-in's store, when it has one) from its bytes: `zip` an
 * .xlsx / .xlsm package that xlsxPackage.ts has already held to its limits, else an .xls / .et
 * compound file. Throws SheetReadError in Chinese.
 */
export function readWithSheetJS(buffer: Buffer, zip: boolean): WorkbookFile {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buffer, { type: 'buffer', dense: true, cellNF: true, cellFormula: true, cellHTML: false, cellText: false, cellDates: false, sheetStubs: true });
  } catch (e) {
    const message = (e as Error).message;
    if (/password|encrypt/i.test(message)) throw new SheetReadError('工作簿设置了打开密码（已加密），无法检查；请去掉密码后另存再检查');
    if (zip) throw new SheetReadError(`.xlsx 文件已损坏，无法打开（${message.slice(0, 80)}）`);
    throw new SheetReadError('.xls / .et 文件已损坏，或不是 Excel / WPS 工作簿（可能是 Word、PowerPoint 的旧格式文件），无法打开');
  }
  if (!wb.SheetNames || wb.SheetNames.length === 0) {
    throw new SheetReadError(zip ? '.xlsx 文件已损坏，无法打开（其中没有工作表）' : '这个文件里没有工作表（可能是 Word 或 PowerPoint 的旧格式文件，不是 Excel 工作簿）');
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  let cells = 0;
  const grids: Grid[] = [];
  const out: WorkbookFile = { grids };
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    // A chart sheet has no cells.
    if (!ws || (ws as { '!type'?: string })['!type'] === 'chart') continue;
    const [grid, held] = sheetToGrid(name, ws, date1904);
    cells += held;
    if (cells > PACKAGE_LIMITS.cells) throw new SheetReadError(`工作簿中的单元格超过 ${PACKAGE_LIMITS.cells.toLocaleString('en-US')} 个的上限，为防止耗尽内存未检查`);
    if (name === STORE_SHEET) {
      const read = storeFromGrid(grid);
      if ('store' in read) out.store = read.store;
      else out.storeError = read.error;
      continue;
    }
    grids.push(grid);
  }
  return out;
}
