/**
 * A behavioural fake of the WPS 表格 JS add-in object model — exactly the subset of src/wps/api.ts,
 * nothing more. Isomorphic (no Node APIs): jest's adapter tests and, bundled, the browser test use it.
 * Every member and constant of the subset is in Kingsoft's own ET declarations (npm
 * `et-jsapi-declare` 2.5.0: lib.et.d.ts, addon.et.d.ts — e.g. `Range.Text: string | null`,
 * `Insert(Shift?, CopyOrigin?)`, `FormatConditions.Add(Type, Operator?, Formula1?, …)`,
 * `xlShiftDown = -4121`, `xlSheetVeryHidden = 2`, `AddApiEventListener('SheetChange', (Sh, Target))`).
 *
 * Modelled behaviours, and where each comes from:
 *   - 1-based indices: `Worksheets.Item(1)`, `Cells.Item(r, c)` (Range.Item), `FormatConditions.Item(i)`,
 *     `Range.Row` / `.Column` (WPS JSAPI 文档 for ET, which follows VBA's Excel object model).
 *   - `Value2`: one cell gives its value, several give an array of rows (JS arrays); an empty cell
 *     is undefined; dates are serial numbers and formulas their results (VBA's Value2). Error values
 *     come as COM VT_ERROR codes (0x800A07D0 + n, e.g. #REF! = -2146826265): ASSUMED from how a COM
 *     Variant reaches JS — a real WPS to confirm; `Text` says the error either way.
 *     Setting `Value2` parses text as typing does (`95%` → 0.95 with `0%`, `12` → 12) unless the
 *     cell is text-formatted (`@`) (VBA).
 *   - `Text` and `NumberFormat` of several cells are null when the cells differ (VBA docs:
 *     "returns Null if the cells in the range don't all have the same number format"). Unformatted
 *     cells report `G/通用格式`, the Chinese UI's name of General, as a Chinese WPS does.
 *   - `MergeCells` true / false / null (all, none, some merged; `partlyMergedIs` makes "some" true,
 *     as WPS's boolean-typed declaration may mean); `MergeArea` of the top-left cell;
 *     `Merge()` keeps the top-left value only (VBA).
 *   - `UsedRange` covers cells with a value or a format; an empty sheet's is A1 (VBA).
 *   - `Range("5:7").Insert(xlShiftDown, origin)` inserts whole rows: cells, merged areas (extended
 *     when the rows go inside one), conditional formats and links below move down; the new rows take
 *     the number format and font of the row above (origin 0) or below (origin 1) (VBA).
 *   - `FormatConditions` of a range: the conditional formats whose AppliesTo meets it, in the order
 *     they were added; `Add(xlExpression, undefined, formula)` (WPS 开放平台「条件格式
 *     FormatConditions」shows this call); `Delete()` shifts later indices, other objects stay valid;
 *     a deleted one throws (VBA).
 *   - `Worksheets.Add(before, after)` activates the new sheet; `Delete()` would ask the user unless
 *     `DisplayAlerts` is false (the fake throws); a very hidden sheet cannot be activated; `Select()`
 *     on a sheet that is not active fails (VBA run-time error 1004).
 *   - Events: `ApiEvent.AddApiEventListener('SheetChange', fn)` calls fn(sheet, target) synchronously
 *     for every value written (by the user or the add-in) and every row insertion (target: the new
 *     rows); not for formats or conditional formats (VBA's Application.SheetChange; WPS JSAPI
 *     文档「ApiEvent」). Synchronous delivery is ASSUMED — a real WPS to confirm.
 *   - `CreateTaskPane(url)` / `GetTaskPane(id)`, `Visible`; `PluginStorage` shared by the add-in's
 *     pages (WPS JSAPI 文档「任务窗格」「PluginStorage」).
 * `calls` counts every property access and method call on a fake object: each crosses into WPS
 * (~0.2 ms), so tests bound it.
 */
