/**
 * What the task pane needs of the spreadsheet it runs in, and nothing more: the controller
 * (src/taskpane/checker.ts) and the pane depend only on this interface and the pure WorkbookState;
 * each host implements it in its adapter (src/excel for Excel, src/wps for WPS 表格). Every method
 * is one round of work in the host, named for what it reads or writes; the decisions stay with the
 * caller (the re-check's steps are callbacks).
 */
import type { ExistingMark, MarkPlan } from '../engine/workbookState';
import type { Grid } from '../grid/grid';
import type { Store } from '../store/document';
import type { InsertionPlan } from '../templates/plan';
import type { ResultsLayout } from '../report/resultsSheet';

export interface SheetRead {
  name: string;
  id: string;
  grid: Grid;
}

export interface WorkbookRead {
  sheets: SheetRead[];
  /** Ids of the marks an earlier session left (found by their signature), per sheet. */
  oldMarks: Map<string, string[]>;
}

/** The workbook's store as read: an empty store when the workbook has none; a damaged or newer one as an error. */
export type StoreRead = { store: Store; exists: boolean } | { error: string; exists: true };

export interface SheetChange {
  sheetId: string;
  address: string;
  /** Rows or columns inserted or deleted: cell addresses below have moved. */
  structural: boolean;
  /** True when the host says this add-in made the change; undefined when it cannot tell. */
  fromThisAddin: boolean | undefined;
  remote: boolean;
}

export interface Watch {
  /** Sheet id → name, as of the last registration. */
  sheetNames: Map<string, string>;
  stop(): Promise<void>;
}

export interface RecheckSteps {
  sheet: string;
  /** The rows to read first; the whole sheet when absent. */
  rows?: { top: number; bottom: number };
  /** Takes what was read; returns false to ask for the whole sheet. */
  take(grid: Grid, wholeSheet: boolean): boolean;
  /** Once the marks that vanished with deleted rows are out of the book: the plans to apply, per sheet. */
  plans(): ReadonlyArray<readonly [string, MarkPlan]>;
}

/** Marks to replace on one sheet: old marks to delete by id, and a plan. */
export interface SheetMarks {
  sheet: string;
  deleteIds: readonly string[];
  plan: MarkPlan;
}

/** What the pane tells the user about the host it runs in. */
export interface PaneCapabilities {
  /** The host reports merged cells (Excel: ExcelApi 1.13); recognition works without them. */
  mergedAreas: boolean;
}

/** What a host error was, for the controller's sequencing; `other` is anything else. */
export type HostErrorKind = 'cell-edit' | 'gone' | 'other';

export interface PaneHost {
  readonly capabilities: PaneCapabilities;
  /** Every worksheet as a Grid, and the marks an earlier session left. */
  readWorkbook(): Promise<WorkbookRead>;
  /** Deletes old marks and applies plans on several sheets at once; records new mark ids in `book`. */
  applyMarks(sheets: readonly SheetMarks[], book: MarkBook): Promise<void>;
  /** Removes every mark this add-in ever made (and nothing else); returns how many. */
  clearAllMarks(): Promise<number>;
  /** Selects a cell (`D6`, or `表!D6` on another sheet) so the host scrolls to it. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Rows top..bottom of a sheet, and the cursor's row when the cursor is on that sheet. */
  readRowsAndCursor(sheet: string, top: number, bottom: number): Promise<{ grid: Grid; cursor?: number }>;
  /** The sheet names in use, and the last used row of `sheet` (-1 when empty or not asked for). */
  readSheetExtent(sheet: string | undefined): Promise<{ names: string[]; bottom: number }>;
  /** A live re-check's reads and mark writes, sequenced by `steps`. */
  recheckSheet(book: MarkBook, steps: RecheckSteps): Promise<void>;
  readStore(): Promise<StoreRead>;
  writeStore(store: Store): Promise<void>;
  /** Removes the store; returns whether there was one. */
  deleteStore(): Promise<boolean>;
  /** Watches every sheet (the store's excepted) for edits. */
  watchChanges(onChange: (change: SheetChange) => void): Promise<Watch>;
  /** Writes texts into cells, as if the user typed them. */
  writeCells(sheet: string, edits: ReadonlyArray<{ cell: string; text: string }>): Promise<void>;
  /** Executes an insertion plan; throws with a Chinese message when it is refused. */
  executePlan(plan: InsertionPlan): Promise<void>;
  /** The workbook's file name, for the 检查结果 sheet ('本工作簿' when the host cannot say). */
  documentName(): string;
  /** Writes the 检查结果 layout into a new sheet (a name not in use); returns the sheet's name. */
  writeResultsSheet(layout: ResultsLayout): Promise<string>;
  errorKind(e: unknown): HostErrorKind;
  /** A Chinese sentence for a host error while doing `doing` (检查, 插入指标, …), with what to do next. */
  describeError(e: unknown, doing: string): string;
}

/**
 * Where a host kept the pane's settings before the workbook store (Excel: Office document settings):
 * read once, moved into the store on its first write, then removed. Hosts without one pass none.
 */
export interface LegacySettings {
  load(): unknown;
  /** Removes the old value (after it has been moved into the store). */
  remove(): Promise<void>;
}

/** The marks this session made, per sheet and cell, with the host's ids for them. */
export class MarkBook {
  private readonly sheets = new Map<string, Map<string, ExistingMark>>();

  of(sheet: string): Map<string, ExistingMark> {
    let m = this.sheets.get(sheet);
    if (!m) {
      m = new Map();
      this.sheets.set(sheet, m);
    }
    return m;
  }

  clear(): void {
    this.sheets.clear();
  }

  count(): number {
    let n = 0;
    for (const m of this.sheets.values()) n += m.size;
    return n;
  }
}
