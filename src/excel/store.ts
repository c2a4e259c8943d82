/**
 * The workbook's store (core/store/document) in Excel: the very hidden worksheet `__绩效目标表助手`
 * (ExcelApi 1.1: Worksheet.visibility, worksheets.add, Range.clear, Worksheet.delete). 一键检查
 * reads it with the other sheets; the pane reads it here once at start and writes it only when the
 * user changes something (a setting, a column's role), since on Excel builds without API undo
 * support every add-in write clears the user's Ctrl+Z history.
 */
import { decodeStore, emptyStore, encodeStore, STORE_SHEET, type Store } from '../core/store/document';
import type { StoreRead } from '../core/host/paneHost';
import type { ExcelHost } from './host';


/** The store as the workbook holds it: 2 syncs (1 without one). A workbook without one has an empty store. */
export async function readStore(host: ExcelHost): Promise<StoreRead> {
  return host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    await ctx.sync();
    if (ws.isNullObject) return { store: emptyStore(), exists: false };
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('values');
    await ctx.sync();
    const chunks = used.isNullObject ? [] : used.values.map((row) => String(row[0] ?? '')).filter((t) => t !== '');
    const decoded = decodeStore(chunks);
    return 'store' in decoded ? { store: decoded.store, exists: true } : { error: decoded.error, exists: true };
  });
}

/**
 * Writes the store into its sheet, adding the sheet (very hidden) when the workbook has none:
 * 2 syncs, one batch of writes. Column A is text-formatted so no chunk is read as a number or formula.
 */
export async function writeStore(host: ExcelHost, store: Store): Promise<void> {
  const chunks = encodeStore(store);
  await host.run(async (ctx) => {
    const existing = ctx.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    await ctx.sync();
    let ws: Excel.Worksheet;
    if (existing.isNullObject) {
      ws = ctx.workbook.worksheets.add(STORE_SHEET);
      ws.visibility = 'VeryHidden';
    } else {
      ws = existing;
      ws.getRange('A:A').clear('Contents');
    }
    const target = ws.getRange(`A1:A${chunks.length}`);
    target.numberFormat = chunks.map(() => ['@']);
    target.values = chunks.map((c) => [c]);
    await ctx.sync();
  });
}

/** 清除: removes the store's sheet. Returns whether there was one. 2 syncs at most. */
export async function deleteStore(host: ExcelHost): Promise<boolean> {
  return host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    await ctx.sync();
    if (ws.isNullObject) return false;
    ws.delete();
    await ctx.sync();
    return true;
  });
}