import { a1 } from '../../../src/core/grid/address';
import { displayText } from '../../../src/core/grid/displayText';
import type { CellRange } from '../../../src/core/grid/grid';
import type {
  WpsApiEvent, WpsApplication, WpsCount, WpsFont, WpsFormatCondition, WpsFormatConditions, WpsHyperlinks, WpsInterior,
  WpsPluginStorage, WpsRange, WpsScalar, WpsTaskPane, WpsWorkbook, WpsWorksheet, WpsWorksheets,
} from '../../../src/wps/api';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
const GENERAL = 'G/通用格式';

/** #NULL! … #N/A as VBA numbers them; their COM codes are 0x800A07D0 + (n - 2000) … */
const ERROR_NUMBERS: Record<string, number> = { '#NULL!': 2000, '#DIV/0!': 2007, '#VALUE!': 2015, '#REF!': 2023, '#NAME?': 2029, '#NUM!': 2036, '#N/A': 2042 };
const COM_ERROR_BASE = -2146826288 - 2000;

export interface FakeWpsCell {
  /** A value, or an error value by its text. */
  v?: string | number | boolean | { error: string };
  fmt?: string;
  bold?: boolean;
  size?: number;
}

export interface FakeCondition {
  type: number;
  formula: string;
  range: CellRange;
  color?: number;
}

export class FakeWpsSheet {
  visible = -1;
  readonly cells = new Map<string, FakeWpsCell>();
  merges: CellRange[] = [];
  conditions: FakeCondition[] = [];
  hyperlinks: Array<{ row: number; col: number; subAddress: string; text: string }> = [];
  widths = new Map<number, number>();
  deleted = false;

  constructor(public name: string) {}

  get(r: number, c: number): FakeWpsCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  set(r: number, c: number, cell: FakeWpsCell): void {
    this.cells.set(`${r},${c}`, cell);
  }

  used(): CellRange | undefined {
    let u: CellRange | undefined;
    for (const [k, cell] of this.cells) {
      if (cell.v === undefined && cell.fmt === undefined && cell.bold === undefined && cell.size === undefined) continue;
      const [r, c] = k.split(',').map(Number) as [number, number];
      u = u ? { top: Math.min(u.top, r), left: Math.min(u.left, c), bottom: Math.max(u.bottom, r), right: Math.max(u.right, c) } : { top: r, left: c, bottom: r, right: c };
    }
    return u;
  }
}

/** `A1`, `A1:C3`, `$A$1`, `5:7` (whole rows), `A:C` (whole columns), 0-based. */
export function parseRef(ref: string): CellRange | undefined {
  const parts = ref.replace(/\$/g, '').toUpperCase().split(':');
  const one = (s: string) => {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) return undefined;
    let col: number | undefined;
    if (m[1]) {
      col = 0;
      for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
      col -= 1;
    }
    return { row: m[2] ? Number(m[2]) - 1 : undefined, col };
  };
  const p = one(parts[0] ?? '');
  const q = parts.length > 1 ? one(parts[1]!) : p;
  if (!p || !q || parts.length > 2) return undefined;
  const top = p.row ?? 0;
  const bottom = q.row ?? MAX_ROWS - 1;
  const left = p.col ?? 0;
  const right = q.col ?? MAX_COLS - 1;
  if ((p.row === undefined) !== (q.row === undefined) || (p.col === undefined) !== (q.col === undefined)) return undefined;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

