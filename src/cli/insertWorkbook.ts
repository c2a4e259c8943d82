/**
 * Executes an insertion plan on an exceljs worksheet, the second executor of the pure plan: rows
 * spliced in (cells shift down), styles copied from the neighbouring row, merged areas moved the way
 * Excel moves them (exceljs does not), new cells written, the plan's merges applied.
 */
import type ExcelJS from 'exceljs';
import { parseRangeA1 } from '../core/grid/address';
import type { CellRange } from '../core/grid/grid';
import type { InsertionPlan } from '../core/templates/plan';

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  return ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseRangeA1(m)).filter((r): r is CellRange => r !== undefined);
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

export function applyPlanToWorksheet(ws: ExcelJS.Worksheet, plan: InsertionPlan): void {
  if (plan.requireEmpty) {
    const r = plan.requireEmpty;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const v = ws.getCell(row + 1, col + 1).value;
        if (v !== null && v !== undefined && v !== '') throw new Error(`目标区域已有内容（${ws.getCell(row + 1, col + 1).address}），未写入`);
      }
    }
  }
  for (const step of plan.steps) {
    if (step.kind === 'addSheet') continue; // the caller creates the sheet
    if (step.kind === 'insertRows') {
      const before = mergesOf(ws);
      for (const m of before) ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      const width = Math.max(ws.columnCount, 1);
      ws.spliceRows(step.at + 1, 0, ...Array.from({ length: step.count }, () => []));
      // Excel shifts merged areas below the insertion point and grows those it falls inside.
      for (const m of before) {
        const moved = m.top >= step.at ? { ...m, top: m.top + step.count, bottom: m.bottom + step.count } : m.bottom >= step.at ? { ...m, bottom: m.bottom + step.count } : m;
        ws.mergeCells(moved.top + 1, moved.left + 1, moved.bottom + 1, moved.right + 1);
      }
      const source = ws.getRow(step.formatFrom + 1);
      for (let r = step.at; r < step.at + step.count; r++) {
        const row = ws.getRow(r + 1);
        if (source.height) row.height = source.height;
        for (let c = 1; c <= width; c++) {
          const style = source.getCell(c).style;
          if (style && Object.keys(style).length > 0) row.getCell(c).style = JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>;
        }
      }
    } else if (step.kind === 'write') {
      const cell = ws.getCell(step.row + 1, step.col + 1);
      if (cell.value !== null && cell.value !== undefined && cell.value !== '') {
        throw new Error(`计划要写入的单元格 ${cell.address} 不是空的，已停止（不会覆盖已有内容）`);
      }
      cell.value = step.text;
    } else {
      for (const m of mergesOf(ws)) if (overlaps(m, step.range)) ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      const r = step.range;
      ws.mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
    }
  }
}
