/**
 * One reading of a sheet: its non-empty cells, row by row, found once and shared by every
 * recogniser. Work follows the filled cells, not the used range: a sheet whose only other cell
 * sits at XFD1048576 costs two rows, not a million.
 */
import { isBlank } from '../text';
import type { Grid } from './grid';

export interface FilledCell {
  readonly col: number;
  readonly text: string;
}

const NONE: readonly FilledCell[] = [];

export class SheetIndex {
  /** Rows that hold at least one visible cell, ascending. */
  readonly rows: readonly number[];
  private readonly byRow = new Map<number, FilledCell[]>();

  constructor(readonly grid: Grid) {
    const add = (row: number, col: number, text: string) => {
      if (isBlank(text)) return;
      let cells = this.byRow.get(row);
      if (!cells) this.byRow.set(row, (cells = []));
      cells.push({ col, text });
    };
    if (grid.forEachFilled) grid.forEachFilled(add);
    else for (let r = grid.firstRow; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) add(r, c, grid.text(r, c));
    for (const cells of this.byRow.values()) cells.sort((a, b) => a.col - b.col);
    this.rows = [...this.byRow.keys()].sort((a, b) => a - b);
  }

  /** The visible cells of a row, left to right. */
  cells(row: number): readonly FilledCell[] {
    return this.byRow.get(row) ?? NONE;
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

const cache = new WeakMap<Grid, SheetIndex>();

/** The sheet's reading, made on first use and kept while the grid lives. */
export function sheetIndex(grid: Grid): SheetIndex {
  let index = cache.get(grid);
  if (!index) cache.set(grid, (index = new SheetIndex(grid)));
  return index;
}
