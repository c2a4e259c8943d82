/**
 * The Excel side of a live re-check, in one batch: which of the session's marks still exist, the
 * rows a change touched (or the whole sheet), then the marks to change. 2 syncs for an edit inside a
 * table, one more when the caller needs the whole sheet. The decisions are the caller's (callbacks).
 */
import type { MarkBook, RecheckSteps } from '../core/host/paneHost';
import { runUndoable, type Capabilities, type ExcelHost } from './host';
import { queueMarkPlan } from './marks';
import { queueRowsRead } from './readSheets';

/** The last row index of a worksheet (1,048,576 rows): a whole-sheet read. */
const LAST_ROW = 1048575;

export async function recheckSheet(host: ExcelHost, caps: Capabilities, book: MarkBook, steps: RecheckSteps): Promise<void> {
  // Reads, then the marks that changed (none: nothing written), as one undoable step where Excel can group it.
  await runUndoable(
    host,
    caps,
    async (ctx) => {
      const { sheet } = steps;
      const marks = book.of(sheet);
      const all = ctx.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
      const probes = [...marks.entries()].map(([cell, m]) => ({ cell, cf: all.getItemOrNullObject(m.id) }));
      const read = queueRowsRead(ctx, sheet, steps.rows?.top ?? 0, steps.rows?.bottom ?? LAST_ROW, caps);
      await ctx.sync();
      if (!steps.take(read(), steps.rows === undefined)) {
        const whole = queueRowsRead(ctx, sheet, 0, LAST_ROW, caps);
        await ctx.sync();
        steps.take(whole(), true);
      }
      for (const p of probes) if (p.cf.isNullObject) marks.delete(p.cell);
      const changed = steps.plans().filter(([, p]) => p.remove.length > 0 || p.add.length > 0);
      if (changed.length > 0) {
        const after = changed.map(([name, p]) => queueMarkPlan(ctx, name, p, book));
        await ctx.sync();
        for (const fn of after) fn();
      }
    },
    { delayForCellEdit: true },
  );
}
