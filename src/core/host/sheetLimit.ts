/**
 * How much of a sheet a host reads at most: 2,000,000 cells (a 100,000-row table 20 columns wide).
 * A used range beyond it is nearly always a stray cell or format far away (Ctrl+End shows it);
 * reading it would take the host minutes and the pane all its memory, so the pane says so instead.
 * The CLI reads only the filled cells and has no such limit.
 */
import { rangeA1 } from '../grid/address';
import type { CellRange } from '../grid/grid';

export const MAX_SHEET_CELLS = 2_000_000;

/** The Chinese message for a sheet whose used range `used` is too large to read; undefined when it is not. */
export function sheetTooLarge(sheet: string, used: CellRange): string | undefined {
  const cells = (used.bottom - used.top + 1) * (used.right - used.left + 1);
  if (cells <= MAX_SHEET_CELLS) return undefined;
  return `工作表“${sheet}”的已用区域太大（${rangeA1(used)}，约 ${Math.round(cells / 10000)} 万个单元格），多半是远处有零星的内容或格式。请在该表中按 Ctrl+End 找到最后一个单元格，删除多余的行和列后再检查；也可以用命令行检查工具检查这个文件`;
}
