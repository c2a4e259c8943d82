/** Checks on the merged structure of a table's level columns, for the insertion tests of both executors. */
import { rangeA1 } from '../../src/core/grid/address';

/**
 * Every cell of the 绩效指标 / 一级 / 二级 columns of a table's grid holds its label or lies in a
 * merged area whose top-left does: nothing blank and unmerged. Returns the cells that do not.
 */
export function blankLevelCells(cell: (row: number, col: number) => unknown, merges: ReadonlyArray<{ top: number; left: number; bottom: number; right: number }>, top: number, bottom: number, cols: readonly number[]): string[] {
  const out: string[] = [];
  for (let r = top; r <= bottom; r++) {
    for (const c of cols) {
      const v = cell(r, c);
      if (v !== null && v !== undefined && v !== '') continue;
      const m = merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
      const master = m ? cell(m.top, m.left) : undefined;
      if (!m || master === null || master === undefined || master === '') out.push(rangeA1({ top: r, left: c, bottom: r, right: c }));
    }
  }
  return out;
}
