/** A1 addresses for 0-based row/column positions, as Excel and users write them. */
import type { CellRange } from './grid';

export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeA1(r: CellRange): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}

/** A sheet name not yet used: `培训`, `培训(2)` … (Excel: at most 31 characters, no : \ / ? * [ ]). */
export function unusedSheetName(base: string, used: readonly string[]): string {
  const clean = base.replace(/[:\\/?*[\]]/g, '-').slice(0, 28);
  let name = clean;
  for (let n = 2; used.includes(name); n++) name = `${clean}(${n})`;
  return name;
}

/** Parses `E20` into 0-based row/col; returns undefined for anything else. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** Parses `A1:E31` (or a single cell) into a range. */
export function parseRangeA1(ref: string): CellRange | undefined {
  const [a, b] = ref.split(':');
  const p = parseA1(a ?? '');
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/**
 * The sheet and cell of a finding's cell reference: `D6` is on the finding's own sheet,
 * `支出总表!D6` on the sheet named before the last `!` (sheet names may contain `!`).
 */
export function splitCellRef(ref: string, ownSheet: string): { sheet: string; cell: string } {
  const bang = ref.lastIndexOf('!');
  return bang < 0 ? { sheet: ownSheet, cell: ref } : { sheet: ref.slice(0, bang), cell: ref.slice(bang + 1) };
}
