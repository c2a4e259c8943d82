/**
 * Draws part of a fake host's sheet as a spreadsheet would, for the browser tests' screenshots:
 * row numbers, merged cells spanning their rows and columns, each cell's own background.
 */
import type { CellRange } from '../../src/core/grid/grid';

export interface SheetPicture {
  top: number;
  bottom: number;
  cols: number;
  merges: readonly CellRange[];
  text(row: number, col: number): string;
  /** A CSS colour, or '' for none. */
  background(row: number, col: number): string;
}

export function drawSheet(p: SheetPicture): HTMLTableElement {
  const table = document.createElement('table');
  table.style.cssText = 'border-collapse:collapse;width:100%;table-layout:fixed';
  for (let r = p.top; r <= p.bottom; r++) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.textContent = String(r + 1);
    th.style.cssText = 'width:34px;background:#eee;border:1px solid #bbb;padding:2px 4px;font-weight:normal';
    tr.appendChild(th);
    for (let c = 0; c < p.cols; c++) {
      const m = p.merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
      if (m && (m.top !== r || m.left !== c)) continue;
      const td = document.createElement('td');
      if (m) {
        td.rowSpan = Math.min(m.bottom, p.bottom) - r + 1;
        td.colSpan = m.right - m.left + 1;
      }
      td.textContent = p.text(r, c);
      td.style.cssText = `border:1px solid #999;padding:2px 4px;vertical-align:middle;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;background:${p.background(r, c) || '#fff'}`;
      tr.appendChild(td);
    }
    table.appendChild(tr);
  }
  return table;
}
