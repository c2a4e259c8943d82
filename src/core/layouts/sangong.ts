/**
 * Stand-alone "三公" tables (`2015年…部门“三公”经费情况统计表`, `…财政拨款“三公”经费预算表`), without a
 * 栏次 row, in either orientation:
 * - vertical: the lines (合计, 1.因公出国(境)费, 2.公务接待费, 3.公务用车购置及运行费, 其中:(1)购置费
 *   (2)运行(维护)费, 会议费, 培训费) down a label column, the figures (本年预算数, 上年预算数, 增减额,
 *   增减幅度(%), 预算数 against 决算数) across;
 * - horizontal: the lines as column headings (two heading rows when 公务用车 splits into 购置 · 运行),
 *   one row per figure below, its label in the first column.
 * Amounts are read into 万元 from the unit line or the headings (`单位:元`, `预算数(元)`).
 */
import type Decimal from 'decimal.js';
import { rangeA1 } from '../grid/address';
import type { Grid } from '../grid/grid';
import { sheetIndex, type FilledCell } from '../grid/sheetIndex';
import type { FieldCell } from '../model';
import { normalizeLabel } from '../text';
import { parseAmount, unitFactor, unitInName } from '../values/parse';
import type { BudgetTable, SangongFigures, SangongMeasureRole } from './budget';
import { fieldCell } from './fieldCell';
import { unitLineNorm } from './labels';
import { labelTest, SANGONG_VOCABULARY, type SangongLine } from './specs/tables';


const LINE_TESTS = Object.entries(SANGONG_VOCABULARY.lines).map(([line, labels]) => [line as SangongLine, labelTest(labels)] as const);
const MEASURE_TESTS = Object.entries(SANGONG_VOCABULARY.measures).map(([role, labels]) => [role as SangongMeasureRole, labelTest(labels)] as const);

