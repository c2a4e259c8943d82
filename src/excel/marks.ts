/**
 * Non-destructive marks in Excel: each flagged cell gets a custom conditional format with the mark
 * formula of core/host/marks (its signature tells the add-in's marks from the user's own
 * conditional formats, and matches the marks the WPS add-in makes). The user's fill, font, borders
 * and values are never written; removing the conditional format restores the cell's look exactly.
 */
import type { MarkPlan } from '../core/engine/workbookState';
import type { MarkBook, SheetMarks } from '../core/host/paneHost';
import { MARK_FILL, MARK_SIGNATURE, markFormula } from '../core/host/marks';
import { runUndoable, type Capabilities, type ExcelHost } from './host';

/**
 * Queues a mark plan on an open context: deletes the listed conditional formats (ids known to
 * exist) and adds the new ones. Returns a function to call after the next sync, which records the
 * new ids in the book.
 */
export function queueMarkPlan(ctx: Excel.RequestContext, sheet: string, plan: MarkPlan, book: MarkBook): () => void {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const all = ws.getRange().conditionalFormats;
  for (const id of plan.remove) all.getItem(id).delete();
  const added = plan.add.map(({ cell, severity }) => {
    const cf = ws.getRange(cell).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = markFormula(severity);
    cf.custom.format.fill.color = MARK_FILL[severity];
    cf.load('id');
    return { cell, severity, cf };
  });
  return () => {
    const marks = book.of(sheet);
    const removed = new Set(plan.remove);
    for (const [cell, mark] of marks) if (removed.has(mark.id)) marks.delete(cell);
    for (const a of added) marks.set(a.cell, { id: a.cf.id, severity: a.severity });
  };
}

/** Deletes conditional formats by id on an open context (ids found by signature). */
export function queueDeleteMarks(ctx: Excel.RequestContext, sheet: string, ids: readonly string[]): void {
  const all = ctx.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
  for (const id of ids) all.getItem(id).delete();
}

/**
 * Replaces marks on several sheets in one sync, one undoable step where Excel can group it: deletes
 * the listed conditional formats (old marks found by signature), applies each sheet's plan and
 * records the new ids in the book. Nothing to change: nothing is written (no run at all), so the
 * user's undo history is kept on builds where every add-in write clears it.
 */
export async function applyMarks(host: ExcelHost, caps: Capabilities, sheets: readonly SheetMarks[], book: MarkBook): Promise<void> {
  const changes = sheets.filter((s) => s.deleteIds.length > 0 || s.plan.remove.length > 0 || s.plan.add.length > 0);
  if (changes.length === 0) return;
  await runUndoable(host, caps, async (ctx) => {
    const after = changes.map(({ sheet, deleteIds, plan }) => {
      queueDeleteMarks(ctx, sheet, deleteIds);
      return queueMarkPlan(ctx, sheet, plan, book);
    });
    await ctx.sync();
    for (const fn of after) fn();
  });
}

/**
 * Removes every mark this add-in ever made in the workbook (found by signature, so marks left by
 * an earlier session go too) and nothing else. Returns how many were removed. 4 syncs.
 */
export async function clearAllMarks(host: ExcelHost, caps: Capabilities): Promise<number> {
  return runUndoable(host, caps, async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const collections = sheets.items.map((ws) => {
      const cfs = ws.getRange().conditionalFormats;
      cfs.load('items/id,items/type');
      return cfs;
    });
    await ctx.sync();
    const custom = collections.flatMap((cfs) =>
      cfs.items
        .filter((cf) => cf.type === 'Custom')
        .map((cf) => {
          cf.custom.rule.load('formula');
          return cf;
        }),
    );
    await ctx.sync();
    const ours = custom.filter((cf) => cf.custom.rule.formula.includes(MARK_SIGNATURE));
    for (const cf of ours) cf.delete();
    await ctx.sync();
    return ours.length;
  });
}
