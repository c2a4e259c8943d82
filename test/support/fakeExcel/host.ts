/**
 * A behavioural fake of the Excel JavaScript API subset the adapter (src/excel/) uses, with
 * Excel's documented semantics: proxies queue commands until `context.sync()`; a property must be
 * loaded and synced before it is read (else PropertyNotLoaded); `*OrNullObject` methods give
 * null objects; requirement sets gate methods; events fire after changes with Excel's event args;
 * syncs are counted. Isomorphic: used by jest tests and, bundled, by the browser test.
 *
 * Subset (keep it small; extend only with what the adapter calls):
 *   Excel.run(batch) / run(options, batch)      RequestContext.sync, .workbook
 *   workbook.worksheets: getItem, getItemOrNullObject, getActiveWorksheet, add(name), load('items/…'), items
 *   workbook.getSelectedRange()
 *   worksheet: name, id, visibility (get/set), getRange(address?), getUsedRangeOrNullObject(valuesOnly), onChanged,
 *          activate(), delete()
 *   range: address, rowIndex, columnIndex, rowCount, columnCount, values (get/set), text, valueTypes, clear('Contents'),
 *          numberFormat, isNullObject, getCell, getEntireRow, getOffsetRange, getResizedRange,
 *          getMergedAreasOrNullObject (1.13), conditionalFormats, select(), insert('Down'),
 *          merge(), unmerge(), copyFrom(source, 'Formats') (1.9), format (fill.color, font.bold/color/name/size,
 *          wrapText, columnWidth, borders.getItem(edge) style/color/weight; read after load('format/…')), hyperlink (1.7)
 *   conditionalFormats: add('Custom'), getItem, getItemOrNullObject, load('items/id,items/type'), items
 *   conditionalFormat: id, type, custom.rule.formula, custom.format.fill.color / font.color, delete()
 * A read-only workbook (`model.readOnly`) refuses every write at sync with AccessDenied.
 * Undo: the user's actions go on `undoStack`; a sync that writes clears it on a build without API
 * undo support (`apiUndo: false`, older builds), or adds one entry (one per run with mergeUndoGroup,
 * ExcelApi 1.20) where the build keeps add-in writes undoable.
 */
import { a1 } from '../../../src/core/grid/address';
import type { CellRange } from '../../../src/core/grid/grid';
import { displayText } from '../../../src/core/grid/displayText';
import { FakeSheet, FakeWorkbookModel, parseRange, sheetAddress, type CellFormat, type FakeCell, type FakeValue } from './model';

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface FakeHostOptions {
  /** Highest ExcelApi minor version supported: 7 = Excel 2019, 13 merges, 14 triggerSource, 20 mergeUndoGroup. */
  excelApi?: number;
  /**
   * The build keeps add-in writes on the user's undo stack (newer builds); without it (older builds)
   * every sync that writes clears the user's Ctrl+Z history, as Excel does.
   */
  apiUndo?: boolean;
  /** Writes that cannot be grouped: a mergeUndoGroup run that writes fails with UndoNotSupported. */
  ungroupable?: boolean;
}

type Op = () => void;

export interface ChangedEventArgs {
  address: string;
  changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted';
  source: 'Local' | 'Remote';
  type: 'WorksheetChanged';
  worksheetId: string;
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
}

type ChangedHandler = (args: ChangedEventArgs) => Promise<unknown> | void;

/** The fake host: a workbook, a sync counter, events and requirement sets. */
export class FakeExcelHost {
  readonly model: FakeWorkbookModel;
  readonly excelApi: number;
  syncCount = 0;
  runCount = 0;
  cellEditMode = false;
  private handlers: Array<{ sheetId: string; handler: ChangedHandler; id: number }> = [];
  private nextHandler = 1;
  private cellEditWaiters: Array<() => void> = [];
  private pendingEvents: Promise<unknown>[] = [];
  readonly apiUndo: boolean;
  readonly ungroupable: boolean;
  /** The user's undo stack, newest last: their own actions, and the add-in's where the build keeps them. */
  readonly undoStack: string[] = [];

  constructor(model: FakeWorkbookModel, options: FakeHostOptions = {}) {
    this.model = model;
    this.excelApi = options.excelApi ?? 7;
    this.apiUndo = options.apiUndo ?? false;
    this.ungroupable = options.ungroupable ?? false;
  }

  /** A sync wrote to the workbook: on the undo stack (one entry per group), or the stack is gone. */
  recordWrite(ctx: FakeRequestContext): void {
    if (!this.apiUndo) {
      this.undoStack.length = 0;
      return;
    }
    if (ctx.undoGroup && ctx.undoEntries > 0) return;
    ctx.undoEntries++;
    this.undoStack.push('add-in');
  }