function meets(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function inside(inner: CellRange, outer: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

function area(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

class FakeWpsError extends Error {}

/** Parses typed text as WPS does when a value is written (VBA: `Range.Value = "95%"`). */
function typed(text: WpsScalar, fmt: string | undefined): { v?: FakeWpsCell['v']; fmt?: string } {
  if (text === undefined || text === null || text === '') return {};
  if (typeof text !== 'string' || fmt === '@') return { v: text };
  const t = text.trim();
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return { v: Number(t.slice(0, -1)) / 100, fmt: fmt && fmt !== GENERAL ? fmt : '0%' };
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return { v: Number(t) };
  return { v: text };
}

export class FakeWpsApp implements WpsApplication {
  calls = 0;
  readonly sheets: FakeWpsSheet[] = [];
  active: FakeWpsSheet | undefined;
  selection = { sheet: '', row: 0, col: 0 };
  workbookName = '绩效目标表.xlsx';
  /** Workbook.Date1904. */
  date1904 = false;
  /** Another workbook in front (the user switched windows). */
  otherWorkbookInFront = false;
  private screenUpdating = true;
  private displayAlerts = true;
  readonly listeners = new Map<string, Array<(...args: never[]) => void>>();
  readonly storage = new Map<string, unknown>();
  readonly panes: FakeTaskPane[] = [];
  /** Called when a task pane is first shown (the browser test loads its page). */
  onShowPane?: (pane: FakeTaskPane) => void;
  /**
   * `MergeCells` of a partly merged range: null (VBA's documented answer) or true (a range that
   * "contains merged cells" — what WPS's declarations, typed boolean, leave open).
   */
  partlyMergedIs: null | true = null;
  /** Values a merge threw away, for tests to assert there are none. */
  readonly lostValues: string[] = [];

  tick(): void {
    this.calls += 1;
  }

  // --- test helpers (not WPS's API) ---

  addSheet(name: string): FakeWpsSheet {
    const s = new FakeWpsSheet(name);
    this.sheets.push(s);
    this.active ??= s;
    if (!this.selection.sheet) this.selection.sheet = name;
    return s;
  }

  sheet(name: string): FakeWpsSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The user types into a cell (or clears it with ''): the value changes and SheetChange fires. */
  userEdit(sheet: string, cell: string, text: string | number): void {
    const s = this.sheet(sheet)!;
    const r = parseRef(cell)!;
    this.writeValues(s, r, [[text]]);
  }

  /** The user inserts whole rows (right-click → 插入行). */
  userInsertRows(sheet: string, at: number, count: number): void {
    this.insertRows(this.sheet(sheet)!, at, count, 0);
  }

  /** The user clicks a cell. */
  userSelect(sheet: string, cell: string): void {
    const r = parseRef(cell)!;
    this.active = this.sheet(sheet);
    this.selection = { sheet, row: r.top, col: r.left };
  }

  // --- the model's operations ---

  fire(name: string, ...args: unknown[]): void {
    for (const fn of this.listeners.get(name) ?? []) (fn as (...a: unknown[]) => void)(...args);
  }

  writeValues(s: FakeWpsSheet, r: CellRange, values: WpsScalar[][]): void {
    for (let i = 0; i <= r.bottom - r.top; i++) {
      for (let j = 0; j <= r.right - r.left; j++) {
        const cell = s.get(r.top + i, r.left + j) ?? {};
        const t = typed(values[i]?.[j], cell.fmt);
        const next: FakeWpsCell = { ...cell, ...(t.fmt !== undefined ? { fmt: t.fmt } : {}) };
        if (t.v === undefined) delete next.v;
        else next.v = t.v;
        s.set(r.top + i, r.left + j, next);
      }
    }
    this.fire('SheetChange', new FakeWorksheet(this, s), new FakeRange(this, s, r));
  }

  insertRows(s: FakeWpsSheet, at: number, count: number, origin: number): void {
    const moved = new Map<string, FakeWpsCell>();
    for (const [k, cell] of s.cells) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      if (r + (r >= at ? count : 0) >= MAX_ROWS) {
        if (cell.v !== undefined) throw new FakeWpsError('插入行会把有内容的单元格挤出工作表');
        continue;
      }
      moved.set(`${r >= at ? r + count : r},${c}`, cell);
    }
    s.cells.clear();
    for (const [k, v] of moved) s.cells.set(k, v);
    const shift = (m: CellRange): CellRange => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m.bottom >= at ? { ...m, bottom: m.bottom + count } : m);
    s.merges = s.merges.map(shift);
    s.conditions = s.conditions.map((cf) => ({ ...cf, range: shift(cf.range) }));
    s.hyperlinks = s.hyperlinks.map((h) => (h.row >= at ? { ...h, row: h.row + count } : h));
    // The new rows take the formats of the row above (origin 0) or below (origin 1).
    const from = origin === 1 ? at + count : at - 1;
    if (from >= 0) {
      for (const [k, cell] of [...s.cells]) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        if (r !== from) continue;
        for (let i = 0; i < count; i++) {
          const f: FakeWpsCell = {};
          if (cell.fmt !== undefined) f.fmt = cell.fmt;
          if (cell.bold !== undefined) f.bold = cell.bold;
          if (cell.size !== undefined) f.size = cell.size;
          if (Object.keys(f).length > 0) s.set(at + i, c, f);
        }
      }
    }
    this.fire('SheetChange', new FakeWorksheet(this, s), new FakeRange(this, s, { top: at, bottom: at + count - 1, left: 0, right: MAX_COLS - 1 }));
  }

  // --- WpsApplication ---

  get ActiveWorkbook(): WpsWorkbook | null {
    this.tick();
    if (this.otherWorkbookInFront) return new FakeWorkbook(this, '另一个工作簿.xlsx');
    return new FakeWorkbook(this, this.workbookName);
  }

  get ActiveSheet(): WpsWorksheet | null {
    this.tick();
    return this.active ? new FakeWorksheet(this, this.active) : null;
  }

  get ActiveCell(): WpsRange | null {
    this.tick();
    const s = this.sheet(this.selection.sheet);
    return s ? new FakeRange(this, s, { top: this.selection.row, left: this.selection.col, bottom: this.selection.row, right: this.selection.col }) : null;
  }

  get ApiEvent(): WpsApiEvent {
    this.tick();
    return {
      AddApiEventListener: (name, fn) => {
        this.tick();
        this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
      },
      RemoveApiEventListener: (name, fn) => {
        this.tick();
        this.listeners.set(name, (this.listeners.get(name) ?? []).filter((f) => f !== fn));
      },
    };
  }

  get PluginStorage(): WpsPluginStorage {
    return { getItem: (k) => this.storage.get(k), setItem: (k, v) => void this.storage.set(k, v) };
  }

  get ScreenUpdating(): boolean {
    this.tick();
    return this.screenUpdating;
  }

  set ScreenUpdating(v: boolean) {
    this.tick();
    this.screenUpdating = v;
  }

  get DisplayAlerts(): boolean {
    this.tick();
    return this.displayAlerts;
  }

  set DisplayAlerts(v: boolean) {
    this.tick();
    this.displayAlerts = v;
  }

  CreateTaskPane(url: string): WpsTaskPane {
    this.tick();
    const pane = new FakeTaskPane(this, url, this.panes.length + 1);
    this.panes.push(pane);
    return pane;
  }

  GetTaskPane(id: string | number): WpsTaskPane {
    this.tick();
    const pane = this.panes.find((p) => String(p.ID) === String(id));
    if (!pane) throw new FakeWpsError(`no task pane ${id}`);
    return pane;
  }
}

