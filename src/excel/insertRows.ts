/**
 * Executes an insertion plan in Excel in one batch (one sync): whole rows inserted with shift
 * down (nothing is overwritten), formats copied from the neighbouring row where Range.copyFrom
 * exists (ExcelApi 1.9; older Excel copies the row above by itself), the new cells written, merged
 * areas extended, and the first value to fill in selected.
 */
import type { InsertionPlan } from '../core/templates/plan';
import { runUndoable, type Capabilities, type ExcelHost } from './host';

export class PlanRefused extends Error {}

export async function executePlan(host: ExcelHost, caps: Capabilities, plan: InsertionPlan): Promise<void> {
  // One undoable step where Excel can group it (ExcelApi 1.20).
  await runUndoable(
    host,
    caps,
    async (ctx) => {
      let ws = plan.steps.some((s) => s.kind === 'addSheet') ? undefined : ctx.workbook.worksheets.getItem(plan.sheet);
      if (ws && plan.requireEmpty) {
        // A new table goes into empty cells only: look first (one more sync).
        const r = plan.requireEmpty;
        const area = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).getUsedRangeOrNullObject(true);
        area.load('address');
        await ctx.sync();
        if (!area.isNullObject) throw new PlanRefused(`目标区域 ${area.address} 已有内容，未写入（不会覆盖已有单元格）`);
      }
      for (const step of plan.steps) {
        if (step.kind === 'addSheet') {
          ws = ctx.workbook.worksheets.add(step.name);
          continue;
        }
        if (!ws) throw new PlanRefused('计划缺少工作表');
        if (step.kind === 'insertRows') {
          const rows = ws.getRange(`${step.at + 1}:${step.at + step.count}`);
          rows.insert('Down' as Excel.InsertShiftDirection.down);
          if (caps.copyFrom) {
            ws.getRange(`${step.at + 1}:${step.at + step.count}`).copyFrom(ws.getRange(`${step.formatFrom + 1}:${step.formatFrom + 1}`), 'Formats' as Excel.RangeCopyType.formats);
          }
        } else if (step.kind === 'write') {
          ws.getRangeByIndexes(step.row, step.col, 1, 1).values = [[step.text]];
        } else {
          const r = step.range;
          ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).merge(false);
        }
      }
      if (plan.select && ws) {
        ws.activate();
        ws.getRange(plan.select).select();
      }
      await ctx.sync();
    },
    { delayForCellEdit: true },
  );
}
