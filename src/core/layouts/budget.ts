/**
 * Recognises the 单位预算 tables (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算…支出表,
 * 基本支出表, "三公"经费支出表 …) by their structure: a 栏次 row numbering the columns, the headings
 * above it, 科目编码/科目名称 or 项目 columns, income and expenditure halves side by side. The title
 * names the kind when there is one; the structure decides otherwise.
 */
import Decimal from 'decimal.js';
import { rangeA1 } from '../grid/address';
import type { CellRange, Grid } from '../grid/grid';
import type { FieldCell } from '../model';
import { isBlank, normalizeLabel } from '../text';
import { parseAmount, unitFactor, unitInName } from '../values/parse';
import { sheetIndex } from '../grid/sheetIndex';
import { fieldCell } from './fieldCell';
import { unitLineNorm } from './labels';
import { LIST_VOCABULARY, labelTest, type SangongLine } from './specs/tables';

/**
 * `amount`: a figure in 万元 that rows and columns sum; `reference`: a 万元 figure beside the sums
 * (a 政府采购 line's 预算资金, its 中小企业 share); `measure`: 数量 and 单价; `text`: catalogue
 * numbers, units of measure.
 */
export type BudgetColumnRole = 'seq' | 'code' | 'name' | 'item' | 'amount' | 'reference' | 'measure' | 'text';

export interface BudgetColumn {
  col: number;
  /** The lowest heading over the column (`小计`, `财政拨款收入`, `合计`). */
  heading: string;
  /** The heading of the group the column sits under (`本年收入`, `收入`, `支出`), if any. */
  group: string;
  role: BudgetColumnRole;
}

export interface BudgetAmount {
  cell: FieldCell;
  amount: Decimal | null | 'invalid';
}

/** A 科目编码: three digits or more. */
const SUBJECT_CODE = /^\d{3,}$/;

export interface BudgetRow {
  row: number;
  code?: string;
  /** The 科目名称, or for tables of items (收支总表) the item of each half, by column. */
  names: Map<number, FieldCell>;
  /** The figures of the `amount`, `reference` and `measure` columns, by column. */
  amounts: Map<number, BudgetAmount>;
}

export interface BudgetTable {
  kind: `budget/${string}`;
  sheet: string;
  index: number;
  range: CellRange;
  rangeA1: string;
  title?: FieldCell;
  /** The title without the 单位预算/部门预算 prefix, or the structure's name. */
  name: string;
  /** 单位：元 / 万元 from the unit line; amounts are read into 万元 whatever it says. */
  amountUnit: string;
  columnRow: number;
  columns: BudgetColumn[];
  rows: BudgetRow[];
  /** Side-by-side halves (收入 | 支出): the item column and the amount columns of each. */
  halves: Array<{ group: string; itemCol: number; amountCols: number[] }>;
  /**
   * A list of projects with amounts (专项资金安排表, 项目支出预算表): the fund its title names
   * (`省级第七批水利专项资金`), the title's year, and its 合计 row when it has one.
   */
  list?: { fundName: string; year?: number; itemCol: number; totalRow?: BudgetRow; items: BudgetRow[] };
  /** A stand-alone "三公" table without 栏次 (see sangong.ts): its lines and figures. */
  sangong?: SangongFigures;
}

export type SangongMeasureRole = 'current' | 'previous' | 'change' | 'rate' | 'other';

export interface SangongFigures {
  orientation: 'vertical' | 'horizontal';
  /** The figures of each line, in the order of `measures`. */
  measures: Array<{ heading: string; role: SangongMeasureRole }>;
  lines: Partial<Record<SangongLine, BudgetAmount[]>>;
}

