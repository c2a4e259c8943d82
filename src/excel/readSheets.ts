/**
 * Reads worksheets into Grids: the whole workbook in a constant number of syncs (sheet list;
 * used ranges and existing marks; values in row blocks), the blocks sized to stay well under
 * Excel on the web's 5 MB response limit. Also reads the rows of one table for live checking.
 */
import { parseRangeA1 } from '../core/grid/address';
import { createGrid, type CellRange, type CellValue, type Grid } from '../core/grid/grid';
import { rowBlocks } from '../core/engine/workbookState';
import type { SheetRead, WorkbookRead } from '../core/host/paneHost';
import type { Capabilities, ExcelHost } from './host';
import { MARK_SIGNATURE } from '../core/host/marks';
import { sheetTooLarge } from '../core/host/sheetLimit';

/** Cells per sync: values, text and value types of 60,000 cells stay far below 5 MB. */
export const CELLS_PER_SYNC = 60000;

interface BlockLoad {
  range: Excel.Range;
  top: number;
  left: number;
}

/** Turns loaded values, text and value types into Grid rows. */
function toRows(values: unknown[][], text: string[][], types: string[][]): { values: CellValue[][]; texts: string[][] } {
  const outValues: CellValue[][] = [];
  const outTexts: string[][] = [];
  for (let r = 0; r < values.length; r++) {
    const vr = values[r]!;
    const tr = text[r]!;
    const yr = types[r]!;
    const rowValues: CellValue[] = new Array(vr.length);
    for (let c = 0; c < vr.length; c++) {
      const t = yr[c];
      const v = vr[c];
      rowValues[c] =
        t === 'Empty' || v === '' || v === null || v === undefined
          ? null
          : t === 'Error'
            ? { error: String(tr[c] || v) }
            : (v as CellValue);
    }
    outValues.push(rowValues);
    outTexts.push(tr);
  }
  return { values: outValues, texts: outTexts };
}

/** Parses `Sheet1!A1:E1,Sheet1!A6:A8` into ranges. */
export function parseAreas(address: string): CellRange[] {
  return address
    .split(',')
    .map((part) => parseRangeA1(part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, '')))
    .filter((r): r is CellRange => r !== undefined);
}

/** Reads every worksheet, and finds the marks an earlier session left. 3 syncs for most workbooks. */
export async function readWorkbook(host: ExcelHost, caps: Capabilities, cellsPerSync = CELLS_PER_SYNC): Promise<WorkbookRead> {
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/id');
    await ctx.sync();

    // Used ranges and conditional formats of every sheet.
    const perSheet = sheets.items.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const cfs = ws.getRange().conditionalFormats;
      cfs.load('items/id,items/type');
      return { ws, used, cfs };
    });
    await ctx.sync();

    // Values in row blocks; the formulas of custom conditional formats, to recognise our marks.
    const blocks: BlockLoad[][] = perSheet.map(() => []);
    const merges: Array<Excel.RangeAreas | undefined> = [];
    const formulas: Array<Array<{ id: string; cf: Excel.ConditionalFormat }>> = [];
    let queuedCells = 0;
    for (let i = 0; i < perSheet.length; i++) {
      const { ws, used, cfs } = perSheet[i]!;
      formulas.push(
        cfs.items
          .filter((cf) => cf.type === 'Custom')
          .map((cf) => {
            cf.custom.rule.load('formula');
            return { id: cf.id, cf };
          }),
      );
      if (used.isNullObject) {
        merges.push(undefined);
        continue;
      }
      const top = used.rowIndex;
      const left = used.columnIndex;
      const cols = used.columnCount;
      const tooLarge = sheetTooLarge(ws.name, { top, left, bottom: top + used.rowCount - 1, right: left + cols - 1 });
      if (tooLarge) throw new Error(`${tooLarge}。`);
      for (const b of rowBlocks(top, top + used.rowCount - 1, cols, Math.min(cellsPerSync, 20000))) {
        const cells = (b.bottom - b.top + 1) * cols;
        // Keep each response under the payload budget: sync before a block would exceed it.
        if (queuedCells > 0 && queuedCells + cells > cellsPerSync) {
          // eslint-disable-next-line no-restricted-syntax -- one sync per 60,000 cells, not per turn: Excel on the web caps a response at 5 MB
          await ctx.sync();
          queuedCells = 0;
        }
        const range = ws.getRangeByIndexes(b.top, left, b.bottom - b.top + 1, cols);
        range.load('values,text,valueTypes');
        blocks[i]!.push({ range, top: b.top, left });
        queuedCells += cells;
      }
      if (caps.mergedAreas) {
        const areas = used.getMergedAreasOrNullObject();
        areas.load('address');
        merges.push(areas);
      } else merges.push(undefined);
    }
    await ctx.sync();

    const oldMarks = new Map<string, string[]>();
    const out: SheetRead[] = perSheet.map(({ ws }, i) => {
      const ours = formulas[i]!.filter((f) => f.cf.custom.rule.formula.includes(MARK_SIGNATURE)).map((f) => f.id);
      if (ours.length > 0) oldMarks.set(ws.name, ours);
      return { name: ws.name, id: ws.id, grid: blocksToGrid(ws.name, blocks[i]!, merges[i]) };
    });
    return { sheets: out, oldMarks };
  });
}