/** A line's label without its numbering, `其中：` lead and quotes. */
function stem(norm: string): string {
  return norm.replace(/[“”"'‘’「」]/g, '').replace(/^((\d+|[一二三四五六七八九十]+)[.、．]|\(\d+\)|其中[:：]?)+/, '');
}

export function lineOf(norm: string): SangongLine | undefined {
  if (norm.length > 24) return undefined;
  const s = stem(norm);
  return LINE_TESTS.find(([, test]) => test(s))?.[0];
}

function measureRole(heading: string): SangongMeasureRole {
  return MEASURE_TESTS.find(([, test]) => test(heading))?.[0] ?? 'other';
}

const isSangongLine = (c: FilledCell) => {
  // Cheap test first: this runs on every cell of every sheet.
  if (!c.text.includes('公务') && !c.text.includes('出国')) return false;
  const l = lineOf(c.norm);
  return l === 'abroad' || l === 'reception' || l === 'vehicles';
};

/** The 三公 tables of a sheet outside the rows other tables took. */
export function recognizeSangongTables(grid: Grid, taken: (row: number) => boolean, firstIndex: number): BudgetTable[] {
  const index = sheetIndex(grid);
  const tables: BudgetTable[] = [];
  let after = -1;
  for (const r of index.rows) {
    if (r <= after) continue;
    const cells = index.cells(r);
    let any = false;
    for (let i = 0; i < cells.length && !any; i++) any = isSangongLine(cells[i]!);
    if (!any || taken(r)) continue;
    const lineCells = cells.filter(isSangongLine);
    let table: BudgetTable | undefined;
    if (lineCells.length >= 2) table = horizontal(grid, r, firstIndex + tables.length);
    else if (lineCells.length === 1 && lineCells[0] === cells[0]) table = vertical(grid, r, lineCells[0]!.col, firstIndex + tables.length);
    if (!table) continue;
    tables.push(table);
    after = table.range.bottom;
  }
  return tables;
}

interface Top {
  title?: FieldCell;
  factor: Decimal;
  unit: string;
  top: number;
}

/** Title and unit line above the headings. */
function above(grid: Grid, headingTop: number): Top {
  const index = sheetIndex(grid);
  let unit = '万元';
  let title: FieldCell | undefined;
  let top = headingTop;
  for (const h of index.rowsBetween(headingTop - 3, headingTop - 1).reverse()) {
    for (const c of index.cells(h)) {
      const u = c.text.includes('单位') ? unitLineNorm(c.norm) : undefined;
      if (u) {
        unit = u;
        top = h;
      } else if (!title && /三公/.test(c.norm) && /表$/.test(c.norm)) {
        title = fieldCell(grid, h, c.col);
        top = h;
      }
    }
    if (title) break;
  }
  const out: Top = { factor: unitFactor(unit), unit, top };
  if (title) out.title = title;
  return out;
}

function headingUnit(heading: string): string | undefined {
  const u = unitInName(heading);
  return u?.endsWith('元') ? u : undefined;
}

function table(grid: Grid, index: number, t: Top, figures: SangongFigures, bottom: number, left: number, right: number): BudgetTable {
  // The title from its fund and 三公 on: `某县…局2025年财政拨款“三公”经费预算表` → `财政拨款“三公”经费预算表`.
  const name = (t.title ? /(财政拨款|一般公共预算)?[“"]?三公.*$/.exec(normalizeLabel(t.title.text))?.[0] : undefined) ?? '“三公”经费表';
  const out: BudgetTable = {
    kind: `budget/${name}`,
    sheet: grid.sheet,
    index,
    range: { top: t.top, left, bottom, right },
    rangeA1: '',
    name,
    amountUnit: t.unit,
    columnRow: t.top,
    columns: [],
    rows: [],
    halves: [],
    sangong: figures,
  };
  out.rangeA1 = rangeA1(out.range);
  if (t.title) out.title = t.title;
  return out;
}

const isNote = (c: FilledCell | undefined) => c !== undefined && /^(注|备注|说明)[:：]?/.test(c.norm) && lineOf(c.norm) === undefined;

/** Lines down a label column from `first`; the headings are the rows just above the first line. */
function vertical(grid: Grid, first: number, labelCol: number, tableIndex: number): BudgetTable | undefined {
  const index = sheetIndex(grid);
  // A 合计 line may sit above the first item line.
  const prevRow = index.rows[index.firstAtOrAfter(first) - 1];
  const prevFirst = prevRow === undefined ? undefined : index.cells(prevRow).find((c) => c.col === labelCol);
  const start = prevRow !== undefined && prevFirst && lineOf(prevFirst.norm) === 'total' ? prevRow : first;
  // Heading rows: up to two filled rows above the first line, holding headings right of the labels.
  const headingRows = index.rowsBetween(start - 2, start - 1).filter((h) => index.cells(h).some((c) => c.col > labelCol && measureRole(c.norm) !== 'other'));
  if (headingRows.length === 0) return undefined;
  const cols = [...new Set(headingRows.flatMap((h) => index.cells(h).filter((c) => c.col > labelCol).map((c) => c.col)))].sort((a, b) => a - b);
  const t = above(grid, headingRows[0]!);
  const measures = cols.map((c) => {
    // The lowest heading over the column names it (`其中:公共预算财政拨款` under `本年预算数`).
    const texts = headingRows.map((h) => index.cells(h).find((x) => x.col === c)?.norm ?? '').filter((x) => x !== '');
    const heading = texts[texts.length - 1] ?? '';
    return { heading, role: /^其中/.test(heading) ? ('other' as const) : measureRole(heading), factor: headingUnit(heading) ? unitFactor(headingUnit(heading)!) : t.factor };
  });
  const lines: SangongFigures['lines'] = {};
  let bottom = start;
  for (const r of index.rowsBetween(start, grid.rowCount - 1)) {
    const cells = index.cells(r);
    const label = cells.find((c) => c.col === labelCol);
    const line = label ? lineOf(label.norm) : undefined;
    if (isNote(cells[0])) {
      bottom = r;
      break;
    }
    if (!line) break;
    bottom = r;
    lines[line] ??= cols.map((c, i) => {
      const cell = fieldCell(grid, r, c);
      return { cell, amount: measures[i]!.role === 'rate' ? parseRate(cell) : parseAmount(cell.text, cell.raw, measures[i]!.factor) };
    });
  }
  if (!lines.abroad && !lines.reception && !lines.vehicles) return undefined;
  const figures: SangongFigures = { orientation: 'vertical', measures: measures.map(({ heading, role }) => ({ heading, role })), lines };
  return table(grid, tableIndex, t, figures, bottom, labelCol, cols[cols.length - 1] ?? labelCol);
}

/** Lines across as headings (two rows when 公务用车 splits), one row per figure below. */
function horizontal(grid: Grid, headingRow: number, tableIndex: number): BudgetTable | undefined {
  const index = sheetIndex(grid);
  const next = index.rows[index.firstAtOrAfter(headingRow + 1)];
  const nextLines = next === undefined ? [] : index.cells(next).filter((c) => lineOf(c.norm) !== undefined);
  const headingRows = nextLines.length > 0 ? [headingRow, next!] : [headingRow];
  const lineCols = new Map<number, SangongLine>();
  for (const h of headingRows) for (const c of index.cells(h)) {
    const line = lineOf(c.norm);
    // `小计` under 公务用车 is the vehicles line; elsewhere it is the total.
    if (line) lineCols.set(c.col, line === 'total' && h !== headingRow ? 'vehicles' : line);
  }
  const firstLineCol = Math.min(...lineCols.keys());
  const t = above(grid, headingRow);
  const measures: SangongFigures['measures'] = [];
  const lines: SangongFigures['lines'] = {};
  let bottom = headingRows[headingRows.length - 1]!;
  for (const r of index.rowsBetween(bottom + 1, grid.rowCount - 1)) {
    const cells = index.cells(r);
    if (isNote(cells[0])) {
      bottom = r;
      break;
    }
    if (!cells.some((c) => lineCols.has(c.col) && parseAmount(c.text, grid.value(r, c.col)) !== 'invalid')) break;
    const label = cells.find((c) => c.col < firstLineCol);
    const heading = label?.norm ?? '预算数';
    const role = measureRole(heading);
    const factor = headingUnit(heading) ? unitFactor(headingUnit(heading)!) : t.factor;
    measures.push({ heading, role });
    for (const [col, line] of lineCols) {
      const cell = fieldCell(grid, r, col);
      (lines[line] ??= []).push({ cell, amount: role === 'rate' ? parseRate(cell) : parseAmount(cell.text, cell.raw, factor) });
    }
    bottom = r;
  }
  if (measures.length === 0) return undefined;
  const figures: SangongFigures = { orientation: 'horizontal', measures, lines };
  return table(grid, tableIndex, t, figures, bottom, Math.min(firstLineCol, ...index.cells(headingRow).map((c) => c.col)), Math.max(...lineCols.keys()));
}

/** A rate in percent: `12.5`, `12.5%`, or a fraction 0.125 typed as a percentage. */
function parseRate(cell: FieldCell): Decimal | null | 'invalid' {
  const text = cell.text.trim().replace(/%$/, '');
  return parseAmount(text, /%$/.test(cell.text.trim()) || typeof cell.raw !== 'number' ? text : cell.raw);
}
