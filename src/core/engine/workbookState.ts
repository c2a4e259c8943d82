/**
 * Results per sheet for a live session, and the decisions live checking needs: what a change
 * touches (one table's rows or the whole sheet), and which cell marks to add or remove.
 * Pure: the Excel adapter reads what the scope asks for and applies the mark plan.
 */
import { parseA1, rangeA1, splitCellRef } from '../grid/address';
import type { Grid } from '../grid/grid';
import { nearMisses, type NearMiss } from './explain';
import { STORE_SHEET, type Store } from '../store/document';
import type { Finding, Severity } from '../rules/types';
import { SEVERITY_RANK } from '../rules/types';
import type { Profile } from '../rules/profiles';
import { checkTable, checkWorkbook, recognizeSheet, sortFindings, summarize, type CheckResult, type RecognizedTable } from './check';
import { applyDismissals, dismissalFor } from './dismiss';

export interface SheetResult {
  sheet: string;
  tables: RecognizedTable[];
  /** Findings of this sheet, `table` being the index in `tables`. */
  findings: Finding[];
  /** Outside its tables: what looked like a table and why it was not read. */
  unread: NearMiss[];
}

export type ChangeKind = 'edit' | 'structure';

export type ChangeScope =
  /** Re-read rows top..bottom and re-check the table that was at `tableIndex`. */
  | { kind: 'table'; sheet: string; tableIndex: number; top: number; bottom: number }
  /** Re-read and re-check the whole sheet. */
  | { kind: 'sheet'; sheet: string; structural: boolean };

/** Rows below a table that still belong to it when typed into (a row added at its end). */
const GROWTH_ROWS = 5;

export class WorkbookState {
  private readonly sheets = new Map<string, SheetResult>();
  private order: string[] = [];
  /** Findings of the cross-table rules, worked out again after any sheet changes. */
  private cross: Finding[] | undefined;

  /** The workbook's store (roles taught to columns), as the host read it. */
  private store: Store | undefined;

  constructor(private profile: Profile) {}

  /** Uses the roles the user taught; the caller re-reads the sheets whose teaching changed. */
  setStore(store: Store | undefined): void {
    this.store = store;
  }

  setProfile(profile: Profile): void {
    this.profile = profile;
    this.cross = undefined;
    for (const s of this.sheets.values()) {
      s.findings = this.checkAll(s.tables);
    }
  }

  /** Replaces the results of a whole sheet from its grid. */
  setSheet(grid: Grid): SheetResult {
    // The store's own sheet is data, never a table.
    const tables = grid.sheet === STORE_SHEET ? [] : recognizeSheet(grid, this.store);
    const unread = grid.sheet === STORE_SHEET ? [] : nearMisses([grid], tables);
    const result: SheetResult = { sheet: grid.sheet, tables, findings: this.checkAll(tables), unread };
    this.sheets.set(grid.sheet, result);
    this.cross = undefined;
    if (!this.order.includes(grid.sheet)) this.order.push(grid.sheet);
    return result;
  }

  /** Keeps only these sheets, in this order (sheets deleted or renamed in Excel drop out). */
  keepSheets(names: string[]): void {
    for (const name of [...this.sheets.keys()]) if (!names.includes(name)) this.sheets.delete(name);
    this.order = names.filter((n) => this.sheets.has(n));
    this.cross = undefined;
  }

  /** Every table, in sheet order. */
  tables(): RecognizedTable[] {
    return this.order.flatMap((name) => this.sheets.get(name)?.tables ?? []);
  }

  sheet(name: string): SheetResult | undefined {
    return this.sheets.get(name);
  }

  private checkAll(tables: RecognizedTable[]): Finding[] {
    return tables.flatMap((t, i) => checkTable(t, this.profile).map((f) => ({ ...f, table: i })));
  }

