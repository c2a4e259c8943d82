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
import { parseAmount } from '../values/parse';
import { fieldCell } from './fieldCell';

export type BudgetColumnRole = 'seq' | 'code' | 'name' | 'item' | 'amount';

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

export interface BudgetRow {
  row: number;
  code?: string;
  /** The 科目名称, or for tables of items (收支总表) the item of each half, by column. */
  names: Map<number, FieldCell>;
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
  columnRow: number;
  columns: BudgetColumn[];
  rows: BudgetRow[];
  /** Side-by-side halves (收入 | 支出): the item column and the amount columns of each. */
  halves: Array<{ group: string; itemCol: number; amountCols: number[] }>;
}

/** A 栏次 row: the label, then 1, 2, 3 … in consecutive columns. Returns its columns. */
function columnRow(grid: Grid, row: number): number[] | undefined {
  let labelCol = -1;
  for (let c = 0; c < grid.colCount; c++) {
    const t = grid.text(row, c);
    if (isBlank(t)) continue;
    if (normalizeLabel(t) === '栏次') labelCol = c;
    break;
  }
  if (labelCol < 0) return undefined;
  const cols: number[] = [];
  let expect = 1;
  for (let c = labelCol + 1; c < grid.colCount; c++) {
    const t = normalizeLabel(grid.text(row, c));
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
    .replace(/^\d{4}年(度)?/, '')
    .replace(/^.*?(单位|部门)(预算|决算)?(?=.*表$)/, '')
    .replace(/^\d{4}年(度)?/, '')
    .replace(/^(预算|决算)/, '');
  for (const [re, canonical] of SYNONYMS) if (re.test(name)) return canonical;
  return name;
}

export function recognizeBudgetTables(grid: Grid): BudgetTable[] {
  const tables: BudgetTable[] = [];
  for (let r = grid.firstRow; r < grid.rowCount; r++) {
    const cols = columnRow(grid, r);
    if (!cols) continue;
    const [seqCol, ...numbered] = cols as [number, ...number[]];

    // Headings: the rows above the 栏次 row up to the title or the unit line.
    const headingRows: number[] = [];
    let title: FieldCell | undefined;
    for (let h = r - 1; h >= Math.max(grid.firstRow, r - 6); h--) {
      const texts = numbered.concat(seqCol).map((c) => normalizeLabel(grid.text(h, c)));
      const first = normalizeLabel(grid.text(h, 0)) || texts.find((t) => t !== '') || '';
      if (/表$/.test(first) && !title) {
        title = fieldCell(grid, h, 0);
        break;
      }
      if (texts.some((t) => /预算年度|单位[:：]|^\d{6}/.test(t)) || [...Array(grid.colCount).keys()].some((c) => /预算年度|单位[:：]/.test(grid.text(h, c)))) {
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

    // Each column's heading (lowest text) and group (top row, carried right over blanks).
    const columns: BudgetColumn[] = [];
    const topRow = headingRows[0];
    let group = '';
    for (const c of numbered) {
      const texts = headingRows.map((h) => normalizeLabel(grid.text(h, c)));
      if (topRow !== undefined && texts[0]) group = texts[0];
      const heading = [...texts].reverse().find((t) => t !== '') ?? '';
      const role: BudgetColumnRole = /编码|代码/.test(heading)
        ? 'code'
        : /科目名称|^名称$/.test(heading)
          ? 'name'
          : /^项目$/.test(heading) || /^项目名称$/.test(heading)
            ? 'item'
            : 'amount';
      columns.push({ col: c, heading, group, role });
    }
    // `功能分类科目` over 编码 + 名称, or a 项目 column with no 名称: the first text column names the rows.
    if (!columns.some((c) => c.role === 'name' || c.role === 'item')) {
      const firstText = columns.find((c) => c.role === 'amount' && !/合计|小计|预算数|金额|支出|收入|经费|拨款|资金/.test(c.heading));
      if (firstText) firstText.role = 'item';
    }

    const halves = columns
      .filter((c) => c.role === 'item')
      .map((c, i, items) => {
        const next = items[i + 1]?.col ?? Number.MAX_SAFE_INTEGER;
        return { group: c.group, itemCol: c.col, amountCols: columns.filter((x) => x.role === 'amount' && x.col > c.col && x.col < next).map((x) => x.col) };
      });

    // Data rows, until a blank row, a note or the next table.
    const rows: BudgetRow[] = [];
    let end = r;
    for (let d = r + 1; d < grid.rowCount; d++) {
      const texts = [seqCol, ...numbered].map((c) => grid.text(d, c));
      if (texts.every((t) => isBlank(t))) break;
      const first = normalizeLabel(texts.find((t) => !isBlank(t)) ?? '');
      if (STOP.test(first) || /表$/.test(first) || columnRow(grid, d)) break;
      const codeCol = columns.find((c) => c.role === 'code');
      const code = codeCol ? normalizeLabel(grid.text(d, codeCol.col)) : '';
      const names = new Map<number, FieldCell>();
      for (const c of columns) if (c.role === 'name' || c.role === 'item') names.set(c.col, fieldCell(grid, d, c.col));
      const amounts = new Map<number, BudgetAmount>();
      for (const c of columns) {
        if (c.role !== 'amount') continue;
        const f = fieldCell(grid, d, c.col);
        amounts.set(c.col, { cell: f, amount: parseAmount(f.text, f.raw) });
      }
      const row: BudgetRow = { row: d, names, amounts };
      if (/^\d{3,}$/.test(code)) row.code = code;
      rows.push(row);
      end = d;
    }

    const top = title?.row ?? headingRows[0] ?? r;
    const right = Math.max(...numbered);
    const name = title ? stripPrefix(title.text) : structureName(columns, halves.length);
    const table: BudgetTable = {
      kind: `budget/${name}`,
      sheet: grid.sheet,
      index: tables.length,
      range: { top, left: Math.min(seqCol, title?.col ?? seqCol), bottom: end, right },
      rangeA1: '',
      name,
      columnRow: r,
      columns,
      rows,
      halves,
    };
    table.rangeA1 = rangeA1(table.range);
    if (title) table.title = title;
    tables.push(table);
    r = end;
  }
  return tables;
}

function structureName(columns: BudgetColumn[], halves: number): string {
  const h = new Set(columns.map((c) => c.heading));
  if (halves >= 2) return '收支总表';
  if (h.has('人员经费') || h.has('公用经费')) return '基本支出表';
  if (h.has('基本支出') && h.has('项目支出')) return '支出表';
  if ([...columns].some((c) => c.group === '本年收入')) return '收入总表';
  return '预算表';
}
