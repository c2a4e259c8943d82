/** Writes one cell's text (a finding's suggested fix), as if the user typed it. */
import type { ExcelHost } from './host';

export async function writeCells(host: ExcelHost, sheet: string, edits: ReadonlyArray<{ cell: string; text: string }>): Promise<void> {
  if (edits.length === 0) return;
  await host.run(
    async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const e of edits) ws.getRange(e.cell).values = [[e.text]];
      await ctx.sync();
    },
    { delayForCellEdit: true },
  );
}
