/**
 * Recognises project performance target tables (`project/ningxia`, `project/hebei`) in a Grid
 * from cell values alone; merged areas are not needed. Several tables per sheet are found by
 * their indicator header rows (一级指标 · 二级指标 · 三级指标 · 指标值), and each table's header
 * section is read upwards from there to its 项目名称 / 项目编码 anchor.
 */
import Decimal from 'decimal.js';
import { rangeA1 } from '../grid/address';
import type { Grid } from '../grid/grid';
import type {
  FieldCell,
  FundField,
  IndicatorHeader,
  IndicatorRow,
  Level1Id,
  Level2Id,
  LevelCell,
  ProjectLayout,
  ProjectTable,
  SpendingPlanPoint,
} from '../model';
import { fieldCell } from './fieldCell';
import { isBlank, normalizeLabel } from '../text';
import { emptyParse, parseAmount, parseIndicatorValue, unitInName, withNameUnit } from '../values/parse';
import {
  headerColumnNorm,
  isGridSideLabelNorm,
  isTitleNorm,
  isTrailerNorm,
  parseLevel1,
  parseLevel2,
  sectionLabelNorm,
  unitFactor,
  unitLineNorm,
  yearLineNorm,
  type SectionLabel,
} from './labels';

/** A non-empty cell of a row, with its normalised text and label worked out once, when first asked. */
class RowCell {
  private normText: string | undefined;
  private labelValue: SectionLabel | null | undefined;
  constructor(
    readonly col: number,
    readonly text: string,
  ) {}

  /** `normalizeLabel(text)`. */
  get norm(): string {
    return (this.normText ??= normalizeLabel(this.text));
  }

  /** The section label the cell holds, if any. Long prose is never a label. */
  get label(): SectionLabel | undefined {
    if (this.labelValue === undefined) this.labelValue = this.text.length > 80 ? null : (sectionLabelNorm(this.norm) ?? null);
    return this.labelValue ?? undefined;
  }
}

function labelOf(c: RowCell): SectionLabel | undefined {
  return c.label;
}

/** Non-empty cells of one row, read once. */
class RowReader {
  private readonly cache: Array<RowCell[] | undefined> = [];
  constructor(readonly grid: Grid) {}

  /** True when the row has at least `min` short cells that could be indicator headings. */
  mayBeHeader(row: number, min: number): boolean {
    let n = 0;
    for (let c = 0; c < this.grid.colCount; c++) {
      const t = this.grid.text(row, c);
      if (t !== '' && t.length <= 24 && HEADING_CHARS.test(t) && ++n >= min) return true;
    }
    return false;
  }

  /** Forgets rows before `row`: a finished table's cells need not live on. */
  release(from: number, to: number): void {
    for (let r = from; r < to; r++) this.cache[r] = undefined;
  }

  cells(row: number): RowCell[] {
    let cells = this.cache[row];
    if (!cells) {
      cells = [];
      for (let c = 0; c < this.grid.colCount; c++) {
        const t = this.grid.text(row, c);
        if (!isBlank(t)) cells.push(new RowCell(c, t));
      }
      this.cache[row] = cells;
    }
    return cells;
  }

  field(row: number, col: number): FieldCell {
    return fieldCell(this.grid, row, col);
  }
}

const HEADING_CHARS = /[指值据述明释]/;

interface HeaderHit {
  header: IndicatorHeader;
  layout: ProjectLayout;
}

function findHeader(cells: RowCell[], row: number): HeaderHit | undefined {
  if (cells.length < 4) return undefined;
  const cols: Partial<Record<string, number>> = {};
  for (const cell of cells) {
    // Every heading has one of these characters; skip the rest without normalising them.
    if (cell.text.length > 24 || !HEADING_CHARS.test(cell.text)) continue;
    const h = headerColumnNorm(cell.norm);
    if (h && cols[h] === undefined) cols[h] = cell.col;
  }
  const { level1, level2, level3, value } = cols;
  if (level1 === undefined || level2 === undefined || level3 === undefined || value === undefined) return undefined;
  if (!(level1 < level2 && level2 < level3 && level3 < value)) return undefined;
  const header: IndicatorHeader = {
    row,
    level1Col: level1,
    level2Col: level2,
    level3Col: level3,
    valueCol: value,
    lastCol: Math.max(...cells.map((c) => c.col)),
  };
  if (cols.description !== undefined) header.descriptionCol = cols.description;
  if (cols.basis !== undefined) header.basisCol = cols.basis;
  const layout: ProjectLayout =
    header.descriptionCol !== undefined || header.basisCol !== undefined ? 'project/hebei' : 'project/ningxia';
  return { header, layout };
}

