/**
 * The slice of WPS 表格's JS add-in object model (`window.Application`, ET's VBA-like API) that the
 * WPS adapter uses, and nothing more; test/support/fakeWps models exactly this slice. Calls are
 * synchronous and each one crosses into WPS (~0.2 ms), so the adapter reads blocks (`Value2` of a
 * range) and asks per cell only where a block cannot answer.
 *
 * Where a member's behaviour is not in WPS's published documentation the adapter assumes VBA's and
 * says so at the use (collected in README「WPS 表格」: what needs a real WPS to confirm).
 */

/** XlSheetVisibility. */
export const XL_SHEET_VERY_HIDDEN = 2;
/** XlFormatConditionType.xlExpression: a rule given by a formula. */
export const XL_EXPRESSION = 2;
/** XlInsertShiftDirection.xlShiftDown. */
export const XL_SHIFT_DOWN = -4121;
/** XlInsertFormatOrigin: the new rows take the formats of the row above, or of the row below. */
export const XL_FORMAT_FROM_ABOVE = 0;
export const XL_FORMAT_FROM_BELOW = 1;

/** A cell's raw value as `Value2` hands it: numbers for dates, undefined (or '') for an empty cell. */
export type WpsScalar = string | number | boolean | null | undefined;

export interface WpsFont {
  Bold: boolean | null;
  Size: number | null;
}

export interface WpsInterior {
  /** A BGR colour (VBA's `RGB(r, g, b)` = r + g·256 + b·65536). */
  Color: number;
}

export interface WpsFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly AppliesTo: WpsRange;
  readonly Interior: WpsInterior;
  Delete(): void;
}

export interface WpsFormatConditions {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): WpsFormatCondition;
  Add(type: number, operator?: number, formula1?: string): WpsFormatCondition;
}

export interface WpsCount {
  readonly Count: number;
}

export interface WpsRange {
  /** 1-based row and column of the range's top-left cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: WpsCount;
  readonly Columns: WpsCount;
  /** One cell: its value; several: an array of rows of values. Empty cells are undefined. */
  Value2: WpsScalar | WpsScalar[][];
  /** One cell: its formula, or its constant as text ('' when empty); several: an array of rows of those. */
  readonly Formula: string | string[][];
  /** One cell's displayed text; null for several cells whose text differs. */
  readonly Text: string | null;
  /** The number format; null for several cells whose formats differ. */
  NumberFormat: string | null;
  /** True when every cell is merged, false when none is, null when some are. */
  readonly MergeCells: boolean | null;
  /** The merged area of the range's top-left cell (the cell itself when it is not merged). */
  readonly MergeArea: WpsRange;
  readonly FormatConditions: WpsFormatConditions;
  readonly EntireRow: WpsRange;
  readonly Font: WpsFont;
  ColumnWidth: number | null;
  /** The cell at 1-based `row`, `col` of the range (`ws.Cells.Item(r, c)`). */
  Item(row: number, col: number): WpsRange;
  Insert(shift?: number, copyOrigin?: number): void;
  Merge(across?: boolean): void;
  Select(): void;
  ClearContents(): void;
}

export interface WpsHyperlinks {
  Add(anchor: WpsRange, address: string, subAddress?: string, screenTip?: string, textToDisplay?: string): unknown;
}

export interface WpsWorksheet {
  Name: string;
  /** XlSheetVisibility. */
  Visible: number;
  readonly UsedRange: WpsRange;
  Range(address: string): WpsRange;
  readonly Cells: WpsRange;
  readonly Hyperlinks: WpsHyperlinks;
  /** The workbook the sheet belongs to. */
  readonly Parent: { readonly Name: string };
  Activate(): void;
  Delete(): void;
}

export interface WpsWorksheets {
  readonly Count: number;
  /** 1-based index or a sheet's name; throws when there is none. */
  Item(index: number | string): WpsWorksheet;
  /** Adds a sheet before `before` or after `after` (else before the active sheet), and activates it. */
  Add(before?: WpsWorksheet | null, after?: WpsWorksheet | null): WpsWorksheet;
}

export interface WpsWorkbook {
  readonly Name: string;
  readonly FullName: string;
  /** Dates count from 1904-01-01 (files from old Mac Excel). */
  readonly Date1904: boolean;
  readonly Worksheets: WpsWorksheets;
}

export interface WpsApiEvent {
  AddApiEventListener(name: string, handler: (...args: never[]) => void): void;
  RemoveApiEventListener(name: string, handler: (...args: never[]) => void): void;
}

export interface WpsTaskPane {
  readonly ID: string | number;
  Visible: boolean;
  DockPosition: number;
}

export interface WpsPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): void;
}

export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook | null;
  readonly ActiveSheet: WpsWorksheet | null;
  readonly ActiveCell: WpsRange | null;
  readonly ApiEvent: WpsApiEvent;
  readonly PluginStorage: WpsPluginStorage;
  ScreenUpdating: boolean;
  /** Off while the adapter deletes its own sheet (VBA asks the user otherwise). */
  DisplayAlerts: boolean;
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: string | number): WpsTaskPane;
}
