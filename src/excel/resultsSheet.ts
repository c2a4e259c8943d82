/**
 * 导出检查结果 in Excel: the core's 检查结果 layout written into a new sheet of the workbook (its name
 * made unique, so no sheet of the user's is touched), text-formatted so no message is read as a
 * number or formula, each 单元格 a link to the cell (Range.hyperlink, ExcelApi 1.7). One undoable
 * step where Excel can group it. 2 syncs.
 */
import { unusedSheetName } from '../core/grid/address';
import type { ResultsLayout } from '../core/report/resultsSheet';
import { runUndoable, type Capabilities, type ExcelHost } from './host';


/** Points per character of the default font, for column widths. */
const POINTS_PER_CHAR = 7.5;

export async function writeResultsSheet(host: ExcelHost, caps: Capabilities, layout: ResultsLayout): Promise<string> {
  return runUndoable(host, caps, async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const name = unusedSheetName(layout.name, sheets.items.map((w) => w.name));
    const ws = sheets.add(name);
    const width = Math.max(...layout.rows.map((r) => r.length));
    const values = layout.rows.map((r) => Array.from({ length: width }, (_, c) => r[c]?.text ?? ''));
    const all = ws.getRangeByIndexes(0, 0, values.length, width);
    all.numberFormat = values.map((r) => r.map(() => '@'));
    all.values = values;
    ws.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    ws.getRangeByIndexes(0, 0, 1, 1).format.font.size = 14;
    ws.getRangeByIndexes(layout.headerRow, 0, 1, width).format.font.bold = true;
    layout.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHAR));
    layout.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell.link) return;
        ws.getRangeByIndexes(r, c, 1, 1).hyperlink = { documentReference: `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`, textToDisplay: cell.text };
      }),
    );
    ws.activate();
    await ctx.sync();
    return name;
  });
}
