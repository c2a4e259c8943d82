/**
 * Reads the binary workbooks reviewers receive — Excel 97-2003 .xls (BIFF8) and WPS .et, the same
 * compound-file format — with SheetJS (the maintained republish @e965/xlsx 0.20.x, not npm `xlsx`
 * 0.18.5 with its known CVEs) into the same Grids as an .xlsx: raw values, merges, and the displayed
 * text rendered by the project's own display-text code from the raw value and its number format
 * (never SheetJS's own formatted text), so an .xls gives exactly the .xlsx findings.
 */
import * as XLSX from '@e965/xlsx';
import { STORE_SHEET, storeFromGrid } from '../core/store/document';
import { createGrid, type CellRange, type CellValue, type Grid } from '../core/grid/grid';
import { displayText } from '../core/grid/displayText';
import { PACKAGE_LIMITS } from './xlsxPackage';
import type { WorkbookFile } from './readWorkbook';

export class BinaryReadError extends Error {}

function sheetToGrid(name: string, ws: XLSX.WorkSheet, date1904: boolean): Grid {
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  const ref = ws['!ref'];
  if (ref) {
    const range = XLSX.utils.decode_range(ref);
    for (let r = range.s.r; r <= range.e.r; r++) {
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null || cell.v === '') continue;
        let value: CellValue;
        let text: string;
        if (cell.t === 'n') {
          value = cell.v as number;
          text = displayText(value, typeof cell.z === 'string' ? cell.z : undefined, date1904);
        } else if (cell.t === 'b') {
          value = Boolean(cell.v);
          text = value ? 'TRUE' : 'FALSE';
        } else if (cell.t === 'e') {
          const shown = cell.w ?? XLSX.SSF.format('General', cell.v as number);
          value = { error: String(shown) };
          text = String(shown);
        } else {
          value = String(cell.v);
          text = value;
        }
        (values[r] ??= [])[c] = value;
        (texts[r] ??= [])[c] = text;
      }
    }
  }
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    texts[r] ??= [];
  }
  const merges: CellRange[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  return createGrid({ sheet: name, values, texts, merges });
}

/**
 * Reads an .xls / .et workbook's sheets (and the add-in's store, when it has one). Throws BinaryReadError in Chinese.
 * @public — required on demand by readWorkbook.ts, which knip does not follow.
 */
export function readBinaryWorkbook(buffer: Buffer): WorkbookFile {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buffer, { type: 'buffer', cellNF: true, cellFormula: false, cellHTML: false, cellText: false, cellDates: false, sheetStubs: false });
  } catch (e) {
    const message = (e as Error).message;
    if (/password|encrypt/i.test(message)) throw new BinaryReadError('工作簿设置了打开密码（已加密），无法检查；请去掉密码后另存再检查');
    throw new BinaryReadError('.xls / .et 文件已损坏，或不是 Excel / WPS 工作簿（可能是 Word、PowerPoint 的旧格式文件），无法打开');
  }
  if (!wb.SheetNames || wb.SheetNames.length === 0) throw new BinaryReadError('这个文件里没有工作表（可能是 Word 或 PowerPoint 的旧格式文件，不是 Excel 工作簿）');
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  let cells = 0;
  const grids: Grid[] = [];
  let store: WorkbookFile['store'];
  let storeError: string | undefined;
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    cells += Object.keys(ws).filter((k) => k[0] !== '!').length;
    if (cells > PACKAGE_LIMITS.cells) throw new BinaryReadError(`工作簿中的单元格超过 ${PACKAGE_LIMITS.cells.toLocaleString('en-US')} 个的上限，为防止耗尽内存未检查`);
    const grid = sheetToGrid(name, ws, date1904);
    if (name === STORE_SHEET) {
      const read = storeFromGrid(grid);
      if ('store' in read) store = read.store;
      else storeError = read.error;
      continue;
    }
    grids.push(grid);
  }
  const out: WorkbookFile = { grids };
  if (store) out.store = store;
  if (storeError) out.storeError = storeError;
  return out;
}