function isAnchorRow(cells: RowCell[]): boolean {
  return cells.some((c) => {
    const l = labelOf(c);
    return l?.kind === 'projectName' || l?.kind === 'projectCode';
  });
}

function isTitleLike(cells: RowCell[]): boolean {
  if (cells.length === 0) return false;
  return cells.every(
    (c) =>
      isTitleNorm(c.norm) ||
      yearLineNorm(c.norm) !== undefined ||
      unitLineNorm(c.norm) !== undefined ||
      c.norm.startsWith('附件') ||
      // A year line not filled in yet: `（    年度）`.
      /^\(?年度\)?$/.test(c.norm),
  );
}

function hasSectionLabel(cells: RowCell[]): boolean {
  return cells.some((c) => labelOf(c) !== undefined);
}

/** Finds every project table of the grid. */
export function recognizeProjectTables(grid: Grid): ProjectTable[] {
  const reader = new RowReader(grid);
  const hits: HeaderHit[] = [];
  const headerRows = new Set<number>();
  for (let r = grid.firstRow; r < grid.rowCount; r++) {
    // Most rows are not headings: look at the raw text before building the row's cells.
    if (!reader.mayBeHeader(r, 4)) continue;
    const hit = findHeader(reader.cells(r), r);
    if (hit) {
      headerRows.add(r);
      // A header repeated after a page break belongs to the table above it.
      const prev = hits[hits.length - 1];
      if (prev && !hasContentBetweenTables(reader, prev.header.row, r)) continue;
      hits.push(hit);
    }
  }

  // Where each table's header section starts.
  const starts: number[] = hits.map((hit, i) => {
    const lowerBound = i === 0 ? grid.firstRow : hits[i - 1]!.header.row + 1;
    return sectionStart(reader, hit.header.row, lowerBound);
  });

  const tables: ProjectTable[] = [];
  hits.forEach((hit, i) => {
    const upperBound = i + 1 < hits.length ? starts[i + 1]! - 1 : grid.rowCount - 1;
    tables.push(buildTable(reader, hit, starts[i]!, upperBound, tables.length, headerRows));
    reader.release(starts[i]!, upperBound + 1);
  });
  return tables;
}

/**
 * True when a table's header section lies between two header rows. Scans upwards from the later
 * header, where a new table's labelled rows are, so the common case stops within a few rows.
 */
function hasContentBetweenTables(reader: RowReader, from: number, to: number): boolean {
  for (let r = to - 1; r > from; r--) {
    const cells = reader.cells(r);
    if (isTitleLike(cells) || hasSectionLabel(cells)) return true;
  }
  return false;
}

function sectionStart(reader: RowReader, headerRow: number, lowerBound: number): number {
  let anchor = -1;
  for (let r = headerRow - 1; r >= lowerBound; r--) {
    if (isAnchorRow(reader.cells(r))) {
      anchor = r;
      break;
    }
  }
  if (anchor < 0) {
    // A half-filled table without 项目名称: take the labelled rows directly above the header.
    anchor = headerRow;
    for (let r = headerRow - 1; r >= lowerBound; r--) {
      const cells = reader.cells(r);
      if (cells.length === 0) continue;
      if (hasSectionLabel(cells)) anchor = r;
      else if (!isTitleLike(cells)) break;
    }
  }
  let start = anchor;
  for (let r = anchor - 1; r >= lowerBound; r--) {
    const cells = reader.cells(r);
    if (cells.length === 0) continue;
    if (isTitleLike(cells)) start = r;
    else break;
  }
  return start;
}