  isSetSupported(name: string, version = '1.1'): boolean {
    if (name !== 'ExcelApi') return false;
    const [major, minor] = version.split('.').map(Number);
    return major === 1 && (minor ?? 0) <= this.excelApi;
  }

  supports(minor: number): boolean {
    return this.excelApi >= minor;
  }

  /** `Excel.run`, including `Excel.run({ delayForCellEdit, mergeUndoGroup }, batch)`. */
  run<T>(
    optionsOrBatch: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } | ((ctx: FakeRequestContext) => Promise<T>),
    maybeBatch?: (ctx: FakeRequestContext) => Promise<T>,
  ): Promise<T> {
    const batch = typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch!;
    const options = typeof optionsOrBatch === 'function' ? {} : optionsOrBatch;
    this.runCount++;
    if (options.mergeUndoGroup && !this.supports(20)) return Promise.reject(new FakeExcelError('ApiNotFound', 'mergeUndoGroup requires ExcelApi 1.20'));
    const start = async (): Promise<T> => {
      const ctx = new FakeRequestContext(this);
      ctx.undoGroup = options.mergeUndoGroup === true;
      const result = await batch(ctx);
      if (ctx.hasPending()) await ctx.sync();
      return result;
    };
    if (this.cellEditMode) {
      if (options.delayForCellEdit && this.supports(11)) {
        return new Promise<void>((resolve) => this.cellEditWaiters.push(resolve)).then(start);
      }
      return Promise.reject(new FakeExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.'));
    }
    return start();
  }

  /** `Excel.run(existingContext, batch)`. */
  async runWith<T>(ctx: FakeRequestContext, batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
    this.runCount++;
    const result = await batch(ctx);
    if (ctx.hasPending()) await ctx.sync();
    return result;
  }

  enterCellEdit(): void {
    this.cellEditMode = true;
  }

  exitCellEdit(): void {
    this.cellEditMode = false;
    const waiters = this.cellEditWaiters.splice(0);
    for (const w of waiters) w();
  }

  addHandler(sheetId: string, handler: ChangedHandler): number {
    const id = this.nextHandler++;
    this.handlers.push({ sheetId, handler, id });
    return id;
  }

  removeHandler(id: number): void {
    this.handlers = this.handlers.filter((h) => h.id !== id);
  }

  handlerCount(): number {
    return this.handlers.length;
  }

  /** Fires onChanged for a sheet, asynchronously as Excel does. */
  fireChanged(sheet: FakeSheet, args: Omit<ChangedEventArgs, 'type' | 'worksheetId' | 'source'> & { source?: 'Local' | 'Remote' }): void {
    const full: ChangedEventArgs = {
      type: 'WorksheetChanged',
      worksheetId: sheet.id,
      source: args.source ?? 'Local',
      address: args.address,
      changeType: args.changeType,
    };
    if (this.supports(14)) full.triggerSource = args.triggerSource ?? 'Unknown';
    for (const h of this.handlers.filter((x) => x.sheetId === sheet.id)) {
      this.pendingEvents.push(Promise.resolve().then(() => h.handler(full)));
    }
  }

  /** Resolves once every event fired so far has been handled. */
  async settle(): Promise<void> {
    while (this.pendingEvents.length > 0) await Promise.all(this.pendingEvents.splice(0));
  }

  // ---- What a user does in Excel -------------------------------------------------------------

  /** The user types or pastes values starting at `address`. */
  userEdit(sheetName: string, address: string, values: Array<Array<FakeValue | null>>): void {
    const sheet = this.requireSheet(sheetName);
    this.undoStack.push(`edit ${sheetName}!${address}`);
    const r = parseRange(address);
    values.forEach((row, i) => row.forEach((v, j) => sheet.setValue(r.top + i, r.left + j, v)));
    const area: CellRange = { top: r.top, left: r.left, bottom: r.top + values.length - 1, right: r.left + (values[0]?.length ?? 1) - 1 };
    this.fireChanged(sheet, { address: rangeAddress(area), changeType: 'RangeEdited' });
  }

  /** The user inserts whole rows above row `at` (0-based). */
  userInsertRows(sheetName: string, at: number, count: number): void {
    const sheet = this.requireSheet(sheetName);
    this.undoStack.push(`insert rows ${sheetName}!${at + 1}`);
    sheet.insertRows(at, count);
    this.fireChanged(sheet, { address: `${at + 1}:${at + count}`, changeType: 'RowInserted' });
  }

  /** The user deletes whole rows starting at row `at` (0-based). */
  userDeleteRows(sheetName: string, at: number, count: number): void {
    const sheet = this.requireSheet(sheetName);
    this.undoStack.push(`delete rows ${sheetName}!${at + 1}`);
    sheet.deleteRows(at, count);
    this.fireChanged(sheet, { address: `${at + 1}:${at + count}`, changeType: 'RowDeleted' });
  }

  requireSheet(name: string): FakeSheet {
    const s = this.model.sheet(name);
    if (!s) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: worksheet ${name}`);
    return s;
  }
}

function rangeAddress(r: CellRange): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}

/** Base of every proxy: load/sync bookkeeping and the PropertyNotLoaded rule. */
abstract class Proxy {
  protected loaded = new Set<string>();
  protected snapshot: Record<string, unknown> = {};
  protected synced = false;
  private nullObject = false;

  constructor(readonly context: FakeRequestContext) {
    context.track(this);
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = (typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : (props?.select ?? '').split(','))
      .map((p) => p.trim())
      .filter((p) => p !== '');
    this.context.queue(() => this.doLoad(list.length > 0 ? list : this.defaultProps()));
    return this;
  }

  protected defaultProps(): string[] {
    return [];
  }

  protected doLoad(props: string[]): void {
    for (const p of props) {
      let value: unknown;
      try {
        value = this.readProperty(p);
      } catch (e) {
        // Loading a null object's properties does not fail the batch; they stay unreadable.
        if ((e as FakeExcelError).code === 'InvalidReference') continue;
        throw e;
      }
      this.snapshot[p] = value;
      this.loaded.add(p);
    }
  }

  protected abstract readProperty(name: string): unknown;

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.snapshot[name] as T;
  }

  /** Called by the context after each sync. */
  markSynced(): void {
    this.synced = true;
  }

  setNull(isNull: boolean): void {
    this.nullObject = isNull;
  }

  get isNullObject(): boolean {
    if (!this.synced) {
      throw new FakeExcelError('PropertyNotLoaded', "The property 'isNullObject' is not available until context.sync() has been called.");
    }
    return this.nullObject;
  }
}

/** A collection proxy: `load('items/a,items/b')` loads those properties on every item. */
abstract class FakeCollection<T extends { loadNow(props: string[]): void }> extends Proxy {
  private itemProxies: T[] = [];
  protected abstract readonly defaultItemProps: string[];
  protected abstract makeItems(): T[];

  protected override doLoad(props: string[]): void {
    const itemProps = props.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    this.itemProxies = this.makeItems();
    for (const item of this.itemProxies) item.loadNow(itemProps.length > 0 ? itemProps : this.defaultItemProps);
    this.loaded.add('items');
  }

  protected readProperty(): unknown {
    return undefined;
  }

  get items(): T[] {
    this.get('items');
    return this.itemProxies;
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  /** Excel.run({ mergeUndoGroup: true }): the run's writes are one undo entry. */
  undoGroup = false;
  undoEntries = 0;
  private wrote = false;
  private ops: Op[] = [];
  private proxies: Proxy[] = [];
  private afterSync: Array<() => void> = [];

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
  }

  track(p: Proxy): void {
    this.proxies.push(p);
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  /** A write: refused with AccessDenied, as Excel refuses it, when the workbook is read-only. */
  queueWrite(op: Op): void {
    this.ops.push(() => {
      if (this.host.model.readOnly) throw new FakeExcelError('AccessDenied', 'The workbook is read-only.');
      if (this.undoGroup && this.host.ungroupable) throw new FakeExcelError('UndoNotSupported', 'The operation cannot be grouped for undo.');
      op();
      this.wrote = true;
    });
  }

  /** Work that happens once the batch has been applied (events of the add-in's own writes). */
  onSynced(fn: () => void): void {
    this.afterSync.push(fn);
  }

  hasPending(): boolean {
    return this.ops.length > 0;
  }

  async sync(): Promise<void> {
    this.host.syncCount++;
    const ops = this.ops.splice(0);
    let failure: unknown;
    for (const op of ops) {
      try {
        op();
      } catch (e) {
        failure = e;
        break;
      }
    }
    if (this.wrote) this.host.recordWrite(this);
    this.wrote = false;
    for (const p of this.proxies) p.markSynced();
    for (const fn of this.afterSync.splice(0)) fn();
    await Promise.resolve();
    if (failure) throw failure;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }

  getSelectedRange(): FakeRange {
    const host = this.context.host;
    return new FakeRange(this.context, () => {
      const sel = host.model.selection;
      return { sheet: host.requireSheet(sel.sheet), range: parseRange(sel.address) };
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected readonly defaultItemProps = ['name', 'id'];

  protected makeItems(): FakeWorksheet[] {
    return this.context.host.model.sheets.map((s) => new FakeWorksheet(this.context, () => s));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.requireSheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.model.sheet(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    let sheet: FakeSheet | undefined;
    this.context.queueWrite(() => {
      if (this.context.host.model.sheet(name)) throw new FakeExcelError('ItemAlreadyExists', `A worksheet named ${name} already exists.`);
      sheet = this.context.host.model.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => sheet ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.model.sheets[this.context.host.model.activeSheet]!);
  }

}

export class FakeWorksheet extends Proxy {
  readonly onChanged: { add: (handler: ChangedHandler) => FakeEventHandlerResult };

  constructor(
    context: FakeRequestContext,
    private readonly resolveSheet: () => FakeSheet | null,
  ) {
    super(context);
    this.onChanged = {
      add: (handler) => {
        const result = new FakeEventHandlerResult(context);
        context.queue(() => {
          const sheet = this.sheet();
          result.id = context.host.addHandler(sheet.id, handler);
        });
        return result;
      },
    };
    context.queue(() => this.setNull(this.resolveSheet() === null));
  }

  sheet(): FakeSheet {
    const s = this.resolveSheet();
    if (!s) throw new FakeExcelError('ItemNotFound', "The requested resource doesn't exist.");
    return s;
  }

  loadNow(props: string[]): void {
    this.doLoad(props);
  }

  protected readProperty(name: string): unknown {
    const s = this.sheet();
    if (name === 'name') return s.name;
    if (name === 'id') return s.id;
    if (name === 'position') return this.context.host.model.sheets.indexOf(s);
    if (name === 'visibility') return s.visibility;
    throw new FakeExcelError('InvalidArgument', `Worksheet has no property ${name} in this fake`);
  }

  get visibility(): FakeSheet['visibility'] {
    return this.get('visibility');
  }

  set visibility(v: FakeSheet['visibility']) {
    this.context.queueWrite(() => {
      const s = this.sheet();
      if (v !== 'Visible' && s.visibility === 'Visible' && this.context.host.model.sheets.filter((x) => x.visibility === 'Visible').length <= 1) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v;
    });
  }

  delete(): void {
    this.context.queueWrite(() => {
      try {
        this.context.host.model.deleteSheet(this.sheet());
      } catch (e) {
        if (e instanceof FakeExcelError) throw e;
        throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
    });
  }

  get name(): string {
    return this.get('name');
  }

  get id(): string {
    return this.get('id');
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.sheet(),
      range: address ? parseRange(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 },
    }));
  }

  /** Worksheet.getCell (ExcelApi 1.1). */
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.sheet(),
      range: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = new FakeRange(this.context, () => {
      const sheet = this.sheet();
      const used = sheet.usedRange(valuesOnly);
      return used ? { sheet, range: used } : null;
    });
    return range;
  }

  activate(): void {
    this.context.queue(() => {
      this.context.host.model.activeSheet = this.context.host.model.sheets.indexOf(this.sheet());
    });
  }
}

export class FakeEventHandlerResult {
  id = 0;
  constructor(private readonly context: FakeRequestContext) {}
  remove(): void {
    this.context.queue(() => this.context.host.removeHandler(this.id));
  }
}

interface Target {
  sheet: FakeSheet;
  range: CellRange;
}

const EMPTY_FORMAT: CellFormat = {};

export class FakeRange extends Proxy {
  private resolved: Target | null | undefined;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    context: FakeRequestContext,
    private readonly resolver: () => Target | null,
  ) {
    super(context);
    this.format = new FakeRangeFormat(this);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, () => this.target());
    context.queue(() => this.setNull(this.resolve() === null));
  }

  /** Resolves the target once, at the first sync that needs it (later syncs see the same cells). */
  private resolve(): Target | null {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }

  target(): Target {
    const t = this.resolve();
    if (!t) throw new FakeExcelError('InvalidReference', 'This reference is not valid (null object).');
    return t;
  }

  protected override defaultProps(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'text', 'numberFormat'];
  }

  protected readProperty(name: string): unknown {
    // format/… paths (load('format/font/name')): read through range.format after the sync.
    if (name.startsWith('format/')) return null;
    const { sheet, range } = this.target();
    const grid = <T>(fn: (cell: FakeCell | undefined) => T): T[][] => {
      const rows: T[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const row: T[] = [];
        for (let c = range.left; c <= range.right; c++) row.push(fn(sheet.get(r, c)));
        rows.push(row);
      }
      return rows;
    };
    switch (name) {
      case 'address':
        return sheetAddress(sheet.name, range);
      case 'rowIndex':
        return range.top;
      case 'columnIndex':
        return range.left;
      case 'rowCount':
        return range.bottom - range.top + 1;
      case 'columnCount':
        return range.right - range.left + 1;
      case 'values':
        return grid((c) => (c?.value === null || c?.value === undefined ? '' : c.value));
      case 'text':
        return grid((c) => cellText(c));
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid((c) =>
          c?.error ? 'Error' : c?.value === null || c?.value === undefined || c.value === '' ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String',
        );
      default:
        throw new FakeExcelError('InvalidArgument', `Range has no property ${name} in this fake`);
    }
  }

  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.context.queueWrite(() => {
      const { sheet, range } = this.target();
      const rows = range.bottom - range.top + 1;
      const cols = range.right - range.left + 1;
      const single = v.length === 1 && v[0]!.length === 1;
      if (!single && (v.length !== rows || v.some((r) => r.length !== cols))) {
        throw new FakeExcelError('InvalidArgument', 'The number of rows or columns in the input array doesn\'t match the size or dimensions of the range.');
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const value = single ? v[0]![0] : v[r]![c];
          sheet.setValue(range.top + r, range.left + c, value === '' || value === null || value === undefined ? null : (value as FakeValue));
        }
      }
      this.context.onSynced(() =>
        this.context.host.fireChanged(sheet, { address: rangeAddress(range), changeType: 'RangeEdited', triggerSource: 'ThisLocalAddin' }),
      );
    });
  }
  /** Range.clear (ExcelApi 1.1): only `Contents` is modelled, which keeps formats. */
  clear(applyTo: 'Contents'): void {
    if (applyTo !== 'Contents') throw new FakeExcelError('InvalidArgument', `clear(${String(applyTo)}) is not modelled`);
    this.context.queueWrite(() => {
      const { sheet, range } = this.target();
      for (const [key, cell] of [...sheet.cells]) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        if (r < range.top || r > range.bottom || c < range.left || c > range.right) continue;
        if (cell.format || cell.numberFormat) sheet.set(r, c, { value: null, ...(cell.format ? { format: cell.format } : {}), ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}) });
        else sheet.cells.delete(key);
      }
    });
  }

  get text(): string[][] {
    return this.get('text');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.context.queueWrite(() => {
      const { sheet, range } = this.target();
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) {
          const f = v.length === 1 && v[0]!.length === 1 ? v[0]![0]! : v[r - range.top]![c - range.left]!;
          sheet.set(r, c, { ...(sheet.get(r, c) ?? { value: null }), numberFormat: f });
        }
      }
    });
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  private derived(fn: (t: Target) => Target | null): FakeRange {
    return new FakeRange(this.context, () => fn(this.target()));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(({ sheet, range }) => ({ sheet, range: { top: range.top + row, left: range.left + column, bottom: range.top + row, right: range.left + column } }));
  }

  getEntireRow(): FakeRange {
    return this.derived(({ sheet, range }) => ({ sheet, range: { top: range.top, bottom: range.bottom, left: 0, right: 16383 } }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ sheet, range }) => ({
      sheet,
      range: { top: range.top + rowOffset, bottom: range.bottom + rowOffset, left: range.left + columnOffset, right: range.right + columnOffset },
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ sheet, range }) => ({ sheet, range: { ...range, bottom: range.bottom + deltaRows, right: range.right + deltaColumns } }));
  }

  /** The used part of this range (ExcelApi 1.4): null when the range holds nothing. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, range } = this.target();
      const used = sheet.usedRange(valuesOnly);
      if (!used) return null;
      const top = Math.max(used.top, range.top);
      const bottom = Math.min(used.bottom, range.bottom);
      const left = Math.max(used.left, range.left);
      const right = Math.min(used.right, range.right);
      if (top > bottom || left > right) return null;
      // The used range of a sub-range is the bounding box of its non-empty cells.
      let t = Infinity;
      let b = -1;
      let l = Infinity;
      let rr = -1;
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const cell = sheet.get(r, c);
          const has = cell && cell.value !== null && cell.value !== '';
          if (!has && (valuesOnly || !cell?.format)) continue;
          t = Math.min(t, r);
          b = Math.max(b, r);
          l = Math.min(l, c);
          rr = Math.max(rr, c);
        }
      }
      return b < 0 ? null : { sheet, range: { top: t, left: l, bottom: b, right: rr } };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    if (!this.context.host.supports(13)) throw new FakeExcelError('ApiNotFound', 'getMergedAreasOrNullObject requires ExcelApi 1.13');
    return new FakeRangeAreas(this.context, () => {
      const { sheet, range } = this.target();
      const areas = sheet.merges.filter((m) => m.top <= range.bottom && m.bottom >= range.top && m.left <= range.right && m.right >= range.left);
      return areas.length === 0 ? null : { sheet, areas };
    });
  }

  select(): void {
    this.context.queue(() => {
      const { sheet, range } = this.target();
      const model = this.context.host.model;
      model.activeSheet = model.sheets.indexOf(sheet);
      model.selection = { sheet: sheet.name, address: rangeAddress(range) };
    });
  }

  /** Only whole-row insertion with shift down (`getEntireRow().insert('Down')`). */
  insert(shift: 'Down'): FakeRange {
    const inserted = new FakeRange(this.context, () => {
      const { sheet, range } = this.target();
      return { sheet, range };
    });
    this.context.queueWrite(() => {
      if (shift !== 'Down') throw new FakeExcelError('InvalidArgument', 'only Down is supported by the fake');
      const { sheet, range } = this.target();
      if (range.left !== 0 || range.right !== 16383) throw new FakeExcelError('InvalidArgument', 'the fake inserts whole rows only');
      const count = range.bottom - range.top + 1;
      sheet.insertRows(range.top, count);
      this.context.onSynced(() =>
        this.context.host.fireChanged(sheet, { address: `${range.top + 1}:${range.bottom + 1}`, changeType: 'RowInserted', triggerSource: 'ThisLocalAddin' }),
      );
    });
    return inserted;
  }

  merge(across = false): void {
    this.context.queueWrite(() => {
      const { sheet, range } = this.target();
      if (across) throw new FakeExcelError('InvalidArgument', 'merge(across) is not in the fake');
      sheet.merges = sheet.merges.filter((m) => !(m.top <= range.bottom && m.bottom >= range.top && m.left <= range.right && m.right >= range.left));
      sheet.merges.push({ ...range });
      // Excel keeps the top-left value and clears the others.
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) {
          if (r === range.top && c === range.left) continue;
          const cell = sheet.get(r, c);
          if (cell && cell.value !== null) sheet.set(r, c, { ...cell, value: null });
        }
      }
    });
  }

  unmerge(): void {
    this.context.queueWrite(() => {
      const { sheet, range } = this.target();
      sheet.merges = sheet.merges.filter((m) => !(m.top <= range.bottom && m.bottom >= range.top && m.left <= range.right && m.right >= range.left));
    });
  }

  copyFrom(source: FakeRange, copyType: 'Formats'): void {
    if (!this.context.host.supports(9)) throw new FakeExcelError('ApiNotFound', 'copyFrom requires ExcelApi 1.9');
    this.context.queueWrite(() => {
      if (copyType !== 'Formats') throw new FakeExcelError('InvalidArgument', 'the fake copies formats only');
      const from = source.target();
      const to = this.target();
      const rows = from.range.bottom - from.range.top + 1;
      const cols = Math.min(from.range.right, 200) - from.range.left + 1;
      for (let r = to.range.top; r <= to.range.bottom; r++) {
        for (let c = 0; c < cols; c++) {
          const src = from.sheet.get(from.range.top + ((r - to.range.top) % rows), from.range.left + c);
          const dst = to.sheet.get(r, to.range.left + c) ?? { value: null };
          const next: FakeCell = { ...dst };
          if (src?.format) next.format = { ...src.format };
          else delete next.format;
          if (src?.numberFormat) next.numberFormat = src.numberFormat;
          to.sheet.set(r, to.range.left + c, next);
        }
      }
    });
  }

  /** Writes one format property on every cell of the range. */
  setFormat(patch: Partial<CellFormat>): void {
    this.context.queueWrite(() => {
      const { sheet, range } = this.target();
      const right = Math.min(range.right, 200);
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= right; c++) {
          const cell = sheet.get(r, c) ?? { value: null };
          sheet.set(r, c, { ...cell, format: { ...(cell.format ?? EMPTY_FORMAT), ...patch } });
        }
      }
    });
  }

  setColumnWidth(points: number): void {
    this.context.queueWrite(() => {
      const { sheet, range } = this.target();
      for (let c = range.left; c <= Math.min(range.right, 200); c++) sheet.columnWidths.set(c, points);
    });
  }

  /** Range.hyperlink (ExcelApi 1.7) on a single cell. */
  set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.context.queueWrite(() => {
      const { sheet, range } = this.target();
      const cell = sheet.get(range.top, range.left) ?? { value: null };
      sheet.set(range.top, range.left, { ...cell, hyperlink: { ...v }, ...(v.textToDisplay !== undefined ? { value: v.textToDisplay } : {}) });
    });
  }

  readFormat(): CellFormat {
    const { sheet, range } = this.target();
    return sheet.get(range.top, range.left)?.format ?? {};
  }
}

/** A cell's borders as exceljs writes them (JSON), or one style for all four sides (`thin`). */
function bordersOf(text: string | undefined): Record<string, { style?: string; color?: { argb?: string } } | undefined> {
  if (!text) return {};
  if (!text.startsWith('{')) return Object.fromEntries(['top', 'bottom', 'left', 'right'].map((side) => [side, { style: text }]));
  return JSON.parse(text) as Record<string, { style?: string; color?: { argb?: string } } | undefined>;
}

function cellText(c: FakeCell | undefined): string {
  if (!c || c.value === null || c.value === undefined) return '';
  if (c.text !== undefined) return c.text;
  if (typeof c.value === 'number') return displayText(c.value, c.numberFormat);
  if (typeof c.value === 'boolean') return c.value ? 'TRUE' : 'FALSE';
  return c.value;
}

/** `range.format`: fill.color, font.bold/color/name/size, wrapText (loadable from the first cell). */
export class FakeRangeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean; italic: boolean; color: string; name: string; size: number };
  constructor(private readonly range: FakeRange) {
    this.fill = {
      set color(v: string) {
        range.setFormat({ fill: v });
      },
      get color(): string {
        return range.readFormat().fill ?? '#FFFFFF';
      },
    };
    this.font = {
      set bold(v: boolean) {
        range.setFormat({ bold: v });
      },
      get bold(): boolean {
        return range.readFormat().bold ?? false;
      },
      set color(v: string) {
        range.setFormat({ fontColor: v });
      },
      get color(): string {
        return range.readFormat().fontColor ?? '#000000';
      },
      set name(v: string) {
        range.setFormat({ fontName: v });
      },
      get name(): string {
        return range.readFormat().fontName ?? 'Calibri';
      },
      set size(v: number) {
        range.setFormat({ fontSize: v });
      },
      set italic(v: boolean) {
        range.setFormat({ italic: v });
      },
      get italic(): boolean {
        return range.readFormat().italic ?? false;
      },
      get size(): number {
        return range.readFormat().fontSize ?? 11;
      },
    };
  }
  /** Range.format.columnWidth (ExcelApi 1.1), in points, on every column of the range. */
  set columnWidth(v: number) {
    this.range.setColumnWidth(v);
  }
  set wrapText(v: boolean) {
    this.range.setFormat({ wrapText: v });
  }
  get wrapText(): boolean {
    return this.range.readFormat().wrapText ?? false;
  }
  set horizontalAlignment(v: string) {
    this.range.setFormat({ horizontalAlignment: v });
  }
  get horizontalAlignment(): string {
    return this.range.readFormat().horizontalAlignment ?? 'General';
  }
  set verticalAlignment(v: string) {
    this.range.setFormat({ verticalAlignment: v });
  }
  get verticalAlignment(): string {
    return this.range.readFormat().verticalAlignment ?? 'Bottom';
  }
  /** Range.format.borders.getItem(edge) (ExcelApi 1.1): style, color, weight of one edge. */
  readonly borders = {
    getItem: (edge: string) => {
      const range = this.range;
      const side = ({ EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right' } as Record<string, string | undefined>)[edge];
      // InsideHorizontal of a multi-row range: each row's own top and bottom model it here.
      if (!side) return { load: () => undefined, style: 'None', weight: 'Thin', color: '#000000' };
      const read = () => bordersOf(range.readFormat().borders)[side];
      const write = (patch: { style?: string; color?: string; weight?: string }) => {
        const cur = bordersOf(range.readFormat().borders) as Record<string, unknown>;
        if (patch.style === 'None') delete cur[side];
        else cur[side] = { ...(cur[side] as object), ...(patch.weight ? { style: patch.weight.toLowerCase() } : {}), ...(patch.color ? { color: { argb: `FF${patch.color.replace('#', '')}` } } : {}) };
        range.setFormat({ borders: JSON.stringify(cur) });
      };
      return {
        load: () => undefined,
        get style(): string {
          return read() ? 'Continuous' : 'None';
        },
        set style(v: string) {
          write({ style: v });
        },
        get weight(): string {
          const s = read()?.style ?? 'thin';
          return s.charAt(0).toUpperCase() + s.slice(1);
        },
        set weight(v: string) {
          write({ weight: v });
        },
        get color(): string {
          return `#${read()?.color?.argb?.slice(-6) ?? '000000'}`;
        },
        set color(v: string) {
          write({ color: v });
        },
      };
    },
  };
}

