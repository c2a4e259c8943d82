/** The pane's host (core/host/paneHost) in Excel: the adapter functions of src/excel behind one interface. */
import type { PaneHost } from '../core/host/paneHost';
import { describeOfficeError, errorKindOf } from './errors';
import { capabilitiesOf, type ExcelHost } from './host';
import { executePlan } from './insertRows';
import { applyMarks, clearAllMarks } from './marks';
import { selectCell } from './navigate';
import { readRowsAndCursor, readSheetExtent, readWorkbook } from './readSheets';
import { recheckSheet } from './recheck';
import { writeResultsSheet } from './resultsSheet';
import { deleteStore, readStore, writeStore } from './store';
import { watchChanges } from './watchChanges';
import { writeCells } from './writeCell';

export function excelPaneHost(host: ExcelHost): PaneHost {
  const caps = capabilitiesOf(host);
  return {
    capabilities: { mergedAreas: caps.mergedAreas },
    readWorkbook: () => readWorkbook(host, caps),
    applyMarks: (sheets, book) => applyMarks(host, caps, sheets, book),
    clearAllMarks: () => clearAllMarks(host, caps),
    selectCell: (sheet, cell) => selectCell(host, sheet, cell),
    readRowsAndCursor: (sheet, top, bottom) => readRowsAndCursor(host, sheet, top, bottom, caps),
    readSheetExtent: (sheet) => readSheetExtent(host, sheet),
    recheckSheet: (book, steps) => recheckSheet(host, caps, book, steps),
    readStore: () => readStore(host),
    writeStore: (store) => writeStore(host, store),
    deleteStore: () => deleteStore(host),
    watchChanges: (onChange) => watchChanges(host, onChange),
    writeCells: (sheet, edits) => writeCells(host, caps, sheet, edits),
    executePlan: (plan) => executePlan(host, caps, plan),
    writeResultsSheet: (layout) => writeResultsSheet(host, caps, layout),
    documentName: () => {
      // Office.context.document.url (every requirement set): the file's path or URL, when saved.
      const url = typeof Office !== 'undefined' ? Office.context?.document?.url : undefined;
      const name = url ? decodeURIComponent(url.split(/[\\/]/).pop() ?? '') : '';
      return name || '本工作簿';
    },
    errorKind: errorKindOf,
    describeError: describeOfficeError,
  };
}