function buildTable(
  reader: RowReader,
  hit: HeaderHit,
  start: number,
  upperBound: number,
  index: number,
  headerRows: ReadonlySet<number>,
): ProjectTable {
  const { header, layout } = hit;
  const grid = reader.grid;
  const unplaced: FieldCell[] = [];

  // Header section: title lines, then labelled rows.
  let title: FieldCell | undefined;
  let year: number | undefined;
  let amountUnit = '万元';
  const labelRows: number[] = [];
  for (let r = start; r < header.row; r++) {
    const cells = reader.cells(r);
    if (cells.length === 0) continue;
    if (isTitleLike(cells)) {
      for (const c of cells) {
        if (isTitleNorm(c.norm) && !title) title = reader.field(r, c.col);
        year ??= yearLineNorm(c.norm);
        const u = unitLineNorm(c.norm);
        if (u) amountUnit = u;
      }
      continue;
    }
    labelRows.push(r);
  }

  const table: ProjectTable = {
    kind: layout,
    sheet: grid.sheet,
    index,
    range: { top: start, left: 0, bottom: header.row, right: header.lastCol },
    rangeA1: '',
    amountUnit,
    fields: {},
    funds: {},
    spendingPlan: [],
    header,
    indicators: [],
    unplaced,
  };
  if (title) table.title = title;
  readSection(reader, table, labelRows);
  if (year !== undefined) table.year = year;
  else {
    const y = findBudgetYear(reader, labelRows);
    if (y !== undefined) table.year = y;
  }

  readIndicators(reader, table, upperBound, headerRows);

  // Extent of the table.
  let left = Number.MAX_SAFE_INTEGER;
  let right = 0;
  const bottom = table.indicators.length > 0 ? Math.max(header.row, lastIndicatorRow(table)) : header.row;
  for (let r = start; r <= bottom; r++) {
    for (const c of reader.cells(r)) {
      left = Math.min(left, c.col);
      right = Math.max(right, c.col);
    }
  }
  if (left === Number.MAX_SAFE_INTEGER) left = header.level1Col;
  table.range = { top: start, left, bottom, right };
  table.rangeA1 = rangeA1(table.range);
  return table;
}

function lastIndicatorRow(t: ProjectTable): number {
  let last = t.header.row;
  for (const i of t.indicators) last = Math.max(last, i.row);
  for (const u of t.unplaced) if (u.row > t.header.row) last = Math.max(last, u.row);
  return last;
}

function findBudgetYear(reader: RowReader, rows: number[]): number | undefined {
  for (const r of rows) {
    for (const c of reader.cells(r)) {
      const y = yearLineNorm(c.norm);
      if (y !== undefined) return y;
    }
  }
  return undefined;
}

