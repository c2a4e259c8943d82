/**
 * The pane's host (core/host/paneHost) in WPS 表格: the adapter functions of src/wps behind the one
 * interface the pane knows. WPS's object model is synchronous; each method does its work at once
 * and hands back a settled promise, so the pane sequences WPS exactly as it sequences Excel.
 */
import { parseRangeA1 } from '../core/grid/address';
import type { MarkBook, PaneHost, RecheckSteps } from '../core/host/paneHost';
import type { WpsApplication } from './api';
import { describeWpsError, WpsHost, wpsErrorKind } from './host';
import { applyMarks, applySheetMarks, clearAllMarks, findMarks, MarkTokens } from './marks';
import { readRowsAndCursor, readSheetExtent, readSheetRows, readWorkbook } from './readSheets';
import { deleteStore, readStore, writeStore } from './store';
import { watchChanges } from './watchChanges';
import { executePlan, selectCell, writeCells, writeResultsSheet } from './writes';

/** Runs synchronous WPS work as the promise the pane awaits (a throw becomes a rejection). */
function later<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}

/** A live re-check: which marks still exist, the rows a change touched (or the sheet), then the marks to change. */
function recheckSheet(host: WpsHost, book: MarkBook, steps: RecheckSteps, tokens: MarkTokens): void {
  const { sheet, rows } = steps;
  const ws = host.sheet(sheet);
  const marks = book.of(sheet);
  // The session's marks that went with deleted rows or cleared formats, looked for where the change
  // was: the rows read, or the whole sheet (rows inserted or deleted re-read the whole sheet).
  let found: ReturnType<typeof findMarks> = [];
  if (marks.size > 0) {
    found = findMarks(ws, rows);
    const present = new Set(found.map((m) => m.id));
    for (const [cell, m] of marks) {
      const at = parseRangeA1(cell);
      const probed = !rows || (at !== undefined && at.top <= rows.bottom && at.bottom >= rows.top);
      if (probed && !present.has(m.id)) marks.delete(cell);
    }
  }
  const date1904 = host.workbook().Date1904 === true;
  const grid = readSheetRows(ws, sheet, { ...rows, date1904 });
  if (!steps.take(grid, rows === undefined)) steps.take(readSheetRows(ws, sheet, { date1904 }), true);
  const changed = steps.plans().filter(([, p]) => p.remove.length > 0 || p.add.length > 0);
  if (changed.length === 0) return;
  host.writing(() => {
    for (const [name, p] of changed) applySheetMarks(name === sheet ? ws : host.sheet(name), name, [], p, book, tokens, name === sheet ? found : undefined);
  });
}

export function wpsPaneHost(app: WpsApplication): PaneHost {
  const host = new WpsHost(app);
  const tokens = new MarkTokens();
  return {
    // WPS reports merged areas (MergeCells / MergeArea); recognition does not need them.
    capabilities: { mergedAreas: true },
    readWorkbook: () => later(() => readWorkbook(host)),
    applyMarks: (sheets, book) => later(() => applyMarks(host, sheets, book, tokens)),
    clearAllMarks: () => later(() => clearAllMarks(host)),
    selectCell: (sheet, cell) => later(() => selectCell(host, sheet, cell)),
    readRowsAndCursor: (sheet, top, bottom) => later(() => readRowsAndCursor(host, sheet, top, bottom)),
    readSheetExtent: (sheet) => later(() => readSheetExtent(host, sheet)),
    recheckSheet: (book, steps) => later(() => recheckSheet(host, book, steps, tokens)),
    readStore: () => later(() => readStore(host)),
    writeStore: (store) => later(() => writeStore(host, store)),
    deleteStore: () => later(() => deleteStore(host)),
    watchChanges: (onChange) => later(() => watchChanges(host, onChange)),
    writeCells: (sheet, edits) => later(() => writeCells(host, sheet, edits)),
    executePlan: (plan) => later(() => executePlan(host, plan)),
    writeResultsSheet: (layout) => later(() => writeResultsSheet(host, layout)),
    documentName: () => {
      try {
        return app.ActiveWorkbook?.Name || '本工作簿';
      } catch {
        return '本工作簿';
      }
    },
    errorKind: wpsErrorKind,
    describeError: describeWpsError,
  };
}
