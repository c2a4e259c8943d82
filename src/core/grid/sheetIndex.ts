/**
 * One reading of a sheet: its non-empty cells, row by row, found once and shared by every
 * recogniser. Work follows the filled cells, not the used range: a sheet whose only other cell
 * sits at XFD1048576 costs two rows, not a million.
 */
import { isBlank, normalizeLabel } from '../text';
import type { Grid } from './grid';

/** A visible cell: its column, its displayed text, and that text normalised (worked out when first asked). */
export class FilledCell {
  private normText: string | undefined;
  /** A recogniser's reading of the cell (its label), kept so that it is worked out once. */
  memo: unknown = undefined;
  constructor(
    readonly col: number,
    readonly text: string,
  ) {}

  /** `normalizeLabel(text)`. */
  get norm(): string {
    return (this.normText ??= normalizeLabel(this.text));
  }
}

const NONE: readonly FilledCell[] = [];

export class SheetIndex {
  /** Rows that hold at least one visible cell, ascending. */
  readonly rows: readonly number[];
  /** The cells of `rows[i]`, left to right; each list exactly as long as the row's cells. */
  private readonly rowCells: ReadonlyArray<readonly FilledCell[]>;
  /** Where the last look-up found its row: recognisers mostly walk rows in order. */
  private cursor = 0;

  constructor(readonly grid: Grid) {
    const rows: number[] = [];
    const rowCells: FilledCell[][] = [];
    // One row's cells are gathered here and copied out at the row's end, at their exact length.
    const pending: FilledCell[] = [];
    let pendingCount = 0;
    let pendingRow = -1;
    let ordered = true;
    const flush = () => {
      if (pendingCount === 0) return;
      rows.push(pendingRow);
      rowCells.push(pending.slice(0, pendingCount));
      // Kept at its size (setting length to 0 would free it and grow it again on the next row).
      pendingCount = 0;
    };
    const add = (row: number, col: number, text: string) => {
      if (text === '' || isBlank(text)) return;
      if (row !== pendingRow) {
        flush();
        if (row < pendingRow) ordered = false;
        pendingRow = row;
      } else if (pendingCount > 0 && pending[pendingCount - 1]!.col > col) ordered = false;
      pending[pendingCount++] = new FilledCell(col, text);
    };
    if (grid.forEachFilled) grid.forEachFilled(add);
    else for (let r = grid.firstRow; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) add(r, c, grid.text(r, c));
    flush();
    if (ordered) {
      this.rows = rows;
      this.rowCells = rowCells;
      return;
    }
    // Hosts hand cells row by row; one that does not is put in order here.
    const byRow = new Map<number, FilledCell[]>();
    rows.forEach((r, i) => {
      const known = byRow.get(r);
      if (known) known.push(...rowCells[i]!);
      else byRow.set(r, rowCells[i]!);
    });
    this.rows = [...byRow.keys()].sort((a, b) => a - b);
    this.rowCells = this.rows.map((r) => byRow.get(r)!.sort((a, b) => a.col - b.col));
  }

  /** The visible cells of a row, left to right. */
  cells(row: number): readonly FilledCell[] {
    const rows = this.rows;
    let i = this.cursor;
    if (rows[i] !== row) {
      i = rows[i + 1] === row ? i + 1 : this.firstAtOrAfter(row);
      if (rows[i] !== row) return NONE;
      this.cursor = i;
    }
    return this.rowCells[i]!;
  }

  /** Position in `rows` of the first filled row at or after `row`. */
  firstAtOrAfter(row: number): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rows[mid]! < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Filled rows in [from, to], ascending. */
  rowsBetween(from: number, to: number): number[] {
    const out: number[] = [];
    for (let i = this.firstAtOrAfter(from); i < this.rows.length && this.rows[i]! <= to; i++) out.push(this.rows[i]!);
    return out;
  }
}

// The recognisers of one sheet share its reading; it is not kept once the next sheet is read, so a
// workbook's cells are never all held twice.
let last: SheetIndex | undefined;

/** The sheet's reading, made on first use and shared until another sheet is read. */
export function sheetIndex(grid: Grid): SheetIndex {
  if (last?.grid !== grid) last = new SheetIndex(grid);
  return last;
}

/** Whether a row lies in one of the ranges (the rows of tables already read), by binary search. */
export function inRanges(ranges: ReadonlyArray<{ top: number; bottom: number }>): (row: number) => boolean {
  const merged: Array<{ top: number; bottom: number }> = [];
  for (const r of [...ranges].sort((a, b) => a.top - b.top)) {
    const last = merged[merged.length - 1];
    if (last && r.top <= last.bottom + 1) last.bottom = Math.max(last.bottom, r.bottom);
    else merged.push({ top: r.top, bottom: r.bottom });
  }
  return (row) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = merged[mid]!;
      if (row < m.top) hi = mid - 1;
      else if (row > m.bottom) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