export class FakeRangeAreas extends Proxy {
  private resolved: { sheet: FakeSheet; areas: CellRange[] } | null | undefined;
  constructor(
    context: FakeRequestContext,
    private readonly resolver: () => { sheet: FakeSheet; areas: CellRange[] } | null,
  ) {
    super(context);
    context.queue(() => this.setNull(this.resolve() === null));
  }
  private resolve() {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }
  protected readProperty(name: string): unknown {
    const t = this.resolve();
    if (!t) throw new FakeExcelError('InvalidReference', 'null object');
    if (name === 'address') return t.areas.map((a) => sheetAddress(t.sheet.name, a)).join(',');
    if (name === 'areaCount') return t.areas.length;
    throw new FakeExcelError('InvalidArgument', `RangeAreas has no property ${name} in this fake`);
  }
  get address(): string {
    return this.get('address');
  }
}

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  protected readonly defaultItemProps = ['id', 'type'];

  protected makeItems(): FakeConditionalFormat[] {
    return this.overlapping().map((rec) => new FakeConditionalFormat(this.context, () => rec));
  }

  constructor(
    context: FakeRequestContext,
    private readonly target: () => Target,
  ) {
    super(context);
  }

  private overlapping(): FakeConditionalFormatRecord[] {
    const { sheet, range } = this.target();
    return sheet.conditionalFormats
      .filter((cf) => cf.range.top <= range.bottom && cf.range.bottom >= range.top && cf.range.left <= range.right && cf.range.right >= range.left)
      .map((cf) => ({ sheet, cf }));
  }

  add(type: 'Custom'): FakeConditionalFormat {
    let record: FakeConditionalFormatRecord | undefined;
    const proxy = new FakeConditionalFormat(this.context, () => {
      if (!record) throw new FakeExcelError('InvalidReference', 'not created');
      return record;
    });
    this.context.queueWrite(() => {
      if (type !== 'Custom') throw new FakeExcelError('InvalidArgument', 'the fake adds Custom conditional formats only');
      const { sheet, range } = this.target();
      record = { sheet, cf: sheet.addConditionalFormat({ type: 'Custom', range: { ...range } }) };
    });
    return proxy;
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      const found = this.overlapping().find((x) => x.cf.id === id);
      if (!found) throw new FakeExcelError('ItemNotFound', "The requested resource doesn't exist.");
      return found;
    });
  }

  getItemOrNullObject(id: string): FakeConditionalFormat {
    const proxy = new FakeConditionalFormat(this.context, () => this.overlapping().find((x) => x.cf.id === id) ?? null);
    return proxy;
  }

}