export class FakeTaskPane implements WpsTaskPane {
  DockPosition = 2;
  private visible = false;
  shown = 0;

  constructor(
    private readonly app: FakeWpsApp,
    readonly url: string,
    readonly ID: number,
  ) {}

  get Visible(): boolean {
    return this.visible;
  }

  set Visible(v: boolean) {
    this.visible = v;
    if (v && this.shown++ === 0) this.app.onShowPane?.(this);
  }
}

class FakeWorkbook implements WpsWorkbook {
  constructor(
    private readonly app: FakeWpsApp,
    readonly Name: string,
  ) {}

  get FullName(): string {
    this.app.tick();
    return `C:\\预算\\${this.Name}`;
  }

  get Date1904(): boolean {
    this.app.tick();
    return this.app.date1904;
  }

  get Worksheets(): WpsWorksheets {
    this.app.tick();
    const app = this.app;
    const live = () => app.sheets.filter((s) => !s.deleted);
    return {
      get Count() {
        app.tick();
        return live().length;
      },
      Item(index: number | string) {
        app.tick();
        const s = typeof index === 'number' ? live()[index - 1] : live().find((x) => x.name === index);
        if (!s) throw new FakeWpsError('下标越界');
        return new FakeWorksheet(app, s);
      },
      Add(before?: WpsWorksheet | null, after?: WpsWorksheet | null) {
        app.tick();
        let n = 1;
        while (live().some((s) => s.name === `Sheet${n}`)) n++;
        const s = new FakeWpsSheet(`Sheet${n}`);
        const anchor = (before ?? after) as FakeWorksheet | null | undefined;
        const at = anchor ? app.sheets.indexOf(anchor.model) + (after ? 1 : 0) : app.active ? app.sheets.indexOf(app.active) : 0;
        app.sheets.splice(at, 0, s);
        app.active = s;
        app.selection = { sheet: s.name, row: 0, col: 0 };
        return new FakeWorksheet(app, s);
      },
    };
  }
}