  /**
   * Re-checks one table from a grid holding rows scope.top..scope.bottom. Returns false when the
   * rows no longer hold exactly one table starting where it did (a structural edit): the caller
   * then re-reads the sheet.
   */
  updateTable(scope: Extract<ChangeScope, { kind: 'table' }>, grid: Grid): boolean {
    const result = this.sheets.get(scope.sheet);
    const old = result?.tables[scope.tableIndex];
    if (!result || !old) return false;
    const found = recognizeSheet(grid, this.store);
    if (found.length !== 1 || found[0]!.range.top !== old.range.top) return false;
    const table = { ...found[0]!, index: old.index };
    result.tables[scope.tableIndex] = table;
    const others = result.findings.filter((f) => f.table !== scope.tableIndex);
    const mine = checkTable(table, this.profile).map((f) => ({ ...f, table: scope.tableIndex }));
    result.findings = sortFindings([...others, ...mine]);
    this.cross = undefined;
    return true;
  }

  /** What a change at `address` touches. */
  scopeFor(sheet: string, address: string, kind: ChangeKind): ChangeScope {
    const result = this.sheets.get(sheet);
    if (kind === 'structure' || !result) return { kind: 'sheet', sheet, structural: kind === 'structure' };
    const rows = rowSpan(address);
    if (!rows) return { kind: 'sheet', sheet, structural: false };
    const tables = result.tables;
    for (let i = 0; i < tables.length; i++) {
      const t = tables[i]!;
      const next = tables[i + 1];
      const limit = next ? next.range.top - 1 : t.range.bottom + GROWTH_ROWS;
      const bottom = Math.min(t.range.bottom + GROWTH_ROWS, limit);
      if (rows.top >= t.range.top && rows.bottom <= bottom) {
        return { kind: 'table', sheet, tableIndex: i, top: t.range.top, bottom };
      }
    }
    // Outside every table: it may start a new one.
    return { kind: 'sheet', sheet, structural: false };
  }

  /** Tables and findings of the whole workbook, in sheet order, as the CLI reports them. */
  result(): CheckResult {
    const out: CheckResult = { tables: [], findings: [] };
    for (const name of this.order) {
      const s = this.sheets.get(name);
      if (!s) continue;
      const base = out.tables.length;
      out.tables.push(...s.tables.map(summarize));
      out.findings.push(...s.findings.map((f) => ({ ...f, table: f.table === undefined ? undefined : base + f.table })));
    }
    out.findings.push(...this.crossTable());
    if (out.tables.length === 0) out.unrecognized = this.unread();
    return applyDismissals(out, this.store);
  }

  private unread(): NearMiss[] {
    return this.order.flatMap((name) => this.sheets.get(name)?.unread ?? []);
  }

  /** Findings of the rules across tables (figures that must agree across sheets). */
  crossTable(): Finding[] {
    if (!this.cross) {
      this.cross = checkWorkbook(this.tables(), this.profile, this.unread());
    }
    return this.cross;
  }

  /** Sheets that hold a cell of a cross-table finding: their marks follow changes on other sheets. */
  crossTableSheets(): Set<string> {
    const sheets = new Set<string>();
    for (const f of this.crossTable()) for (const ref of f.cells) sheets.add(splitCellRef(ref, f.sheet).sheet);
    return sheets;
  }

  /** The mark each cell of a sheet should carry: the highest severity among its findings. */
  marksFor(sheet: string, marked: ReadonlySet<Severity> = MARKED): Map<string, Severity> {
    const marks = new Map<string, Severity>();
    const mark = (cell: string, severity: Severity) => {
      const cur = marks.get(cell);
      if (!cur || SEVERITY_RANK[severity] > SEVERITY_RANK[cur]) marks.set(cell, severity);
    };
    // A dismissed finding is not marked.
    const s = this.sheets.get(sheet);
    for (const f of s?.findings ?? []) {
      if (!marked.has(f.severity)) continue;
      if (this.store?.dismissed.length && dismissalFor(this.store, f, f.table === undefined ? undefined : summarize(s!.tables[f.table]!).name)) continue;
      for (const cell of f.cells) mark(cell, f.severity);
    }
    // A cross-table finding marks its cells on every sheet it names.
    for (const f of this.crossTable()) {
      if (!marked.has(f.severity) || dismissalFor(this.store, f, undefined)) continue;
      for (const ref of f.cells) {
        const at = splitCellRef(ref, f.sheet);
        if (at.sheet === sheet) mark(at.cell, f.severity);
      }
    }
    return marks;
  }
}