/** A 栏次 row: the label, then 1, 2, 3 … in consecutive columns. Returns its columns. */
function columnRow(grid: Grid, row: number): number[] | undefined {
  const cells = sheetIndex(grid).cells(row);
  const first = cells[0];
  if (!first || normalizeLabel(first.text) !== '栏次') return undefined;
  const labelCol = first.col;
  const cols: number[] = [];
  let expect = 1;
  for (const cell of cells.slice(1)) {
    const c = cell.col;
    const t = normalizeLabel(cell.text);
    if (t === '') continue;
    if (t !== String(expect)) break;
    cols.push(c);
    expect++;
  }
  return cols.length >= 2 ? [labelCol, ...cols] : undefined;
}

const STOP = /^(注|说明|备注)[:：]/;

/** Renamings of the same table (决算 variants, 收入支出预算总表 …) → the name the rules use. */
const SYNONYMS: ReadonlyArray<[RegExp, string]> = [
  [/^收入支出(预算|决算)?总表$/, '收支总表'],
  [/^收支(预算|决算)总表$/, '收支总表'],
  [/^财政拨款收入支出(预算|决算)?总表$/, '财政拨款收支总表'],
  [/^收入(预算|决算)表$/, '收入总表'],
  [/^支出(预算|决算)表$/, '支出总表'],
  [/^一般公共预算(财政拨款)?基本支出(预算|决算)?表$/, '一般公共预算财政拨款基本支出表'],
  [/^一般公共预算(财政拨款)?支出(预算|决算)?表$/, '一般公共预算财政拨款支出表'],
];