class FakeWorksheet implements WpsWorksheet {
  constructor(
    private readonly app: FakeWpsApp,
    readonly model: FakeWpsSheet,
  ) {}

  private live(): FakeWpsSheet {
    this.app.tick();
    if (this.model.deleted) throw new FakeWpsError('工作表已删除');
    return this.model;
  }

  get Name(): string {
    return this.live().name;
  }

  set Name(name: string) {
    const s = this.live();
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || this.app.sheets.some((o) => o !== s && !o.deleted && o.name === name)) throw new FakeWpsError('工作表名称无效或已存在');
    if (this.app.selection.sheet === s.name) this.app.selection.sheet = name;
    s.name = name;
  }

  get Visible(): number {
    return this.live().visible;
  }

  set Visible(v: number) {
    const s = this.live();
    s.visible = v;
    if (v !== -1 && this.app.active === s) {
      this.app.active = this.app.sheets.find((o) => !o.deleted && o.visible === -1);
      this.app.selection = { sheet: this.app.active?.name ?? '', row: 0, col: 0 };
    }
  }

  get UsedRange(): WpsRange {
    const s = this.live();
    return new FakeRange(this.app, s, s.used() ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  Range(address: string): WpsRange {
    const s = this.live();
    const r = parseRef(address);
    if (!r) throw new FakeWpsError(`无效的引用 ${address}`);
    return new FakeRange(this.app, s, r);
  }

  get Cells(): WpsRange {
    return new FakeRange(this.app, this.live(), { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 });
  }

  get Hyperlinks(): WpsHyperlinks {
    const s = this.live();
    return {
      Add: (anchor: WpsRange, _address: string, subAddress?: string, _tip?: string, text?: string) => {
        this.app.tick();
        const r = (anchor as FakeRange).range;
        s.hyperlinks.push({ row: r.top, col: r.left, subAddress: subAddress ?? '', text: text ?? '' });
        return undefined;
      },
    };
  }

  get Parent(): { readonly Name: string } {
    this.live();
    return { Name: this.app.workbookName };
  }

  Activate(): void {
    const s = this.live();
    if (s.visible !== -1) throw new FakeWpsError('隐藏的工作表不能激活');
    this.app.active = s;
    if (this.app.selection.sheet !== s.name) this.app.selection = { sheet: s.name, row: 0, col: 0 };
  }

  Delete(): void {
    const s = this.live();
    if (this.app.DisplayAlerts) throw new FakeWpsError('删除工作表会弹出确认对话框（DisplayAlerts 未关闭）');
    if (this.app.sheets.filter((o) => !o.deleted && o.visible === -1 && o !== s).length === 0) throw new FakeWpsError('工作簿至少要有一张可见工作表');
    s.deleted = true;
    this.app.sheets.splice(this.app.sheets.indexOf(s), 1);
    if (this.app.active === s) this.app.active = this.app.sheets.find((o) => o.visible === -1);
  }
}

class FakeRange implements WpsRange {
  constructor(
    private readonly app: FakeWpsApp,
    readonly sheet: FakeWpsSheet,
    readonly range: CellRange,
  ) {}

  private get r(): CellRange {
    this.app.tick();
    if (this.sheet.deleted) throw new FakeWpsError('工作表已删除');
    return this.range;
  }

  private cellsOf(r: CellRange): Array<FakeWpsCell | undefined> {
    const out: Array<FakeWpsCell | undefined> = [];
    for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) out.push(this.sheet.get(i, j));
    return out;
  }

  /** Stands in for a huge range (a whole column): the cells that exist in it, and whether any is missing. */
  private existing(r: CellRange): { cells: FakeWpsCell[]; complete: boolean } {
    if (area(r) <= 200000) {
      const all = this.cellsOf(r);
      return { cells: all.filter((c): c is FakeWpsCell => c !== undefined), complete: all.every((c) => c !== undefined) };
    }
    const cells: FakeWpsCell[] = [];
    for (const [k, c] of this.sheet.cells) {
      const [i, j] = k.split(',').map(Number) as [number, number];
      if (i >= r.top && i <= r.bottom && j >= r.left && j <= r.right) cells.push(c);
    }
    return { cells, complete: false };
  }

  get Row(): number {
    return this.r.top + 1;
  }

  get Column(): number {
    return this.r.left + 1;
  }

  get Rows(): WpsCount {
    const r = this.r;
    return { Count: r.bottom - r.top + 1 };
  }

  get Columns(): WpsCount {
    const r = this.r;
    return { Count: r.right - r.left + 1 };
  }

  private scalar(c: FakeWpsCell | undefined): WpsScalar {
    const v = c?.v;
    if (v === undefined) return undefined;
    if (typeof v === 'object') return COM_ERROR_BASE + (ERROR_NUMBERS[v.error] ?? 2015);
    return v;
  }

  get Value2(): WpsScalar | WpsScalar[][] {
    const r = this.r;
    if (area(r) > 5000000) throw new FakeWpsError('区域太大');
    if (r.top === r.bottom && r.left === r.right) return this.scalar(this.sheet.get(r.top, r.left));
    const rows: WpsScalar[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const row: WpsScalar[] = [];
      for (let j = r.left; j <= r.right; j++) row.push(this.scalar(this.sheet.get(i, j)));
      rows.push(row);
    }
    return rows;
  }

  set Value2(v: WpsScalar | WpsScalar[][]) {
    const r = this.r;
    const one = r.top === r.bottom && r.left === r.right;
    const rows: WpsScalar[][] = Array.isArray(v) ? v : Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => v));
    if (one && Array.isArray(v) && (v.length !== 1 || (v[0] ?? []).length !== 1)) throw new FakeWpsError('数组大小与区域不符');
    this.app.writeValues(this.sheet, r, rows);
  }

  get Formula(): string | string[][] {
    const r = this.r;
    const text = (c: FakeWpsCell | undefined) => (c?.v === undefined ? '' : typeof c.v === 'object' ? c.v.error : String(c.v));
    if (r.top === r.bottom && r.left === r.right) return text(this.sheet.get(r.top, r.left));
    const rows: string[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const row: string[] = [];
      for (let j = r.left; j <= r.right; j++) row.push(text(this.sheet.get(i, j)));
      rows.push(row);
    }
    return rows;
  }

  private textOf(c: FakeWpsCell | undefined): string {
    const v = c?.v;
    if (v === undefined) return '';
    if (typeof v === 'object') return v.error;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'number') return displayText(v, c?.fmt && c.fmt !== GENERAL ? c.fmt : undefined, this.app.date1904);
    return v;
  }

  get Text(): string | null {
    const r = this.r;
    const texts = new Set(this.cellsOf(r).map((c) => this.textOf(c)));
    return texts.size === 1 ? [...texts][0]! : null;
  }

  get NumberFormat(): string | null {
    const r = this.r;
    const { cells, complete } = this.existing(r);
    const formats = new Set(cells.map((c) => c.fmt ?? GENERAL));
    if (!complete) formats.add(GENERAL);
    return formats.size === 1 ? [...formats][0]! : null;
  }

  set NumberFormat(fmt: string | null) {
    const r = this.r;
    if (area(r) > 1000000) throw new FakeWpsError('区域太大');
    for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) this.sheet.set(i, j, { ...(this.sheet.get(i, j) ?? {}), fmt: fmt ?? GENERAL });
  }

  get MergeCells(): boolean | null {
    const r = this.r;
    const covered = this.sheet.merges.filter((m) => meets(m, r)).reduce((n, m) => n + area({ top: Math.max(m.top, r.top), left: Math.max(m.left, r.left), bottom: Math.min(m.bottom, r.bottom), right: Math.min(m.right, r.right) }), 0);
    return covered === 0 ? false : covered === area(r) ? true : this.app.partlyMergedIs;
  }

  get MergeArea(): WpsRange {
    const r = this.r;
    const m = this.sheet.merges.find((x) => x.top <= r.top && x.bottom >= r.top && x.left <= r.left && x.right >= r.left);
    return new FakeRange(this.app, this.sheet, m ?? { top: r.top, left: r.left, bottom: r.top, right: r.left });
  }

  get FormatConditions(): WpsFormatConditions {
    const r = this.r;
    const app = this.app;
    const sheet = this.sheet;
    const list = () => sheet.conditions.filter((cf) => meets(cf.range, r));
    return {
      get Count() {
        app.tick();
        return list().length;
      },
      Item(i: number) {
        app.tick();
        const cf = list()[i - 1];
        if (!cf) throw new FakeWpsError('下标越界');
        return new FakeConditionObject(app, sheet, cf);
      },
      Add(type: number, _operator?: number, formula1?: string) {
        app.tick();
        if (type === 2 && !formula1?.startsWith('=')) throw new FakeWpsError('公式无效');
        const cf: FakeCondition = { type, formula: formula1 ?? '', range: r };
        sheet.conditions.push(cf);
        return new FakeConditionObject(app, sheet, cf);
      },
    };
  }

  get EntireRow(): WpsRange {
    const r = this.r;
    return new FakeRange(this.app, this.sheet, { top: r.top, bottom: r.bottom, left: 0, right: MAX_COLS - 1 });
  }

  get Font(): WpsFont {
    const r = this.r;
    const sheet = this.sheet;
    const app = this.app;
    const each = (patch: Partial<FakeWpsCell>) => {
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) sheet.set(i, j, { ...(sheet.get(i, j) ?? {}), ...patch });
    };
    const common = <T,>(f: (c: FakeWpsCell | undefined) => T): T | null => {
      const s = new Set(this.cellsOf(r).map(f));
      return s.size === 1 ? [...s][0]! : null;
    };
    return {
      get Bold() {
        app.tick();
        return common((c) => c?.bold ?? false);
      },
      set Bold(v) {
        app.tick();
        each({ bold: Boolean(v) });
      },
      get Size() {
        app.tick();
        return common((c) => c?.size ?? 11);
      },
      set Size(v) {
        app.tick();
        each({ size: v ?? 11 });
      },
    };
  }

  get ColumnWidth(): number | null {
    const r = this.r;
    return this.sheet.widths.get(r.left) ?? 8.38;
  }

  set ColumnWidth(w: number | null) {
    const r = this.r;
    for (let j = r.left; j <= r.right; j++) this.sheet.widths.set(j, w ?? 8.38);
  }

  Item(row: number, col: number): WpsRange {
    const r = this.r;
    return new FakeRange(this.app, this.sheet, { top: r.top + row - 1, left: r.left + col - 1, bottom: r.top + row - 1, right: r.left + col - 1 });
  }

  Insert(shift?: number, copyOrigin?: number): void {
    const r = this.r;
    if (r.left !== 0 || r.right !== MAX_COLS - 1) throw new FakeWpsError('the fake models whole-row insertion only');
    if (shift !== undefined && shift !== -4121) throw new FakeWpsError('the fake models xlShiftDown only');
    this.app.insertRows(this.sheet, r.top, r.bottom - r.top + 1, copyOrigin ?? 0);
  }

  Merge(across?: boolean): void {
    const r = this.r;
    if (across) throw new FakeWpsError('the fake models Merge(false) only');
    const partial = this.sheet.merges.filter((m) => meets(m, r) && !inside(m, r));
    if (partial.length > 0) throw new FakeWpsError('不能对部分合并单元格执行此操作');
    for (let i = r.top; i <= r.bottom; i++) {
      for (let j = r.left; j <= r.right; j++) {
        if (i === r.top && j === r.left) continue;
        const c = this.sheet.get(i, j);
        if (c?.v !== undefined) {
          this.app.lostValues.push(`${a1(i, j)}=${String(c.v)}`);
          delete c.v;
        }
      }
    }
    this.sheet.merges = [...this.sheet.merges.filter((m) => !inside(m, r)), r];
  }

  Select(): void {
    const r = this.r;
    if (this.app.active !== this.sheet) throw new FakeWpsError('Range 类的 Select 方法无效');
    this.app.selection = { sheet: this.sheet.name, row: r.top, col: r.left };
  }

  ClearContents(): void {
    const r = this.r;
    this.app.writeValues(this.sheet, r, []);
  }
}

