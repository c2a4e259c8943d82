/**
 * Reads worksheets of WPS 表格 into Grids with as few calls into WPS as the object model allows
 * (each costs ~0.2 ms): raw values in row blocks (`Value2` of part of the used range: numbers for
 * dates, calculated results for formulas), number formats per column — and per cell only in a
 * column whose cells differ (`NumberFormat` of such a range is null) and only for numbers, the
 * only values whose text depends on it — and displayed text rendered with the project's own
 * display-text code, as the CLI renders it.
 */
import { a1, rangeA1 } from '../core/grid/address';
import { displayText } from '../core/grid/displayText';
import { createGrid, isErrorText, type CellRange, type CellValue, type Grid } from '../core/grid/grid';
import type { SheetRead, WorkbookRead } from '../core/host/paneHost';
import { sheetTooLarge } from '../core/host/sheetLimit';
import type { WpsRange, WpsScalar, WpsWorksheet } from './api';
import { WpsHostError, type WpsHost } from './host';
import { findMarks } from './marks';
import { boundsOf, rangeOf } from './ranges';

/** Cells per `Value2` call: a block of a large sheet stays a few MB in the pane. */
export const CELLS_PER_READ = 20000;


/**
 * COM error values (VT_ERROR) as a JS bridge hands them over: 0x800A07D0 + the error's number
 * (#NULL! 2000 … #N/A 2042). A number in this range is asked for its text, which says the error.
 */
const COM_ERROR_MIN = -2146826288;
const COM_ERROR_MAX = -2146826200;

/** The Chinese UI's name for the General format (`G/通用格式`), and blank, are General. */
function formatOf(fmt: string | null | undefined): string | undefined {
  if (fmt === null || fmt === undefined) return undefined;
  return fmt === '' || fmt === 'G/通用格式' ? 'General' : fmt;
}

/** `Value2` of a range as rows, whatever its size (one cell gives a bare value). */
function valuesOf(range: WpsRange, rows: number, cols: number): WpsScalar[][] {
  const v = range.Value2;
  if (rows === 1 && cols === 1 && !Array.isArray(v)) return [[v as WpsScalar]];
  if (!Array.isArray(v)) throw new WpsHostError('other', 'WPS 返回的单元格内容格式无法识别');
  return v as WpsScalar[][];
}

/** The sheet's used range as 0-based bounds; undefined when the sheet is empty. */
export function usedBounds(ws: WpsWorksheet): CellRange | undefined {
  const used = ws.UsedRange;
  const bounds = boundsOf(used);
  // An empty sheet's used range is its first cell, empty.
  if (bounds.bottom === bounds.top && bounds.right === bounds.left && isBlank(used.Value2 as WpsScalar)) return undefined;
  return bounds;
}

function isBlank(v: WpsScalar): boolean {
  return v === undefined || v === null || v === '';
}

/**
 * The merged areas that meet `r`, row by row from the top: `MergeCells` of the part of a row no
 * merged area found so far covers is false for most rows (one call); a row part that has merged
 * cells is halved until a cell's `MergeArea` names its area, which the rows below then skip. A
 * 15-row table with 17 merged areas costs ~300 calls.
 */
export function findMerges(ws: WpsWorksheet, r: CellRange): CellRange[] {
  const found: CellRange[] = [];
  /** The columns a..b of row `row` that no found area covers, as runs. */
  const free = (row: number, a: number, b: number): Array<[number, number]> => {
    const runs: Array<[number, number]> = [];
    let start = -1;
    for (let c = a; c <= b + 1; c++) {
      const covered = c <= b && found.some((m) => m.top <= row && m.bottom >= row && m.left <= c && m.right >= c);
      if (c <= b && !covered) {
        if (start < 0) start = c;
      } else if (start >= 0) {
        runs.push([start, c - 1]);
        start = -1;
      }
    }
    return runs;
  };
  const areaAt = (row: number, col: number): CellRange => boundsOf(ws.Range(a1(row, col)).MergeArea);
  const scan = (row: number, a: number, b: number): void => {
    const merged = ws.Range(rangeA1({ top: row, left: a, bottom: row, right: b })).MergeCells;
    if (merged === false) return;
    if (merged === true) {
      const m = areaAt(row, a);
      if (m.left <= a && m.right >= b) {
        if (m.bottom > m.top || m.right > m.left) found.push(m);
        return;
      }
    }
    if (a === b) return;
    const mid = (a + b) >> 1;
    scan(row, a, mid);
    for (const [x, y] of free(row, mid + 1, b)) scan(row, x, y);
  };
  for (let row = r.top; row <= r.bottom; row++) for (const [a, b] of free(row, r.left, r.right)) scan(row, a, b);
  return found;
}

export interface RowsRead {
  /** Rows top..bottom (0-based); the whole sheet when absent. */
  top?: number;
  bottom?: number;
  /** Read merged areas too (the insertion planner needs them; recognition and the rules do not). */
  merges?: boolean;
  /** The workbook counts dates from 1904 (`Workbook.Date1904`). */
  date1904?: boolean;
}

