/**
 * The Excel side of a live re-check, in one batch: which of the session's marks still exist, the
 * rows a change touched (or the whole sheet), then the marks to change. 2 syncs for an edit inside a
 * table, one more when the caller needs the whole sheet. The decisions are the caller's (callbacks).
 */
import type { Grid } from '../core/grid/grid';
import type { MarkPlan } from '../core/engine/workbookState';
import type { Capabilities, ExcelHost } from './host';
import { queueMarkPlan, type MarkBook } from './marks';
import { queueRowsRead } from './readSheets';

export interface RecheckSteps {
  sheet: string;
  /** The rows to read first; the whole sheet when absent. */
  rows?: { top: number; bottom: number };
  /** Takes what was read; returns false to ask for the whole sheet. */
  take(grid: Grid, wholeSheet: boolean): boolean;
  /** Once the marks that vanished with deleted rows are out of the book: the plans to apply, per sheet. */
  plans(): ReadonlyArray<readonly [string, MarkPlan]>;
}

const ALL_ROWS = 1048575;

export async function recheckSheet(host: ExcelHost, caps: Capabilities, book: MarkBook, steps: RecheckSteps): Promise<void> {
  await host.run(
    async (ctx) => {
      const { sheet } = steps;
      const marks = book.of(sheet);
      const all = ctx.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
      const probes = [...marks.entries()].map(([cell, m]) => ({ cell, cf: all.getItemOrNullObject(m.id) }));
      const read = queueRowsRead(ctx, sheet, steps.rows?.top ?? 0, steps.rows?.bottom ?? ALL_ROWS, caps);
      await ctx.sync();
      if (!steps.take(read(), steps.rows === undefined)) {
        const whole = queueRowsRead(ctx, sheet, 0, ALL_ROWS, caps);
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
