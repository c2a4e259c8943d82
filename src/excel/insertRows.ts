/**
 * Executes an insertion plan in Excel in one batch (one sync): whole rows inserted with shift
 * down (nothing is overwritten), formats copied from the neighbouring row where Range.copyFrom
 * exists (ExcelApi 1.9; older Excel copies the row above by itself), the new cells written, merged
 * areas extended, and the first value to fill in selected.
 */
import type { InsertionPlan } from '../core/templates/plan';
import type { Capabilities, ExcelHost } from './host';

export async function executePlan(host: ExcelHost, caps: Capabilities, plan: InsertionPlan): Promise<void> {
  await host.run(
    async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(plan.sheet);
      for (const step of plan.steps) {
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
      if (plan.select) {
        ws.activate();
        ws.getRange(plan.select).select();
      }
      await ctx.sync();
    },
    { delayForCellEdit: true },
  );
}
