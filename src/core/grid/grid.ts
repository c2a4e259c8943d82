/**
 * The Grid: one worksheet's cells as every host (Excel, exceljs, tests) hands them to the engine.
 * It follows Excel's semantics: a merged area's value sits in its top-left cell, the others are empty.
 */

/**
 * An Excel error value such as `#REF!` or `#N/A`; or a formula whose result the file does not hold
 * (`formula` set: written by a program and never calculated), which is no value at all.
 */
export interface CellError {
  readonly error: string;
  readonly formula?: string;
}

/** The error code of a formula the file holds no result for. */
export const UNCALCULATED = '#未计算';

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
  /**
   * Calls `fn` for every cell that may hold a value, in any order; a host that knows its filled
   * cells provides it so the engine's work follows them rather than the used range.
   */
  forEachFilled?(fn: (row: number, col: number, text: string) => void): void;
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

/** Every error value Excel shows (the one list: the value parser, the rules and the hosts use it). */
export const EXCEL_ERRORS = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
] as const;

const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERRORS);

/** Whether a cell's text is an error value as Excel shows it (`#REF!`; a host may hand it lower-cased). */
export function isErrorText(text: string): boolean {
  const t = text.trim();
  return t.startsWith('#') && ERROR_SET.has(t.toUpperCase());
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

  forEachFilled(fn: (row: number, col: number, text: string) => void): void {
    const rows = Math.max(this.values.length, this.texts?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const values = this.values[r];
      const texts = this.texts?.[r];
      const width = Math.max(values?.length ?? 0, texts?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const v = values?.[c];
        const t = texts?.[c];
        if (t !== undefined && t !== null) {
          if (t !== '') fn(r + this.r0, c + this.c0, t);
        } else if (v !== null && v !== undefined) fn(r + this.r0, c + this.c0, defaultText(v));
      }
    }
  }
}

/** A grid holding only the cells given, wherever they are: a sheet with a stray cell far away. */
class SparseGrid implements Grid {
  readonly firstRow: number;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly cells = new Map<string, { value: CellValue; text?: string }>();

  constructor(
    readonly sheet: string,
    cells: ReadonlyArray<{ row: number; col: number; value: CellValue; text?: string }>,
    readonly merges: readonly CellRange[] | null,
  ) {
    let first = Number.MAX_SAFE_INTEGER;
    let rows = 0;
    let cols = 0;
    for (const c of cells) {
      this.cells.set(`${c.row},${c.col}`, c.text === undefined ? { value: c.value } : { value: c.value, text: c.text });
      first = Math.min(first, c.row);
      rows = Math.max(rows, c.row + 1);
      cols = Math.max(cols, c.col + 1);
    }
    this.firstRow = cells.length === 0 ? 0 : first;
    this.rowCount = rows;
    this.colCount = cols;
  }

  value(row: number, col: number): CellValue {
    return this.cells.get(`${row},${col}`)?.value ?? null;
  }

  text(row: number, col: number): string {
    const c = this.cells.get(`${row},${col}`);
    return c ? (c.text ?? defaultText(c.value)) : '';
  }

  forEachFilled(fn: (row: number, col: number, text: string) => void): void {
    for (const [key, c] of this.cells) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      fn(row, col, c.text ?? defaultText(c.value));
    }
  }
}

/** A grid of scattered cells (0-based positions). */
export function createSparseGrid(
  sheet: string,
  cells: ReadonlyArray<{ row: number; col: number; value: CellValue; text?: string }>,
  merges: readonly CellRange[] | null = null,
): Grid {
  return new SparseGrid(sheet, cells, merges);
}

export function createGrid(init: GridInit): Grid {
  return new ArrayGrid(init.sheet, init.values, init.texts, init.merges ?? null, init.origin ?? { row: 0, col: 0 });
}