function stripPrefix(title: string): string {
  const name = normalizeLabel(title)
    // A unit name and year in front (`中共某县委组织部2024年…表`).
    .replace(/^[^(（]*?\d{4}年(度)?(?=.*表$)/, '')
    .replace(/^.*?(单位|部门)(预算|决算)?(?=.*表$)/, '')
    .replace(/^\d{4}年(度)?/, '')
    .replace(/^(预算|决算)/, '');
  for (const [re, canonical] of SYNONYMS) if (re.test(name)) return canonical;
  return name;
}

/** Where a table's column headings end: the 栏次 row, or the last heading row of a table without one. */
interface Anchor {
  /** The unit line's unit (`单位：元`), when the rows above the headings have one. */
  unit?: string;
  columnRow: number;
  seqCol?: number;
  cols: number[];
  headingRows: number[];
  title?: FieldCell;
  /** Column roles a list's headings name (a list has no 栏次 and no structure to infer them from). */
  roles?: Map<number, BudgetColumnRole>;
}

/** The columns of a row that hold something (the sheet is read once, sparsely). */
function columnsOf(grid: Grid, row: number): number[] {
  return sheetIndex(grid).cells(row).map((c) => c.col);
}

/** The unit a row states (`单位：元`, `金额单位：万元`) in any of its cells. */
function unitOfRow(grid: Grid, row: number): string | undefined {
  for (const { text: t } of sheetIndex(grid).cells(row)) {
    if (!t.includes('单位')) continue;
    const u = unitLineNorm(normalizeLabel(t));
    if (u) return u;
  }
  return undefined;
}

/** A money unit written in a column heading: `预算数（元）`, `金额(万元)`. */
function unitOfHeading(heading: string): string | undefined {
  const unit = unitInName(heading);
  return unit?.endsWith('元') ? unit : undefined;
}

const PROCUREMENT_ITEM = /采购(物品|品目)(名称)?$|政府采购(目录|品目)/;

/**
 * A 政府采购预算表 without a 栏次 row: a heading row naming the purchased item (采购物品名称 /
 * 政府采购目录序号) and 数量, with the heading rows below it down to the first row of figures.
 */
function procurementAnchor(grid: Grid, row: number): Anchor | undefined {
  // Cheap test first: this runs on every row of every sheet.
  const cells = sheetIndex(grid).cells(row);
  let mention = false;
  for (let i = 0; i < cells.length && !mention; i++) mention = cells[i]!.text.includes('采购');
  if (!mention) return undefined;
  const texts = cells.map((c) => normalizeLabel(c.text));
  if (!texts.some((t) => PROCUREMENT_ITEM.test(t)) || !texts.includes('数量')) return undefined;
  const headingRows = [row];
  for (let h = row + 1; h < Math.min(grid.rowCount, row + 3); h++) {
    if (columnRow(grid, h)) return undefined; // a 栏次 row follows: the 栏次 reading takes the table
    const line = columnsOf(grid, h).map((c) => normalizeLabel(grid.text(h, c))).filter((t) => t !== '');
    if (line.length === 0 || /^(合计|总计)$/.test(line[0]!) || line.some((t) => parseAmount(t, t) instanceof Decimal)) break;
    headingRows.push(h);
  }
  const cols = [...new Set(headingRows.flatMap((h) => columnsOf(grid, h)))].sort((a, b) => a - b);
  let title: FieldCell | undefined;
  for (let h = row - 1; h >= Math.max(grid.firstRow, row - 4); h--) {
    const c = columnsOf(grid, h)[0];
    if (c !== undefined && /(表|预算|决算)$/.test(normalizeLabel(grid.text(h, c))) && /采购/.test(grid.text(h, c))) {
      title = fieldCell(grid, h, c);
      break;
    }
  }
  const anchor: Anchor = { columnRow: headingRows[headingRows.length - 1]!, cols, headingRows };
  if (title) anchor.title = title;
  for (let h = row - 1; h >= Math.max(grid.firstRow, row - 3) && !anchor.unit; h--) {
    const unit = unitOfRow(grid, h);
    if (unit) anchor.unit = unit;
  }
  return anchor;
}

/** The 栏次 row's table: headings above it up to the title or the unit line. */
function numberedAnchor(grid: Grid, r: number): Anchor | undefined {
  const cols = columnRow(grid, r);
  if (!cols) return undefined;
  const [seqCol, ...numbered] = cols as [number, ...number[]];
  const headingRows: number[] = [];
  let title: FieldCell | undefined;
  let unit: string | undefined;
  for (let h = r - 1; h >= Math.max(grid.firstRow, r - 6); h--) {
    const texts = numbered.concat(seqCol).map((c) => normalizeLabel(grid.text(h, c)));
    const first = normalizeLabel(grid.text(h, 0)) || texts.find((t) => t !== '') || '';
    if (/表$/.test(first) && !title) {
      title = fieldCell(grid, h, 0);
      break;
    }
    if (texts.some((t) => /预算年度|单位[:：]|^\d{6}/.test(t)) || columnsOf(grid, h).some((c) => /预算年度|单位[:：]/.test(grid.text(h, c)))) {
      unit ??= unitOfRow(grid, h);
      continue; // the unit line
    }
    if (texts.every((t) => t === '')) break;
    headingRows.unshift(h);
  }
  if (!title) {
    for (let h = r - 1; h >= Math.max(grid.firstRow, r - 8); h--) {
      const t = normalizeLabel(grid.text(h, 0));
      if (/表$/.test(t)) {
        title = fieldCell(grid, h, 0);
        break;
      }
    }
  }
  const anchor: Anchor = { columnRow: r, seqCol, cols: numbered, headingRows };
  if (title) anchor.title = title;
  if (unit) anchor.unit = unit;
  return anchor;
}

/** A blank row, a note, the next table's title or unit line (`单位：万元`), or its headings end a table. */
function endsTable(grid: Grid, d: number, scanned: readonly number[]): boolean {
  const texts = scanned.map((c) => grid.text(d, c));
  if (texts.every((t) => isBlank(t))) return true;
  const first = normalizeLabel(texts.find((t) => !isBlank(t)) ?? '');
  return STOP.test(first) || /表$|采购预算$/.test(first) || unitOfRow(grid, d) !== undefined || columnRow(grid, d) !== undefined || procurementAnchor(grid, d) !== undefined || halvesAnchor(grid, d) !== undefined || listAnchor(grid, d) !== undefined;
}

/** A column's role from its heading. */
function roleOf(heading: string): BudgetColumnRole {
  if (/目录|品目(编码|序号)|计量单位|规格/.test(heading)) return 'text';
  if (/编码|代码/.test(heading)) return 'code';
  if (/科目名称|^名称$|采购(物品|品目)(名称)?$|品目名称/.test(heading)) return 'name';
  if (/^项目$|^项目名称$/.test(heading)) return 'item';
  if (/^(数量|单价)$/.test(heading)) return 'measure';
  if (/^预算资金$|预留.*份额|中小微?企业/.test(heading)) return 'reference';
  return 'amount';
}

/** Columns whose cells are figures in 万元 or counts: read as numbers. */
const NUMERIC: ReadonlySet<BudgetColumnRole> = new Set(['amount', 'measure', 'reference']);

/** `taken`: rows of tables already read (project and department tables), where no budget table starts. */
export function recognizeBudgetTables(grid: Grid, taken: (row: number) => boolean = () => false): BudgetTable[] {
  const tables: BudgetTable[] = [];
  let after = -1;
  for (const r of sheetIndex(grid).rows) {
    if (r <= after || taken(r)) continue;
    const anchor = numberedAnchor(grid, r) ?? procurementAnchor(grid, r) ?? halvesAnchor(grid, r) ?? listAnchor(grid, r);
    if (!anchor) continue;
    const table = readTable(grid, anchor, tables.length);
    tables.push(table);
    after = table.range.bottom;
  }
  return tables;
}

function readTable(grid: Grid, anchor: Anchor, index: number): BudgetTable {
  const { columnRow: r, seqCol, cols: numbered, headingRows, title } = anchor;

  // Each column's heading (lowest text) and group (top row, carried right over blanks).
  const columns: BudgetColumn[] = [];
  const topRow = headingRows[0];
  let group = '';
  for (const c of numbered) {
    const texts = headingRows.map((h) => normalizeLabel(grid.text(h, c)));
    if (topRow !== undefined && texts[0]) group = texts[0];
    const heading = [...texts].reverse().find((t) => t !== '') ?? '';
    columns.push({ col: c, heading, group, role: anchor.roles?.get(c) ?? roleOf(heading) });
  }
  // `功能分类科目` over 编码 + 名称, or a 项目 column with no 名称: the first text column names the rows.
  if (!anchor.roles && !columns.some((c) => c.role === 'name' || c.role === 'item')) {
    const firstText = columns.find((c) => c.role === 'amount' && !/合计|小计|预算数|金额|支出|收入|经费|拨款|资金/.test(c.heading));
    if (firstText) firstText.role = 'item';
  }

  // Data rows, until a blank row, a note or the next table: found once, read below.
  const scanned = seqCol === undefined ? numbered : [seqCol, ...numbered];
  const dataRows: number[] = [];
  for (let d = r + 1; d < grid.rowCount && !endsTable(grid, d, scanned); d++) dataRows.push(d);

  // A label column is never an amount column: one whose cells are mostly words (a 收支总表 whose
  // 项目 headings were left blank) holds the items.
  for (const c of columns) {
    if (c.role !== 'amount') continue;
    let words = 0;
    let figures = 0;
    for (const d of dataRows.slice(0, 60)) {
      const t = grid.text(d, c.col);
      if (isBlank(t)) continue;
      if (parseAmount(t, grid.value(d, c.col)) === 'invalid') words++;
      else figures++;
    }
    if (words > figures) c.role = c.heading === '' || c.heading === c.group || /^项目/.test(c.heading) ? 'item' : 'text';
  }

  const halves = columns
    .filter((c) => c.role === 'item')
    .map((c, i, items) => {
      const next = items[i + 1]?.col ?? Number.MAX_SAFE_INTEGER;
      return { group: c.group, itemCol: c.col, amountCols: columns.filter((x) => x.role === 'amount' && x.col > c.col && x.col < next).map((x) => x.col) };
    });

  // Amounts in 万元: a unit in the column's heading wins over the unit line; counts have none.
  const amountUnit = anchor.unit ?? '万元';
  const factors = new Map(columns.map((c) => [c.col, c.heading === '数量' ? new Decimal(1) : unitFactor(unitOfHeading(c.heading) ?? amountUnit)]));

  const rows: BudgetRow[] = [];
  const codeCol = columns.find((c) => c.role === 'code');
  for (const d of dataRows) {
    const code = codeCol ? normalizeLabel(grid.text(d, codeCol.col)) : '';
    const names = new Map<number, FieldCell>();
    const amounts = new Map<number, BudgetAmount>();
    for (const c of columns) {
      if (c.role === 'name' || c.role === 'item' || (anchor.roles && !NUMERIC.has(c.role))) names.set(c.col, fieldCell(grid, d, c.col));
      if (!NUMERIC.has(c.role)) continue;
      const f = fieldCell(grid, d, c.col);
      amounts.set(c.col, { cell: f, amount: parseAmount(f.text, f.raw, factors.get(c.col)) });
    }
    const row: BudgetRow = { row: d, names, amounts };
    if (SUBJECT_CODE.test(code)) row.code = code;
    rows.push(row);
  }
  const end = dataRows[dataRows.length - 1] ?? r;

  const top = title?.row ?? headingRows[0] ?? r;
  const left = Math.min(...scanned, title?.col ?? Number.MAX_SAFE_INTEGER);
  const name = structureName(columns) ?? (title ? stripPrefix(title.text) : untitledName(columns));
  const table: BudgetTable = {
    kind: `budget/${name}`,
    sheet: grid.sheet,
    index,
    range: { top, left, bottom: end, right: Math.max(...numbered) },
    rangeA1: '',
    name,
    amountUnit,
    columnRow: r,
    columns,
    rows,
    halves,
  };
  table.rangeA1 = rangeA1(table.range);
  if (title) table.title = title;
  if (anchor.roles) table.list = listOf(table, anchor);
  return table;
}

/**
 * A 收支总表 without 栏次: a heading row with two 项目 columns, each followed by its amounts
 * (预算数, or 合计 · 一般公共预算 · 政府性基金 · 国有资本经营预算), under 收入 | 支出.
 */
function halvesAnchor(grid: Grid, row: number): Anchor | undefined {
  const index = sheetIndex(grid);
  const cells = index.cells(row);
  if (cells.length < 4) return undefined;
  let items = 0;
  for (const c of cells) {
    if (c.norm === '项目' || c.norm === '项目名称') items++;
    else if (!/预算|合计|小计|基金|资本|拨款|收入|支出|金额|决算/.test(c.norm) || c.text.length > 16) return undefined;
  }
  if (items !== 2) return undefined;
  const next = index.rows[index.firstAtOrAfter(row + 1)];
  if (next === undefined || columnRow(grid, next)) return undefined;
  const prev = index.rows[index.firstAtOrAfter(row) - 1];
  const groupRow = prev !== undefined && index.cells(prev).some((c) => /^收入/.test(c.norm)) && index.cells(prev).some((c) => /^支出/.test(c.norm)) ? prev : undefined;
  const headingRows = groupRow === undefined ? [row] : [groupRow, row];
  const anchor: Anchor = { columnRow: row, cols: cells.map((c) => c.col), headingRows };
  return withTitle(grid, anchor, groupRow ?? row);
}

/** The unit line and the title (a cell ending in 表) in the three rows above a heading row. */
function withTitle(grid: Grid, anchor: Anchor, headingTop: number): Anchor {
  const index = sheetIndex(grid);
  for (const h of index.rowsBetween(headingTop - 3, headingTop - 1).reverse()) {
    anchor.unit ??= unitOfRow(grid, h);
    const t = index.cells(h).find((c) => /表$/.test(c.norm));
    if (t) {
      anchor.title = fieldCell(grid, h, t.col);
      break;
    }
  }
  return anchor;
}

const L = LIST_VOCABULARY;
const LIST_ROLES: ReadonlyArray<[(n: string) => boolean, BudgetColumnRole | 'place']> = [
  [labelTest(L.seq), 'seq'],
  [labelTest(L.item), 'item'],
  [labelTest(L.amount), 'amount'],
  [labelTest(L.place), 'place'],
  [labelTest(L.note), 'text'],
];
const isListTotal = labelTest(L.total);

/** A list heading's column role (`place` is read as text), if the text is one. */
function listRole(norm: string): BudgetColumnRole | undefined {
  for (const [test, role] of LIST_ROLES) if (test(norm)) return role === 'place' ? 'text' : role;
  return undefined;
}

/**
 * A list's heading row: every cell a list heading (序号 · 乡镇 · 项目名称 · 金额 · 备注), with an item
 * and an amount column, and a row of figures below it.
 */
function listAnchor(grid: Grid, row: number): Anchor | undefined {
  const index = sheetIndex(grid);
  const cells = index.cells(row);
  if (cells.length < 2 || cells.length > 8) return undefined;
  // Cheap test first: this runs on every row of every sheet.
  for (let i = 0; i < cells.length; i++) if (cells[i]!.text.length > 12) return undefined;
  // Every cell a list heading: most rows fail on their first cell, before anything is built.
  for (let i = 0; i < cells.length; i++) if (listRole(cells[i]!.norm) === undefined) return undefined;
  const roles = new Map<number, BudgetColumnRole>();
  for (const c of cells) roles.set(c.col, listRole(c.norm)!);
  const roleList = [...roles.values()];
  // One item column (two are the halves of a 收支总表) and an amount column.
  if (roleList.filter((r) => r === 'item').length !== 1 || !roleList.includes('amount')) return undefined;
  const next = index.rows[index.firstAtOrAfter(row + 1)];
  if (next === undefined || columnRow(grid, next)) return undefined;
  const amountCol = [...roles].find(([, r]) => r === 'amount')![0];
  if (!(parseAmount(grid.text(next, amountCol), grid.value(next, amountCol)) instanceof Decimal)) return undefined;
  const anchor: Anchor = { columnRow: row, cols: cells.map((c) => c.col), headingRows: [row], roles };
  return withTitle(grid, anchor, row);
}

function listOf(table: BudgetTable, anchor: Anchor): NonNullable<BudgetTable['list']> {
  const itemCol = [...anchor.roles!].find(([, r]) => r === 'item')![0];
  const isTotal = (r: BudgetRow) => {
    const first = anchor.cols.map((c) => r.names.get(c)?.text ?? '').find((t) => !isBlank(t));
    return first !== undefined && isListTotal(normalizeLabel(first));
  };
  const title = table.title ? normalizeLabel(table.title.text) : '';
  const suffix = L.titleSuffixes.find((x) => title.endsWith(x));
  const fundName = (suffix ? table.name.slice(0, table.name.length - suffix.length) : table.name).replace(/^\d{4}年(度)?/, '');
  const year = /(20\d\d)年/.exec(title);
  const list: NonNullable<BudgetTable['list']> = { fundName, itemCol, items: table.rows.filter((r) => !isTotal(r)) };
  const total = table.rows.find(isTotal);
  if (total) list.totalRow = total;
  if (year) list.year = Number(year[1]);
  return list;
}

/** The kinds the structure alone decides, whatever the title says. */
function structureName(columns: BudgetColumn[]): string | undefined {
  if (columns.some((c) => c.role === 'name' && /采购/.test(c.heading)) && columns.some((c) => c.role === 'measure')) return '政府采购预算表';
  return undefined;
}

/** An untitled table named by its structure. */
function untitledName(columns: BudgetColumn[]): string {
  const halves = columns.filter((c) => c.role === 'item').length;
  const h = new Set(columns.map((c) => c.heading));
  if (halves >= 2) return '收支总表';
  if (h.has('人员经费') || h.has('公用经费')) return '基本支出表';
  if (h.has('基本支出') && h.has('项目支出')) return '支出表';
  if ([...columns].some((c) => c.group === '本年收入')) return '收入总表';
  return '预算表';
}