interface FakeConditionalFormatRecord {
  sheet: FakeSheet;
  cf: FakeSheet['conditionalFormats'][number];
}

export class FakeConditionalFormat extends Proxy {
  readonly custom: {
    rule: { formula: string; load: (p: string) => void };
    format: { fill: { color: string }; font: { color: string } };
  };

  constructor(
    context: FakeRequestContext,
    private readonly resolver: () => FakeConditionalFormatRecord | null,
  ) {
    super(context);
    const record = () => this.record();
    const loaded = () => this.get<string>('custom/rule/formula');
    const loadNow = (props: string[]) => this.loadNow(props);
    const requireCustom = () => {
      const rec = record();
      if (rec.cf.type !== 'Custom') throw new FakeExcelError('InvalidArgument', 'This conditional format is not of type Custom.');
      return rec.cf;
    };
    this.custom = {
      rule: {
        set formula(v: string) {
          context.queueWrite(() => {
            requireCustom().formula = v;
          });
        },
        get formula(): string {
          return loaded();
        },
        load: (p: string) => {
          if (p !== 'formula') throw new FakeExcelError('InvalidArgument', 'only formula loads');
          context.queue(() => loadNow(['custom/rule/formula']));
        },
      },
      format: {
        fill: {
          set color(v: string) {
            context.queueWrite(() => {
              requireCustom().fill = v;
            });
          },
          get color(): string {
            return requireCustom().fill ?? '';
          },
        },
        font: {
          set color(v: string) {
            context.queueWrite(() => {
              requireCustom().fontColor = v;
            });
          },
          get color(): string {
            return requireCustom().fontColor ?? '';
          },
        },
      },
    };
    context.queue(() => this.setNull(this.resolveOnce() === null));
  }

