/**
 * The in-memory workbook behind the fake Excel host: cells with values, formats and number
 * formats, merged areas, conditional formats, and Excel's shifting of all of them when rows are
 * inserted or deleted. Isomorphic (no Node APIs) so the browser test can use it too.
 */
import { parseA1, rangeA1 } from '../../../src/core/grid/address';
import { isErrorText, type CellRange } from '../../../src/core/grid/grid';

export type FakeValue = string | number | boolean;

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  fontName?: string;
  fontSize?: number;
  wrapText?: boolean;
  italic?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** The cell's borders, as exceljs writes them (`{"top":{"style":"thin"},…}`). */
  borders?: string;
}

export interface FakeCell {
  value: FakeValue | null;
  /** Error values are stored as their text (`#REF!`), as Excel's `values` reports them. */
  error?: boolean;
  numberFormat?: string;
  /** The displayed text; derived from value and number format when absent. */
  text?: string;
  format?: CellFormat;
  /** Range.hyperlink (ExcelApi 1.7): a link to a place in the workbook. */
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface FakeConditionalFormat {
  id: string;
  type: 'Custom' | 'CellValue' | 'ColorScale';
  range: CellRange;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface FakeSheetInit {
  name: string;
  cells?: Record<string, FakeCell | FakeValue>;
  merges?: string[];
  conditionalFormats?: Array<Omit<FakeConditionalFormat, 'id' | 'range'> & { range: string }>;
}

let cfCounter = 0;

export class FakeSheet {
  /** Column widths set through Range.format.columnWidth, in points, by column. */
  readonly columnWidths = new Map<number, number>();
  readonly cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  /** Excel's SheetVisibility: a very hidden sheet cannot be shown from Excel's menus. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  set(row: number, col: number, cell: FakeCell): void {
    this.cells.set(FakeSheet.key(row, col), cell);
  }

  setValue(row: number, col: number, value: FakeValue | null): void {
    const old = this.get(row, col);
    const cell: FakeCell = { ...(old ?? {}), value };
    delete cell.text;
    delete cell.error;
    if (typeof value === 'string' && isErrorText(value)) cell.error = true;
    this.set(row, col, cell);
  }

  /** The smallest range holding every non-empty cell (values only), or undefined. */
  usedRange(valuesOnly: boolean): CellRange | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const hasValue = cell.value !== null && cell.value !== '';
      if (!hasValue && (valuesOnly || !cell.format)) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  /** Excel shifts cells, merged areas and conditional formats down; a merge that spans the insertion point grows. */
  insertRows(at: number, count: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      moved.set(FakeSheet.key(r >= at ? r + count : r, c), cell);
    }
    this.cells.clear();
    for (const [k, v] of moved) this.cells.set(k, v);
    const shift = (m: CellRange): CellRange =>
      m.top >= at
        ? { ...m, top: m.top + count, bottom: m.bottom + count }
        : m.bottom >= at
          ? { ...m, bottom: m.bottom + count }
          : m;
    this.merges = this.merges.map(shift);
    this.conditionalFormats = this.conditionalFormats.map((cf) => ({ ...cf, range: shift(cf.range) }));
  }

  /** Excel removes the rows; merged areas and conditional formats shrink or disappear with them. */
  deleteRows(at: number, count: number): void {
    const end = at + count - 1;
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (r >= at && r <= end) continue;
      moved.set(FakeSheet.key(r > end ? r - count : r, c), cell);
    }
    this.cells.clear();
    for (const [k, v] of moved) this.cells.set(k, v);
    const shrink = (m: CellRange): CellRange | undefined => {
      if (m.top >= at && m.bottom <= end) return undefined;
      const top = m.top > end ? m.top - count : m.top >= at ? at : m.top;
      const removedInside = Math.max(0, Math.min(m.bottom, end) - Math.max(m.top, at) + 1);
      const bottom = m.bottom > end ? m.bottom - count : m.bottom - removedInside;
      return { ...m, top, bottom: Math.max(top, bottom) };
    };
    this.merges = this.merges.map(shrink).filter((m): m is CellRange => m !== undefined && (m.bottom > m.top || m.right > m.left));
    this.conditionalFormats = this.conditionalFormats
      .map((cf) => {
        const range = shrink(cf.range);
        return range ? { ...cf, range } : undefined;
      })
      .filter((cf): cf is FakeConditionalFormat => cf !== undefined);
  }

