/** Writes cells' text (findings' suggested fixes), as if the user typed it: one undoable step where Excel can group it. */
import { runUndoable, type Capabilities, type ExcelHost } from './host';

export async function writeCells(host: ExcelHost, caps: Capabilities, sheet: string, edits: ReadonlyArray<{ cell: string; text: string }>): Promise<void> {
  if (edits.length === 0) return;
  await runUndoable(
    host,
    caps,
    async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const e of edits) ws.getRange(e.cell).values = [[e.text]];
      await ctx.sync();
    },
    { delayForCellEdit: true },
  );
}