function blocksToGrid(sheet: string, blocks: BlockLoad[], merges: Excel.RangeAreas | undefined): Grid {
  if (blocks.length === 0) return createGrid({ sheet, values: [], merges: merges === undefined ? null : [] });
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  for (const b of blocks) {
    const rows = toRows(b.range.values, b.range.text, b.range.valueTypes as unknown as string[][]);
    values.push(...rows.values);
    texts.push(...rows.texts);
  }
  const mergeList = merges === undefined ? null : merges.isNullObject ? [] : parseAreas(merges.address);
  return createGrid({ sheet, values, texts, merges: mergeList, origin: { row: blocks[0]!.top, col: blocks[0]!.left } });
}

/**
 * Queues a read of rows top..bottom of a sheet (all used columns) on an open context, to be
 * turned into a Grid after the caller's next sync.
 */
export function queueRowsRead(ctx: Excel.RequestContext, sheet: string, top: number, bottom: number, caps: Capabilities): () => Grid {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const rows = ws.getRange(`${top + 1}:${bottom + 1}`);
  const used = rows.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,values,text,valueTypes');
  const areas = caps.mergedAreas ? used.getMergedAreasOrNullObject() : undefined;
  areas?.load('address');
  return () => {
    if (used.isNullObject) return createGrid({ sheet, values: [], merges: areas ? [] : null });
    const r = toRows(used.values, used.text, used.valueTypes as unknown as string[][]);
    const merges = areas === undefined ? null : areas.isNullObject ? [] : parseAreas(areas.address);
    return createGrid({ sheet, values: r.values, texts: r.texts, merges, origin: { row: used.rowIndex, col: used.columnIndex } });
  };
}

/** Rows top..bottom of a sheet and the row of the cursor when it is on that sheet: 1 sync. */
export async function readRowsAndCursor(host: ExcelHost, sheet: string, top: number, bottom: number, caps: Capabilities): Promise<{ grid: Grid; cursor?: number }> {
  return host.run(async (ctx) => {
    const read = queueRowsRead(ctx, sheet, top, bottom, caps);
    const sel = ctx.workbook.getSelectedRange();
    sel.load('address,rowIndex');
    await ctx.sync();
    const selSheet = sel.address.slice(0, sel.address.lastIndexOf('!')).replace(/^'|'$/g, '');
    return selSheet === sheet ? { grid: read(), cursor: sel.rowIndex } : { grid: read() };
  });
}

/** The sheet names in use, and the last used row of `sheet` (-1 when empty or not asked for): 1 sync. */
export async function readSheetExtent(host: ExcelHost, sheet: string | undefined): Promise<{ names: string[]; bottom: number }> {
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const used = sheet === undefined ? undefined : sheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used?.load('rowIndex,rowCount');
    await ctx.sync();
    return { names: sheets.items.map((w) => w.name), bottom: !used || used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1 };
  });
}