/**
 * Rows of a sheet (clipped to its used range) as a Grid: values and formats in blocks, text
 * rendered from them; merged areas only when asked, else the grid's merges are null.
 */
export function readSheetRows(ws: WpsWorksheet, name: string, options: RowsRead = {}): Grid {
  const { top = 0, bottom = Number.MAX_SAFE_INTEGER, merges: withMerges = false, date1904 = false } = options;
  const used = usedBounds(ws);
  if (!used || bottom < used.top || top > used.bottom) return createGrid({ sheet: name, values: [], merges: withMerges ? [] : null });
  const area = { top: Math.max(top, used.top), left: used.left, bottom: Math.min(bottom, used.bottom), right: used.right };
  const cols = area.right - area.left + 1;
  const tooLarge = sheetTooLarge(name, area);
  if (tooLarge) throw new WpsHostError('other', tooLarge);
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  const perBlock = Math.max(1, Math.floor(CELLS_PER_READ / cols));
  for (let bt = area.top; bt <= area.bottom; bt += perBlock) {
    const block = { ...area, top: bt, bottom: Math.min(area.bottom, bt + perBlock - 1) };
    const rows = block.bottom - block.top + 1;
    const raw = valuesOf(rangeOf(ws, block), rows, cols);
    // Number formats only matter for numbers: asked of each run of number cells in a column (one
    // call for most), and per cell only in a run whose cells differ.
    const formats: Array<Array<string | undefined>> = Array.from({ length: rows }, () => new Array<string | undefined>(cols));
    for (let c = 0; c < cols; c++) {
      for (let r = 0; r < rows; r++) {
        if (typeof raw[r]?.[c] !== 'number') continue;
        let end = r;
        while (end + 1 < rows && typeof raw[end + 1]?.[c] === 'number') end++;
        const col = area.left + c;
        const run = formatOf(rangeOf(ws, { top: block.top + r, bottom: block.top + end, left: col, right: col }).NumberFormat);
        for (let k = r; k <= end; k++) formats[k]![c] = run ?? (r === end ? undefined : formatOf(ws.Range(a1(block.top + k, col)).NumberFormat));
        r = end;
      }
    }
    for (let r = 0; r < rows; r++) {
      const rowValues: CellValue[] = new Array(cols).fill(null);
      const rowTexts: string[] = new Array(cols).fill('');
      const src = raw[r] ?? [];
      for (let c = 0; c < cols; c++) {
        const v = src[c];
        if (isBlank(v)) continue;
        if (typeof v === 'number') {
          if (v >= COM_ERROR_MIN && v <= COM_ERROR_MAX) {
            // An error value: its displayed text names it.
            const text = ws.Range(a1(block.top + r, area.left + c)).Text ?? '';
            if (isErrorText(text)) {
              const error = text.trim().toUpperCase();
              rowValues[c] = { error };
              rowTexts[c] = error;
              continue;
            }
          }
          const fmt = formats[r]![c];
          rowValues[c] = v;
          rowTexts[c] = displayText(v, fmt, date1904);
        } else if (typeof v === 'boolean') {
          rowValues[c] = v;
          rowTexts[c] = v ? 'TRUE' : 'FALSE';
        } else {
          const s = String(v);
          rowValues[c] = s;
          rowTexts[c] = s;
        }
      }
      values.push(rowValues);
      texts.push(rowTexts);
    }
  }
  const merges = withMerges ? findMerges(ws, area) : null;
  return createGrid({ sheet: name, values, texts, merges, origin: { row: area.top, col: area.left } });
}

/** Every worksheet (the store's too: the controller reads it), and the marks an earlier session left. */
export function readWorkbook(host: WpsHost): WorkbookRead {
  const wb = host.bind();
  const date1904 = wb.Date1904 === true;
  const sheets: SheetRead[] = [];
  const oldMarks = new Map<string, string[]>();
  for (const ws of host.sheets(wb)) {
    const name = ws.Name;
    sheets.push({ name, id: name, grid: readSheetRows(ws, name, { date1904 }) });
    const marks = findMarks(ws);
    if (marks.length > 0) oldMarks.set(name, marks.map((m) => m.id));
  }
  return { sheets, oldMarks };
}

/** Rows top..bottom of a sheet, and the cursor's row when the cursor is on that sheet. */
export function readRowsAndCursor(host: WpsHost, sheet: string, top: number, bottom: number): { grid: Grid; cursor?: number } {
  const grid = readSheetRows(host.sheet(sheet), sheet, { top, bottom, merges: true, date1904: host.workbook().Date1904 === true });
  const active = host.app.ActiveSheet;
  const cell = host.app.ActiveCell;
  return active && cell && active.Name === sheet ? { grid, cursor: cell.Row - 1 } : { grid };
}

/** The sheet names in use, and the last used row of `sheet` (-1 when empty or not asked for). */
export function readSheetExtent(host: WpsHost, sheet: string | undefined): { names: string[]; bottom: number } {
  const names = host.sheets().map((ws) => ws.Name);
  if (sheet === undefined) return { names, bottom: -1 };
  const used = usedBounds(host.sheet(sheet));
  return { names, bottom: used ? used.bottom : -1 };
}