/** Errors and warnings are marked in the sheet; info findings are listed in the pane only. */
export const MARKED: ReadonlySet<Severity> = new Set<Severity>(['error', 'warning']);

/** Rows an address covers (`E20`, `A5:F30`, `5:7`, with or without a sheet name). */
export function rowSpan(address: string): { top: number; bottom: number } | undefined {
  const ref = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = ref.replace(/\$/g, '').split(':');
  const row = (part: string | undefined): number | undefined => {
    if (!part) return undefined;
    if (/^\d+$/.test(part)) return Number(part) - 1;
    return parseA1(part)?.row;
  };
  const top = row(a);
  const bottom = b === undefined ? top : row(b);
  if (top === undefined || bottom === undefined) return undefined;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom) };
}

export interface ExistingMark {
  id: string;
  severity: Severity;
}

export interface MarkPlan {
  /** Conditional-format ids to delete. */
  remove: string[];
  /** Areas to mark (a cell, or a rectangle `D5:D9`), with their severity. */
  add: Array<{ cell: string; severity: Severity }>;
}

/**
 * The flagged cells as rectangles, one mark each: a conditional format covers one rectangle on
 * ExcelApi 1.7, and one per cell would grow without bound on a large workbook. Runs down a column
 * first, then side-by-side runs of the same rows and severity join into one rectangle.
 */
export function markAreas(cells: ReadonlyMap<string, Severity>): Map<string, Severity> {
  const bySeverity = new Map<Severity, Array<{ row: number; col: number }>>();
  for (const [cell, severity] of cells) {
    const p = parseA1(cell);
    if (!p) continue;
    let list = bySeverity.get(severity);
    if (!list) bySeverity.set(severity, (list = []));
    list.push(p);
  }
  const out = new Map<string, Severity>();
  for (const [severity, list] of bySeverity) {
    list.sort((a, b) => a.col - b.col || a.row - b.row);
    // Vertical runs, per column.
    const runs: Array<{ top: number; bottom: number; left: number; right: number }> = [];
    for (const p of list) {
      const last = runs[runs.length - 1];
      if (last && last.left === p.col && last.bottom === p.row - 1) last.bottom = p.row;
      else runs.push({ top: p.row, bottom: p.row, left: p.col, right: p.col });
    }
    // Runs of the same rows in adjacent columns join.
    const areas: typeof runs = [];
    const open = new Map<string, (typeof runs)[number]>(); // by rows and the column it would join
    for (const run of runs) {
      const key = `${run.top},${run.bottom},${run.left}`;
      let area = open.get(key);
      if (area) {
        open.delete(key);
        area.right = run.right;
      } else {
        area = { ...run };
        areas.push(area);
      }
      open.set(`${area.top},${area.bottom},${area.right + 1}`, area);
    }
    for (const a of areas) out.set(rangeA1(a), severity);
  }
  return out;
}

/** The smallest change from the marks a sheet has to the marks it should have. */
export function planMarks(existing: ReadonlyMap<string, ExistingMark>, desired: ReadonlyMap<string, Severity>): MarkPlan {
  const plan: MarkPlan = { remove: [], add: [] };
  for (const [cell, mark] of existing) {
    if (desired.get(cell) !== mark.severity) plan.remove.push(mark.id);
  }
  for (const [cell, severity] of desired) {
    if (existing.get(cell)?.severity !== severity) plan.add.push({ cell, severity });
  }
  plan.add.sort((x, y) => cellOrder(x.cell) - cellOrder(y.cell));
  return plan;
}

function cellOrder(cell: string): number {
  const p = parseA1(cell.split(':')[0]!);
  return p ? p.row * 20000 + p.col : 0;
}

/** Rows `top..bottom` split into blocks of at most `cellBudget` cells for `columns` columns. */
export function rowBlocks(top: number, bottom: number, columns: number, cellBudget: number): Array<{ top: number; bottom: number }> {
  const perBlock = Math.max(1, Math.floor(cellBudget / Math.max(1, columns)));
  const blocks: Array<{ top: number; bottom: number }> = [];
  for (let r = top; r <= bottom; r += perBlock) blocks.push({ top: r, bottom: Math.min(bottom, r + perBlock - 1) });
  return blocks;
}