/** Reads label → value pairs of the header section. */
function readSection(reader: RowReader, table: ProjectTable, rows: number[]): void {
  const factor = () => unitFactor(table.amountUnit);
  let lastLabelKind: SectionLabel['kind'] | undefined;
  const consumed = new Set<number>();

  for (const r of rows) {
    if (consumed.has(r)) continue;
    const cells = reader.cells(r);
    const labelled = cells.map((c) => ({ cell: c, label: labelOf(c) }));

    if (!labelled.some((l) => l.label)) {
      // A row without labels continues the row above: the use of funds (under
      // 预算规模及资金用途) or the rest of a long goal.
      if (lastLabelKind === 'fundTotal' || lastLabelKind === 'fiscalFunds' || lastLabelKind === 'otherFunds') {
        const first = cells[0];
        if (first && !table.fields.useOfFunds && table.kind === 'project/hebei') {
          table.fields.useOfFunds = { label: reader.field(r, first.col), value: reader.field(r, first.col) };
          for (const extra of cells.slice(1)) table.unplaced.push(reader.field(r, extra.col));
          continue;
        }
      }
      if (lastLabelKind === 'annualGoal') continue; // further lines of the goal
      for (const c of cells) table.unplaced.push(reader.field(r, c.col));
      continue;
    }

    if (labelled.some((l) => l.label?.kind === 'planPoint')) {
      // Month headings (3月底 …); their percentages are on the next row, blank or not.
      const points = labelled
        .filter((l) => l.label?.kind === 'planPoint')
        .map((l) => ({ col: l.cell.col, label: reader.field(r, l.cell.col) }));
      if (r + 1 < table.header.row) {
        readPlanValues(reader, table, points, r + 1);
        consumed.add(r + 1);
      }
      lastLabelKind = 'spendingPlan';
      continue;
    }

    for (let i = 0; i < labelled.length; i++) {
      const { cell, label } = labelled[i]!;
      if (!label) {
        // A value is consumed by the label before it; anything else is out of place.
        const prev = labelled[i - 1];
        if (!prev || !prev.label || prev.label.kind === 'fundGroup' || prev.label.kind === 'spendingPlan') {
          table.unplaced.push(reader.field(r, cell.col));
        }
        continue;
      }
      lastLabelKind = label.kind;
      if (label.kind === 'fundGroup') {
        if (label.unit) table.amountUnit = label.unit;
        continue;
      }
      if (label.kind === 'spendingPlan' || label.kind === 'planPoint') continue;
      const next = labelled[i + 1];
      const valueCell =
        label.inlineValue !== undefined
          ? reader.field(r, cell.col)
          : next && !next.label
            ? reader.field(r, next.cell.col)
            : reader.field(r, cell.col + 1);
      const labelCell = reader.field(r, cell.col);
      if (label.kind === 'fundTotal' || label.kind === 'fiscalFunds' || label.kind === 'otherFunds') {
        const key = label.kind === 'fundTotal' ? 'total' : label.kind === 'fiscalFunds' ? 'fiscal' : 'other';
        if (table.funds[key]) continue;
        const text = label.inlineValue ?? valueCell.text;
        const raw = label.inlineValue !== undefined ? label.inlineValue : valueCell.raw;
        const fund: FundField = { label: labelCell, value: valueCell, amount: parseAmount(text, raw, factor()) };
        table.funds[key] = fund;
      } else if (label.kind === 'projectName' && label.inlineValue !== undefined) {
        table.fields.projectName ??= { label: labelCell, value: { ...labelCell, text: label.inlineValue } };
      } else {
        table.fields[label.kind] ??= { label: labelCell, value: valueCell };
      }
    }
  }
}

function readPlanValues(
  reader: RowReader,
  table: ProjectTable,
  points: Array<{ col: number; label: FieldCell }>,
  row: number,
): void {
  const cells = reader.cells(row);
  const used = new Set<number>();
  points.forEach((p, i) => {
    const spanEnd = i + 1 < points.length ? points[i + 1]!.col - 1 : p.col;
    const inSpan = cells.filter((c) => c.col >= p.col && c.col <= spanEnd);
    const cell = inSpan[0] ? reader.field(row, inSpan[0].col) : reader.field(row, p.col);
    inSpan.forEach((c) => used.add(c.col));
    const point: SpendingPlanPoint = { label: p.label, value: cell, percent: readPercent(cell) };
    table.spendingPlan.push(point);
  });
  for (const c of cells) if (!used.has(c.col)) table.unplaced.push(reader.field(row, c.col));
}

function readPercent(cell: FieldCell): Decimal | null | 'invalid' {
  if (isBlank(cell.text)) return null;
  const p = parseIndicatorValue(cell.text, cell.raw);
  if (p.kind === 'percent' && p.low && !p.high) return p.low;
  if (p.kind === 'number' && p.low && !p.high) {
    // A bare fraction (0.3) or a bare percentage number (30).
    return p.low.lte(1) && typeof cell.raw === 'number' ? p.low.mul(100) : p.low;
  }
  return 'invalid';
}

