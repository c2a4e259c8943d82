/** Selects the cells of a finding so Excel scrolls to them. */
import type { ExcelHost } from './host';

export async function selectCells(host: ExcelHost, sheet: string, cells: readonly string[]): Promise<void> {
  if (cells.length === 0) return;
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cells[0]).select();
    await ctx.sync();
  });
}