class FakeConditionObject implements WpsFormatCondition {
  constructor(
    private readonly app: FakeWpsApp,
    private readonly sheet: FakeWpsSheet,
    private readonly cf: FakeCondition,
  ) {}

  private live(): FakeCondition {
    this.app.tick();
    if (!this.sheet.conditions.includes(this.cf)) throw new FakeWpsError('条件格式已删除');
    return this.cf;
  }

  get Type(): number {
    return this.live().type;
  }

  get Formula1(): string {
    const cf = this.live();
    if (cf.type !== 2) throw new FakeWpsError('此类条件格式没有公式');
    return cf.formula;
  }

  get AppliesTo(): WpsRange {
    return new FakeRange(this.app, this.sheet, this.live().range);
  }

  get Interior(): WpsInterior {
    const cf = this.live();
    const app = this.app;
    return {
      get Color() {
        app.tick();
        return cf.color ?? 16777215;
      },
      set Color(v: number) {
        app.tick();
        cf.color = v;
      },
    };
  }

  Delete(): void {
    const cf = this.live();
    this.sheet.conditions = this.sheet.conditions.filter((x) => x !== cf);
  }
}

/** A workbook from rows of cells, for small tests: `{ name, rows: [['项目名称', '甲'], …], merges: ['B1:E1'] }`. */
export function fakeWps(sheets: Array<{ name: string; rows?: Array<Array<FakeWpsCell['v'] | FakeWpsCell | null>>; merges?: string[] }>): FakeWpsApp {
  const app = new FakeWpsApp();
  for (const def of sheets) {
    const s = app.addSheet(def.name);
    (def.rows ?? []).forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null || cell === undefined) return;
        s.set(r, c, typeof cell === 'object' && !('error' in cell) ? cell : { v: cell });
      }),
    );
    s.merges = (def.merges ?? []).map((m) => parseRef(m)!);
  }
  return app;
}