/** Reads the indicator rows below the header until the table ends. */
function readIndicators(reader: RowReader, table: ProjectTable, upperBound: number, headerRows: ReadonlySet<number>): void {
  const h = table.header;
  // Each heading spans from its column to the next heading (merged headings, shifted values).
  const slots = (
    [
      ['level1', h.level1Col],
      ['level2', h.level2Col],
      ['level3', h.level3Col],
      ['value', h.valueCol],
      ['description', h.descriptionCol],
      ['basis', h.basisCol],
    ] as Array<[Slot, number | undefined]>
  )
    .filter((s): s is [Slot, number] => s[1] !== undefined)
    .sort((a, b) => a[1] - b[1]);
  const ends = slots.map((s, i) => (i + 1 < slots.length ? slots[i + 1]![1] - 1 : Number.MAX_SAFE_INTEGER));
  const slotIndex = slots.map(([name]) => SLOT_ORDER.indexOf(name));

  let level1: LevelCell | null = null;
  let level2: LevelCell | null = null;
  const found: Array<RowCell | undefined> = [undefined, undefined, undefined, undefined, undefined, undefined];

  for (let r = h.row + 1; r <= upperBound; r++) {
    const cells = reader.cells(r);
    if (cells.length === 0) continue;
    if (headerRows.has(r)) continue; // heading repeated after a page break
    // The next table's section starts after upperBound; here only notes and titles end a table.
    const first = cells[0]!;
    if (isTrailerNorm(first.norm) || isTitleLike(cells)) break;

    // One pass over the row: each cell goes to the first free slot whose span holds its column.
    found.fill(undefined);
    let stray: RowCell[] | undefined;
    let inGrid = false;
    for (const c of cells) {
      if (c.col < h.level1Col) {
        if (!isGridSideLabelNorm(c.norm)) (stray ??= []).push(c);
        continue;
      }
      inGrid = true;
      let k = 0;
      while (c.col > ends[k]!) k++;
      const slot = slotIndex[k]!;
      if (found[slot]) (stray ??= []).push(c);
      else found[slot] = c;
    }
    if (!inGrid) {
      // Only the side label column: `绩效指标` belongs; other text ends the table.
      if (!stray) continue;
      break;
    }
    const [l1, l2, l3, v, d, b] = found;
    // A stray line in the first column that is not an indicator level ends the table.
    if (!l2 && !l3 && !v && l1 && !parseLevel1(l1.text).level1 && !parseLevel2(l1.text).level2) break;
    if (stray) for (const c of stray) table.unplaced.push(reader.field(r, c.col));

    if (l1) {
      const label = parseLevel1(l1.text);
      level1 = { cell: reader.field(r, l1.col), id: label.level1 ?? null, required: label.required };
      if (!l2) level2 = null;
    }
    if (l2) {
      const label = parseLevel2(l2.text);
      level2 = { cell: reader.field(r, l2.col), id: label.level2 ?? null, required: label.required };
    }
    const level3 = reader.field(r, l3 ? l3.col : h.level3Col);
    const value = reader.field(r, v ? v.col : h.valueCol);
    const nameUnit = unitInName(level3.text);
    const parsed = isBlank(value.text) ? emptyParse(value.text) : withNameUnit(parseIndicatorValue(value.text, value.raw), nameUnit);
    const row: IndicatorRow = {
      row: r,
      level1: level1 as IndicatorRow['level1'],
      level2: level2 as IndicatorRow['level2'],
      level3,
      // `指标12：…` (a department table numbers its indicators) compares without the number.
      level3Key: normalizeLabel(level3.text).replace(/^指标\d+[:：]/, ''),
      value,
      parsed,
    };
    if (nameUnit) row.nameUnit = nameUnit;
    if (h.descriptionCol !== undefined) row.description = reader.field(r, d?.col ?? h.descriptionCol);
    if (h.basisCol !== undefined) row.basis = reader.field(r, b?.col ?? h.basisCol);
    table.indicators.push(row);
  }
}

type Slot = 'level1' | 'level2' | 'level3' | 'value' | 'description' | 'basis';
const SLOT_ORDER: readonly Slot[] = ['level1', 'level2', 'level3', 'value', 'description', 'basis'];

export type { Level1Id, Level2Id };