  addConditionalFormat(cf: Omit<FakeConditionalFormat, 'id'>): FakeConditionalFormat {
    const full = { ...cf, id: `{CF-${++cfCounter}}` };
    this.conditionalFormats.unshift(full);
    return full;
  }
}

export class FakeWorkbookModel {
  readonly sheets: FakeSheet[] = [];
  /** Opened read-only (or protected): every write is refused with AccessDenied. */
  readOnly = false;
  activeSheet = 0;
  selection: { sheet: string; address: string } = { sheet: '', address: 'A1' };
  private nextId = 1;

  static create(sheets: FakeSheetInit[]): FakeWorkbookModel {
    const wb = new FakeWorkbookModel();
    for (const s of sheets) {
      const sheet = wb.addSheet(s.name);
      for (const [addr, v] of Object.entries(s.cells ?? {})) {
        const p = parseA1(addr);
        if (!p) throw new Error(`bad address ${addr}`);
        if (typeof v === 'object' && v !== null) sheet.set(p.row, p.col, { ...v });
        else sheet.setValue(p.row, p.col, v);
      }
      for (const m of s.merges ?? []) sheet.merges.push(parseRange(m));
      for (const cf of s.conditionalFormats ?? []) sheet.addConditionalFormat({ ...cf, range: parseRange(cf.range) });
    }
    wb.selection = { sheet: wb.sheets[0]?.name ?? '', address: 'A1' };
    return wb;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name, `{SHEET-${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Excel refuses to delete the last visible sheet; the active sheet moves to a visible one. */
  deleteSheet(sheet: FakeSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (sheet.visibility === 'Visible' && visible.length <= 1) throw new Error('the only visible sheet');
    const active = this.sheets[this.activeSheet];
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const next = active === sheet ? this.sheets.find((s) => s.visibility === 'Visible') : active;
    this.activeSheet = Math.max(0, next ? this.sheets.indexOf(next) : 0);
  }

  /** A deep copy of everything the user owns (values, formats, merges, their own conditional formats). */
  snapshot(options: { ignoreConditionalFormatsMatching?: RegExp } = {}): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, JSON.parse(JSON.stringify(c))]),
      merges: s.merges.map(rangeA1).sort(),
      conditionalFormats: s.conditionalFormats
        .filter((cf) => !(options.ignoreConditionalFormatsMatching && cf.formula && options.ignoreConditionalFormatsMatching.test(cf.formula)))
        .map((cf) => ({ ...cf, range: rangeA1(cf.range) })),
    }));
  }
}

export function parseRange(ref: string): CellRange {
  const clean = ref.includes('!') ? ref.slice(ref.lastIndexOf('!') + 1) : ref;
  const [a, b] = clean.replace(/\$/g, '').split(':');
  // Whole rows (`5:7`) and whole columns (`E:E`).
  if (/^\d+$/.test(a ?? '') && /^\d+$/.test(b ?? '')) {
    return { top: Number(a) - 1, left: 0, bottom: Number(b) - 1, right: 16383 };
  }
  if (/^[A-Z]+$/i.test(a ?? '') && /^[A-Z]+$/i.test(b ?? '')) {
    const l = parseA1(`${a}1`)!.col;
    const r = parseA1(`${b}1`)!.col;
    return { top: 0, left: l, bottom: 1048575, right: r };
  }
  const p = parseA1(a ?? '');
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) throw new Error(`The argument is invalid or missing or has an incorrect format: ${ref}`);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** `Sheet1!A1:E31`, quoted when the name needs it, as Excel reports addresses. */
export function sheetAddress(sheet: string, range: CellRange): string {
  // Excel quotes names with spaces or punctuation (CJK letters count as letters).
  const needsQuote = /[\s'!,;:()[\]{}+\-*/=<>&^%$#@~`"|.]/.test(sheet) || /^\d/.test(sheet);
  return `${needsQuote ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${rangeA1(range)}`;
}