  private cached: FakeConditionalFormatRecord | null | undefined;
  private resolveOnce(): FakeConditionalFormatRecord | null {
    if (this.cached === undefined) {
      try {
        this.cached = this.resolver();
      } catch (e) {
        if ((e as FakeExcelError).code === 'InvalidReference') return null;
        throw e;
      }
    }
    return this.cached;
  }

  private record(): FakeConditionalFormatRecord {
    const r = this.resolveOnce();
    if (!r) throw new FakeExcelError('InvalidReference', 'null object');
    return r;
  }

  loadNow(props: string[]): void {
    this.doLoad(props);
  }

  protected readProperty(name: string): unknown {
    const { cf } = this.record();
    if (name === 'id') return cf.id;
    if (name === 'type') return cf.type;
    if (name === 'custom/rule/formula') {
      if (cf.type !== 'Custom') throw new FakeExcelError('InvalidArgument', 'This conditional format is not of type Custom.');
      return cf.formula ?? '';
    }
    throw new FakeExcelError('InvalidArgument', `ConditionalFormat has no property ${name} in this fake`);
  }

  get id(): string {
    return this.get('id');
  }

  get type(): string {
    return this.get('type');
  }

  delete(): void {
    this.context.queueWrite(() => {
      const { sheet, cf } = this.record();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

export type { FakeValue };
