/**
 * Watches every worksheet for changes (Worksheet.onChanged, ExcelApi 1.7) and hands each one on
 * as a plain event. Whether a change came from this add-in is reported by Excel where it can say
 * (triggerSource, ExcelApi 1.14); the caller keeps its own bookkeeping otherwise.
 */
import { STORE_SHEET } from '../core/store/document';
import type { SheetChange, Watch } from '../core/host/paneHost';
import type { ExcelHost } from './host';

export async function watchChanges(host: ExcelHost, onChange: (change: SheetChange) => void): Promise<Watch> {
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/id');
    await ctx.sync();
    const names = new Map<string, string>();
    // The store's sheet is the add-in's own data, written only by the add-in.
    const results = sheets.items.filter((ws) => ws.name !== STORE_SHEET).map((ws) => {
      names.set(ws.id, ws.name);
      return ws.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
        const type = String(args.changeType);
        const trigger = (args as { triggerSource?: string }).triggerSource;
        onChange({
          sheetId: args.worksheetId,
          address: args.address,
          structural: /Inserted|Deleted/.test(type),
          fromThisAddin: trigger === undefined ? undefined : trigger === 'ThisLocalAddin',
          remote: String(args.source) === 'Remote',
        });
      });
    });
    await ctx.sync();
    return {
      sheetNames: names,
      // Handlers are removed in the context that added them.
      stop: () =>
        host.runWith(ctx, async (c) => {
          for (const r of results) r.remove();
          await c.sync();
        }),
    };
  });
}
