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

/**
 * Why rows cannot be inserted into `sheet` from `firstRow` (0-based) without a reference going wrong:
 * exceljs moves cells but re-points no formula, defined name, print area, conditional format or
 * data validation. Until a formula tokenizer does what Excel does, such a workbook is refused with
 * what would go wrong, never written with a silently wrong reference. Undefined when none.
 */
export function insertBlocker(wb: ExcelJS.Workbook, sheet: string, firstRow: number): string | undefined {
  const quoted = [sheet, `'${sheet.replace(/'/g, "''")}'`];
  for (const ws of wb.worksheets) {
    let found: string | undefined;
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (found) return;
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (found) return;
        const v = cell.value as { formula?: string; sharedFormula?: string } | null;
        const formula = v && typeof v === 'object' ? (v.formula ?? v.sharedFormula) : undefined;
        if (formula === undefined) return;
        // A formula on the sheet may point below the new rows; one elsewhere that names the sheet too.
        if (ws.name === sheet || quoted.some((q) => formula.includes(`${q}!`))) found = `${ws.name === sheet ? '' : `工作表「${ws.name}」`}${cell.address} 的公式「=${formula}」`;
      });
    });
    if (found) return `${found}在插入行后不会随之调整引用，未写入（不写错误的引用）。请在 Excel 或 WPS 中用任务窗格插入，Excel 会调整公式`;
  }
  const target = wb.getWorksheet(sheet);
  if (!target) return undefined;
  const below = (ref: string) => ref.split(/\s+/).some((part) => {
    const m = /(\d+)(?!.*\d)/.exec(part.replace(/\$/g, ''));
    return m !== null && Number(m[1]) - 1 >= firstRow;
  });
  for (const cf of (target as unknown as { conditionalFormattings?: Array<{ ref: string }> }).conditionalFormattings ?? []) {
    if (below(cf.ref)) return `条件格式（${cf.ref}）在插入行后不会随之移动，未写入`;
  }
  const validations = Object.keys((target as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model ?? {});
  const dv = validations.find(below);
  if (dv) return `数据验证（${dv}）在插入行后不会随之移动，未写入`;
  for (const n of (wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model ?? []) {
    if (n.ranges.some((r) => quoted.some((q) => r.startsWith(`${q}!`)))) return `名称「${n.name}」（${n.ranges.join('，')}）在插入行后不会随之调整，未写入`;
  }
  if (target.pageSetup.printArea || target.pageSetup.printTitlesRow) return '打印区域或打印标题在插入行后不会随之调整，未写入';
  return undefined;
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
