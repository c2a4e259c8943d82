/**
 * The Grid: one worksheet's cells as every host (Excel, exceljs, tests) hands them to the engine.
 * It follows Excel's semantics: a merged area's value sits in its top-left cell, the others are empty.
 */

/** An Excel error value such as `#REF!` or `#N/A`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

/** A rectangle of cells, 0-based and inclusive on all sides. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly sheet: string;
  /** The first row that may hold data (absolute, 0-based); a grid read from part of a sheet starts later. */
  readonly firstRow: number;
  /** One past the last row that may hold data (absolute, 0-based). */
  readonly rowCount: number;
  /** One past the last column that may hold data (absolute, 0-based). */
  readonly colCount: number;
  /** The raw value: string, number, boolean, null or an error. */
  value(row: number, col: number): CellValue;
  /** The text as Excel displays it ('' for an empty cell). */
  text(row: number, col: number): string;
  /** Merged areas when the host can report them; null when it cannot (ExcelApi < 1.13). */
  readonly merges: readonly CellRange[] | null;
}

export interface GridInit {
  sheet: string;
  /** Row-major raw values, starting at `origin`. */
  values: CellValue[][];
  /** Displayed text, same shape as `values`; derived from the values when omitted. */
  texts?: string[][];
  merges?: readonly CellRange[] | null;
  /** Absolute position of values[0][0]; defaults to A1. */
  origin?: { row: number; col: number };
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

/** Text Excel would show for a raw value that has no number format of its own. */
export function defaultText(v: CellValue): string {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

class ArrayGrid implements Grid {
  readonly firstRow: number;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly r0: number;
  private readonly c0: number;

  constructor(
    readonly sheet: string,
    private readonly values: CellValue[][],
    private readonly texts: string[][] | undefined,
    readonly merges: readonly CellRange[] | null,
    origin: { row: number; col: number },
  ) {
    this.r0 = origin.row;
    this.c0 = origin.col;
    let width = 0;
    for (const row of values) if (row && row.length > width) width = row.length;
    this.rowCount = values.length === 0 ? 0 : this.r0 + values.length;
    this.firstRow = values.length === 0 ? 0 : this.r0;
    this.colCount = width === 0 ? 0 : this.c0 + width;
  }

  value(row: number, col: number): CellValue {
    const v = this.values[row - this.r0]?.[col - this.c0];
    return v === undefined ? null : v;
  }

  text(row: number, col: number): string {
    if (this.texts) {
      const t = this.texts[row - this.r0]?.[col - this.c0];
      if (t !== undefined && t !== null) return t;
    }
    return defaultText(this.value(row, col));
  }
}

export function createGrid(init: GridInit): Grid {
  return new ArrayGrid(init.sheet, init.values, init.texts, init.merges ?? null, init.origin ?? { row: 0, col: 0 });
}

/** The merged area that contains a cell, if the grid knows merges. */
export function mergeAt(grid: Grid, row: number, col: number): CellRange | undefined {
  if (!grid.merges) return undefined;
  for (const m of grid.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  }
  return undefined;
}
