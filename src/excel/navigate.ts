/** Selects a cell of a finding so Excel scrolls to it. */
import { splitCellRef } from '../core/grid/address';
import type { ExcelHost } from './host';

/** Selects `cell` (`D6`, or `支出总表!D6` for a cell on another sheet than the finding's). */
export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  const at = splitCellRef(cell, sheet);
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(at.sheet);
    ws.activate();
    ws.getRange(at.cell).select();
    await ctx.sync();
  });
}
