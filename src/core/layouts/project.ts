/**
 * Recognises project performance target tables of every family in the spec registry from cell
 * values alone; merged areas are not needed. A table is found by its grid heading row (column roles:
 * 一级 · 二级 · 三级 · 指标值, with 计量单位 · 指标性质 · 分值 · 说明 columns, several value columns
 * or a 中期 block beside a 年度 block), and its header section is read upwards to its 项目名称 anchor.
 * A header block with no grid under it is a table too, so that the missing grid can be reported.
 */
import Decimal from 'decimal.js';
import { rangeA1 } from '../grid/address';
import type { Grid } from '../grid/grid';
import { sheetIndex, type FilledCell, type SheetIndex } from '../grid/sheetIndex';
import type {
  FieldCell,
  FundField,
  GridColumn,
  IndicatorBlock,
  IndicatorHeader,
  IndicatorRow,
  IndicatorValue,
  LevelCell,
  ProjectTable,
  SpendingPlanPoint,
} from '../model';
import { isBlank, normalizeLabel, normalizeSpacing } from '../text';
import { emptyParse, unitFactor, parseAmount, parseAmountBreakdown, parseIndicatorValue, unitInName, withNameUnit } from '../values/parse';
import { fieldCell } from './fieldCell';
import { isSpendingPlanNorm, isTitleNorm, isTrailerNorm, parseLevel1, parseLevel2, planMonth, unitLineNorm, yearLineNorm } from './labels';
import { PROJECT_SPECS, type ProjectLayout } from './specs';
import type { ColumnRole, ProjectSpec } from './specs/schema';
import type { TaughtRole } from '../store/document';
import { goalHeading, headerLabel, headingRole, isFundLine, isSideLabel, mayBeHeading, mayBeLabel, termOf, type HeaderLabel } from './vocabularyMatch';

type SectionLabel = HeaderLabel | { kind: 'spendingPlan' } | { kind: 'planPoint' };

type RowCell = FilledCell;

/** The header-section label a cell holds, if any, worked out once per cell. Long prose is never a label. */
function labelOf(c: RowCell): SectionLabel | undefined {
  if (c.memo === undefined) {
    c.memo =
      c.text.length > 80 || !mayBeLabel(c.text)
        ? null
        : planMonth(c.norm) !== undefined
          ? { kind: 'planPoint' }
          : isSpendingPlanNorm(c.norm)
            ? { kind: 'spendingPlan' }
            : (headerLabel(c.norm) ?? null);
  }
  return (c.memo as SectionLabel | null) ?? undefined;
}

/** Non-empty cells of one row, read once from the sheet's index. */
class RowReader {
  constructor(
    readonly grid: Grid,
    readonly index: SheetIndex,
    /** Roles the user taught for headings the vocabulary does not know (the workbook store). */
    readonly taught?: ReadonlyMap<string, TaughtRole>,
  ) {}

  /** A heading cell's role: the user's teaching first, then the vocabulary. */
  role(cell: RowCell): ColumnRole | undefined {
    const t = this.taught?.get(cell.norm);
    if (t !== undefined) return t === 'ignore' ? 'note' : t;
    return mayBeHeading(cell.text) ? headingRole(cell.norm) : undefined;
  }

  isTaught(cell: RowCell): boolean {
    return this.taught?.has(cell.norm) ?? false;
  }

  cells(row: number): readonly RowCell[] {
    return this.index.cells(row);
  }

  field(row: number, col: number): FieldCell {
    return fieldCell(this.grid, row, col);
  }
}

interface HeaderHit {
  header: IndicatorHeader;
  /** Headings of the grid, normalised, for telling the family. */
  headings: string[];
  sideLabel?: RowCell;
}

const BLOCK_ROLES: ReadonlySet<ColumnRole> = new Set(['level2', 'level3']);

/** Reads a grid heading row: the role of each column, its blocks and value columns. */
function findHeader(reader: RowReader, cells: readonly RowCell[], row: number): HeaderHit | undefined {
  if (cells.length < 3) return undefined;
  const roles: Array<{ cell: RowCell; role: ColumnRole | undefined }> = cells.map((cell) => ({
    cell,
    role: reader.role(cell),
  }));
  const firstLevel = roles.findIndex((r) => r.role === 'level1' || r.role === 'level2');
  if (firstLevel < 0 || !roles.some((r) => r.role === 'level3')) return undefined;

  let level1Col = -1;
  const blocks: Array<IndicatorBlock & { cols: GridColumn[]; unknown: RowCell[] }> = [];
  const newBlock = () => {
    const b = { level2Col: -1, level3Col: -1, valueCols: [] as number[], term: 'annual' as const, cols: [] as GridColumn[], unknown: [] as RowCell[] };
    blocks.push(b);
    return b;
  };
  let block = newBlock();
  for (const { cell, role } of roles.slice(firstLevel)) {
    const heading = reader.field(row, cell.col);
    if (role === 'level1') {
      if (level1Col < 0) level1Col = cell.col;
      continue;
    }
    if (role && BLOCK_ROLES.has(role)) {
      const taken = role === 'level2' ? block.level2Col >= 0 || block.level3Col >= 0 : block.level3Col >= 0;
      if (taken) block = newBlock();
      if (role === 'level2') block.level2Col = cell.col;
      else block.level3Col = cell.col;
      continue;
    }
    if (block.level3Col < 0 && !role) return undefined; // prose before the 三级 heading: no grid heading row
    const col: GridColumn = { col: cell.col, role: role ?? 'value', heading, block: blocks.length - 1, term: 'annual' };
    if (role && reader.isTaught(cell)) col.source = 'taught';
    if (!role) block.unknown.push(cell);
    else if (role === 'value') block.valueCols.push(cell.col);
    block.cols.push(col);
  }
  if (blocks.some((b) => b.level3Col < 0) || blocks[0]!.level2Col < 0) return undefined;

  // A block without a 指标值 heading has one value column per place (乡镇, 村): its unknown headings.
  for (const b of blocks) {
    const unknown = new Set(b.unknown.map((c) => c.col));
    if (b.valueCols.length === 0) {
      b.valueCols = b.cols.filter((c) => unknown.has(c.col)).map((c) => c.col);
      for (const c of b.cols) if (unknown.has(c.col)) c.label = normalizeSpacing(c.heading.text);
    } else {
      // Beside a 指标值 column, a heading nobody knows is a note column, not a value; the user may teach it.
      for (const c of b.cols) {
        if (!unknown.has(c.col)) continue;
        c.role = 'note';
        c.source = 'unknown';
      }
    }
    if (b.valueCols.length === 0) return undefined;
  }
  if (level1Col < 0) level1Col = Math.min(blocks[0]!.level2Col, blocks[0]!.level3Col);

  // Terms: a value heading that says 中期/年度, else the caption over the block (`中期滚动目标`), else
  // with two blocks the first is 中期 (the 批复表 order).
  blocks.forEach((b, i) => {
    const valueCols = b.cols.filter((c) => b.valueCols.includes(c.col));
    for (const c of valueCols) {
      const t = termOf(c.heading.text);
      if (t) c.term = t;
    }
    let term: 'annual' | 'medium' | undefined = valueCols.every((c) => termOf(c.heading.text) === 'medium') ? 'medium' : undefined;
    if (!term && blocks.length > 1) term = captionTerm(reader, row, Math.min(b.level2Col >= 0 ? b.level2Col : b.level3Col, b.level3Col)) ?? (i === 0 ? 'medium' : 'annual');
    b.term = term ?? 'annual';
    if (blocks.length > 1) for (const c of valueCols) if (!termOf(c.heading.text)) c.term = b.term;
    // Several values in one block: each is told by its heading.
    if (valueCols.length > 1) for (const c of valueCols) c.label ??= normalizeSpacing(c.heading.text);
  });

  const columns: GridColumn[] = [];
  columns.push({ col: level1Col, role: 'level1', heading: reader.field(row, level1Col), block: 0, term: 'annual' });
  blocks.forEach((b, i) => {
    if (b.level2Col >= 0) columns.push({ col: b.level2Col, role: 'level2', heading: reader.field(row, b.level2Col), block: i, term: b.term });
    columns.push({ col: b.level3Col, role: 'level3', heading: reader.field(row, b.level3Col), block: i, term: b.term });
    columns.push(...b.cols);
  });
  columns.sort((a, b) => a.col - b.col);

  const b0 = blocks[0]!;
  const first = (role: ColumnRole) => columns.find((c) => c.role === role)?.col;
  const header: IndicatorHeader = {
    row,
    level1Col,
    level2Col: b0.level2Col,
    level3Col: b0.level3Col,
    valueCol: b0.valueCols[0]!,
    columns,
    blocks: blocks.map(({ level2Col, level3Col, valueCols, term }) => ({ level2Col, level3Col, valueCols, term })),
    lastCol: Math.max(...cells.map((c) => c.col)),
  };
  const optional: Array<['descriptionCol' | 'basisCol' | 'operatorCol' | 'unitCol' | 'scoreCol', ColumnRole]> = [
    ['descriptionCol', 'description'],
    ['basisCol', 'basis'],
    ['operatorCol', 'operator'],
    ['unitCol', 'unit'],
    ['scoreCol', 'score'],
  ];
  for (const [key, role] of optional) {
    const c = first(role);
    if (c !== undefined) header[key] = c;
  }
  const side = roles.slice(0, firstLevel).find((r) => isSideLabel(r.cell.norm))?.cell;
  const hit: HeaderHit = { header, headings: cells.map((c) => c.norm) };
  if (side) hit.sideLabel = side;
  return hit;
}

/** The term a caption above a block's first column names (`中期滚动目标(2019年--2021年)` | `年度目标`). */
function captionTerm(reader: RowReader, headerRow: number, col: number): 'annual' | 'medium' | undefined {
  for (const r of reader.index.rowsBetween(headerRow - 4, headerRow - 1).reverse()) {
    const cells = reader.cells(r).filter((c) => c.col <= col);
    const nearest = cells[cells.length - 1];
    const t = nearest ? termOf(nearest.text) : undefined;
    if (t && nearest!.text.length <= 40) return t;
  }
  return undefined;
}

function isAnchorRow(cells: readonly RowCell[]): boolean {
  return cells.some((c) => {
    const k = labelOf(c)?.kind;
    return k === 'projectName' || k === 'projectCode';
  });
}

function isTitleLike(cells: readonly RowCell[]): boolean {
  if (cells.length === 0) return false;
  for (let i = 0; i < cells.length; i++) if (!isTitleCell(cells[i]!)) return false;
  return true;
}

// Patterns are module constants: a regular-expression literal inside a function is a new object
// each time it is evaluated, and these run on every cell of every grid row.
const CAPTION = /指标表$/;
const BLANK_YEAR_LINE = /^\(?年度\)?$/;

function isTitleCell(c: RowCell): boolean {
  const n = c.norm;
  return (
    isTitleNorm(n) ||
    yearLineNorm(n) !== undefined ||
    unitLineNorm(n) !== undefined ||
    n.startsWith('附件') ||
    // `绩效项目指标表`: a caption over the grid.
    (c.text.length <= 20 && CAPTION.test(n)) ||
    // A year line not filled in yet: `（    年度）`.
    BLANK_YEAR_LINE.test(n)
  );
}

function hasSectionLabel(cells: readonly RowCell[]): boolean {
  return cells.some((c) => labelOf(c) !== undefined);
}

/** `绩效指标(权重分值90分,其中产出指标权重分值50分…)`: the scores a table states above its grid. */
function isScoreStatement(cells: readonly RowCell[]): boolean {
  return cells.length === 1 && SCORE_STATEMENT.test(cells[0]!.norm) && SCORE.test(cells[0]!.norm);
}

const SCORE_STATEMENT = /^(绩效指标|年度绩效目标|绩效目标)/;
const SCORE = /\d+(\.\d+)?分/;

/** Finds every project table of the grid. */
export function recognizeProjectTables(grid: Grid, taught?: ReadonlyMap<string, TaughtRole>): ProjectTable[] {
  const index = sheetIndex(grid);
  const reader = new RowReader(grid, index, taught);
  const hits: HeaderHit[] = [];
  const headerRows = new Set<number>();
  for (const r of index.rows) {
    // Most rows are not headings: look at the raw text before building the row's cells.
    let n = 0;
    const raw = index.cells(r);
    for (let i = 0; i < raw.length; i++) if (mayBeHeading(raw[i]!.text) || (taught && taught.has(raw[i]!.norm))) n++;
    if (n < 3) continue;
    const hit = findHeader(reader, reader.cells(r), r);
    if (hit) {
      headerRows.add(r);
      // A header repeated after a page break belongs to the table above it.
      const prev = hits[hits.length - 1];
      if (prev && !hasContentBetweenTables(reader, prev.header.row, r)) continue;
      hits.push(hit);
    }
  }

  const starts: number[] = hits.map((hit, i) => {
    const lowerBound = i === 0 ? grid.firstRow : hits[i - 1]!.header.row + 1;
    return sectionStart(reader, hit.header.row, lowerBound);
  });

  const tables: ProjectTable[] = [];
  hits.forEach((hit, i) => {
    const upperBound = i + 1 < hits.length ? starts[i + 1]! - 1 : grid.rowCount - 1;
    // A header block with no grid of its own above this table's section.
    const lowerBound = i === 0 ? grid.firstRow : tables[tables.length - 1]!.range.bottom + 1;
    for (const t of headerOnlyTables(reader, lowerBound, starts[i]! - 1, tables.length)) tables.push(t);
    tables.push(buildTable(reader, hit, starts[i]!, upperBound, tables.length, headerRows));
  });
  const after = tables.length > 0 ? tables[tables.length - 1]!.range.bottom + 1 : grid.firstRow;
  for (const t of headerOnlyTables(reader, after, grid.rowCount - 1, tables.length)) tables.push(t);
  tables.forEach((t, i) => (t.index = i));
  return tables;
}

/**
 * True when a table's header section lies between two header rows. Scans upwards from the later
 * header, where a new table's labelled rows are, so the common case stops within a few rows.
 */
function hasContentBetweenTables(reader: RowReader, from: number, to: number): boolean {
  for (const r of reader.index.rowsBetween(from + 1, to - 1).reverse()) {
    const cells = reader.cells(r);
    if (isTitleLike(cells) || hasSectionLabel(cells)) return true;
  }
  return false;
}

function sectionStart(reader: RowReader, headerRow: number, lowerBound: number): number {
  const rows = reader.index.rowsBetween(lowerBound, headerRow - 1).reverse();
  let anchor = -1;
  for (const r of rows) {
    if (isAnchorRow(reader.cells(r))) {
      anchor = r;
      break;
    }
  }
  if (anchor < 0) {
    // A half-filled table without 项目名称: take the labelled rows directly above the header.
    anchor = headerRow;
    for (const r of rows) {
      const cells = reader.cells(r);
      if (hasSectionLabel(cells) || isScoreStatement(cells)) anchor = r;
      else if (!isTitleLike(cells)) break;
    }
  }
  let start = anchor;
  for (const r of reader.index.rowsBetween(lowerBound, anchor - 1).reverse()) {
    if (isTitleLike(reader.cells(r))) start = r;
    else break;
  }
  return start;
}

function emptyTable(reader: RowReader, start: number, header: IndicatorHeader | null, index: number): ProjectTable {
  return {
    kind: 'project/basic',
    sheet: reader.grid.sheet,
    index,
    range: { top: start, left: 0, bottom: start, right: 0 },
    rangeA1: '',
    // Every table has the same shape from the start (the rules read these on every table).
    title: undefined,
    year: undefined,
    mediumGoal: undefined,
    amountUnit: '万元',
    fields: {},
    funds: { total: undefined, medium: undefined, fiscal: undefined, other: undefined, sources: [] },
    spendingPlan: [],
    header,
    indicators: [],
    scores: { level1: {} },
    unplaced: [],
  };
}

/** Reads the title lines and labelled rows of a header section. */
function readHeaderSection(reader: RowReader, table: ProjectTable, start: number, end: number): void {
  let year: number | undefined;
  const labelRows: number[] = [];
  for (const r of reader.index.rowsBetween(start, end)) {
    const cells = reader.cells(r);
    if (isTitleLike(cells)) {
      for (const c of cells) {
        if (isTitleNorm(c.norm) && !table.title) table.title = reader.field(r, c.col);
        year ??= yearLineNorm(c.norm);
        const u = unitLineNorm(c.norm);
        if (u) table.amountUnit = u;
      }
      continue;
    }
    if (isScoreStatement(cells)) {
      readScoreStatement(reader.field(r, cells[0]!.col), table);
      continue;
    }
    labelRows.push(r);
  }
  readSection(reader, table, labelRows);
  year ??= findBudgetYear(reader, labelRows);
  // `秀屿区2025年省级第七批水利专项资金绩效目标表`: the year in the title.
  if (year === undefined && table.title) {
    const m = /(20\d\d)年(?!\d*月)/.exec(normalizeLabel(table.title.text));
    if (m) year = Number(m[1]);
  }
  if (year !== undefined) table.year = year;
}

const MIN_HEADER_ONLY_LABELS = 3;

/**
 * Header blocks (项目名称 and its fields) between `from` and `to` with no grid heading below them: a
 * table published without its indicators, or cut off. They are kept so the missing grid is reported.
 */
function headerOnlyTables(reader: RowReader, from: number, to: number, index: number): ProjectTable[] {
  if (to < from) return [];
  const rows = reader.index.rowsBetween(from, to);
  const anchors = rows.filter((r) => isAnchorRow(reader.cells(r)));
  const out: ProjectTable[] = [];
  anchors.forEach((a, i) => {
    const next = anchors[i + 1] ?? to + 1;
    const own = rows.filter((r) => r >= a && r < next);
    const kinds = new Set(own.flatMap((r) => reader.cells(r).map((c) => labelOf(c)?.kind)).filter((k) => k && k !== 'projectName' && k !== 'funds.heading'));
    if (kinds.size < MIN_HEADER_ONLY_LABELS) return;
    let start = a;
    for (const r of rows.filter((x) => x < a).reverse()) {
      if (isTitleLike(reader.cells(r))) start = r;
      else break;
    }
    const table = emptyTable(reader, start, null, index + out.length);
    const last = own[own.length - 1] ?? a;
    readHeaderSection(reader, table, start, last);
    table.kind = chooseFamily(table, undefined);
    setExtent(reader, table, start, last);
    out.push(table);
  });
  return out;
}

function buildTable(
  reader: RowReader,
  hit: HeaderHit,
  start: number,
  upperBound: number,
  index: number,
  headerRows: ReadonlySet<number>,
): ProjectTable {
  const { header } = hit;
  const table = emptyTable(reader, start, header, index);
  readHeaderSection(reader, table, start, header.row - 1);
  if (hit.sideLabel) readScoreStatement(reader.field(header.row, hit.sideLabel.col), table);
  readIndicators(reader, table, header, upperBound, headerRows);
  table.kind = chooseFamily(table, hit);
  const bottom = Math.max(header.row, lastIndicatorRow(table, header));
  setExtent(reader, table, start, bottom);
  if (table.range.left > header.level1Col) table.range = { ...table.range, left: header.level1Col };
  table.rangeA1 = rangeA1(table.range);
  return table;
}

function setExtent(reader: RowReader, table: ProjectTable, top: number, bottom: number): void {
  let left = Number.MAX_SAFE_INTEGER;
  let right = 0;
  for (const r of reader.index.rowsBetween(top, bottom)) {
    for (const c of reader.cells(r)) {
      left = Math.min(left, c.col);
      right = Math.max(right, c.col);
    }
  }
  if (left === Number.MAX_SAFE_INTEGER) left = 0;
  table.range = { top, left, bottom, right };
  table.rangeA1 = rangeA1(table.range);
}

/** Each family's evidence, read once: literal labels normalised, `/…/` labels compiled. */
const EVIDENCE = PROJECT_SPECS.map((spec) => ({
  spec,
  items: spec.identify.map((i) =>
    'feature' in i
      ? { feature: i.feature as string, weight: i.weight }
      : i.label.startsWith('/')
        ? { pattern: new RegExp(i.label.slice(1, -1)), weight: i.weight }
        : { label: normalizeLabel(i.label), weight: i.weight },
  ),
}));

/** The family whose identifying labels and features the table shows most. */
function chooseFamily(table: ProjectTable, hit: HeaderHit | undefined): ProjectLayout {
  const labels = new Set<string>(hit?.headings);
  for (const l of sectionLabels.get(table) ?? []) labels.add(l);
  const h = table.header;
  const features = new Set<string>();
  if (hit?.sideLabel) features.add('sideLabel');
  if (table.indicators.some((r) => r.level2?.tagged || r.level1?.tagged)) features.add('levelTags');
  if (h?.operatorCol !== undefined) features.add('operatorColumn');
  if (h?.unitCol !== undefined) features.add('unitColumn');
  if (h?.scoreCol !== undefined) features.add('scoreColumn');
  if (h?.columns.some((c) => c.role === 'value' && c.label !== undefined && !termOf(c.label))) features.add('placeColumns');
  if (h && (h.blocks.length > 1 || h.columns.some((c) => c.role === 'value' && c.term === 'medium'))) features.add('termBlocks');
  if (table.spendingPlan.length > 0) features.add('spendingPlan');

  const labelList = [...labels];
  let best: ProjectSpec = PROJECT_SPECS[0]!;
  let bestScore = 0;
  for (const { spec, items } of EVIDENCE) {
    let score = 0;
    for (const i of items) {
      const shown =
        'feature' in i ? features.has(i.feature!) : 'pattern' in i ? labelList.some((l) => i.pattern!.test(l)) : labels.has(i.label!);
      if (shown) score += i.weight;
    }
    if (score > bestScore) {
      best = spec;
      bestScore = score;
    }
  }
  return `project/${best.id}` as ProjectLayout;
}

function lastIndicatorRow(t: ProjectTable, h: IndicatorHeader): number {
  let last = h.row;
  for (const i of t.indicators) last = Math.max(last, i.row);
  for (const u of t.unplaced) if (u.row > h.row) last = Math.max(last, u.row);
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

/** `权重分值90分,其中产出指标权重分值50分` / `年度绩效目标(90分)` / `产出指标(50分)`. */
function readScoreStatement(cell: FieldCell, table: ProjectTable): void {
  const n = normalizeLabel(cell.text);
  for (const m of n.matchAll(/(?:^|[,，;；(其中]+)([\u4e00-\u9fa5]*?)(?:权重分值|权重|分值)?[:]?(\d+(?:\.\d+)?)分/g)) {
    const who = m[1]!.replace(/^其中/, '');
    const value = new Decimal(m[2]!);
    const level1 = parseLevel1(who).level1;
    if (level1) table.scores.level1[level1] ??= { cell, value };
    else if (/^(绩效指标|年度绩效目标|绩效目标|总分|合计)?$/.test(who)) table.scores.total ??= { cell, value };
  }
}

/** The cell holding a label's value: the label's own text after a colon, else the next cell that is no label. */
function valueOf(reader: RowReader, r: number, labelled: Array<{ cell: RowCell; label: SectionLabel | undefined }>, i: number): FieldCell {
  const { cell, label } = labelled[i]!;
  const own = reader.field(r, cell.col);
  if (label && 'inlineValue' in label && label.inlineValue !== undefined) return { ...ownCell(own), text: label.inlineValue };
  const next = labelled[i + 1];
  return next && !next.label ? reader.field(r, next.cell.col) : reader.field(r, cell.col + 1);
}

function ownCell(c: FieldCell): FieldCell {
  return { row: c.row, col: c.col, address: c.address, text: c.text, raw: c.raw };
}


/** Every label a table's header section holds, as the vocabulary knows it: evidence for its family. */
const sectionLabels = new WeakMap<ProjectTable, Set<string>>();

/** Reads label → value pairs of the header section. */
function readSection(reader: RowReader, table: ProjectTable, rows: number[]): void {
  const seen = new Set<string>();
  sectionLabels.set(table, seen);
  const factor = () => unitFactor(table.amountUnit);
  let lastLabelKind: SectionLabel['kind'] | undefined;
  const consumed = new Set<number>();

  rows.forEach((r, ri) => {
    if (consumed.has(r)) return;
    const cells = reader.cells(r);
    const labelled = cells.map((c) => ({ cell: c, label: labelOf(c) }));
    for (const l of labelled) if (l.label && 'key' in l.label) seen.add(l.label.key);

    // Goal headings over their texts: `总体目标 | 中期目标 | 年度目标` with the texts on the next row.
    const headings = cells.filter((c, i) => isGoalHeading(c) && (i + 1 >= cells.length || labelOf(cells[i + 1]!) !== undefined || isGoalHeading(cells[i + 1]!)));
    const below = rows[ri + 1];
    if (headings.length > 0 && below !== undefined && cells.every((c) => labelOf(c) !== undefined || isGoalHeading(c))) {
      const next = reader.cells(below);
      headings.forEach((h, k) => {
        const end = headings[k + 1]?.col ?? Number.MAX_SAFE_INTEGER;
        const text = next.find((c) => c.col >= h.col && c.col < end && labelOf(c) === undefined);
        const entry = { label: reader.field(r, h.col), value: reader.field(below, text?.col ?? h.col) };
        if (goalHeading(h.norm) === 'medium') table.mediumGoal ??= entry;
        else table.fields.annualGoal ??= entry;
      });
      for (const c of next) {
        const inSpan = headings.some((h, k) => c.col >= h.col && c.col < (headings[k + 1]?.col ?? Number.MAX_SAFE_INTEGER));
        if (!inSpan && labelOf(c) === undefined) table.unplaced.push(reader.field(below, c.col));
      }
      consumed.add(below);
      lastLabelKind = 'annualGoal';
      return;
    }

    if (!labelled.some((l) => l.label)) {
      // A row without labels continues the row above: the use of funds (under 预算规模及资金用途),
      // the rest of a long goal or narrative.
      if (lastLabelKind && isFundLine(lastLabelKind as HeaderLabel['kind']) && !table.fields.useOfFunds && table.spendingPlan.length === 0) {
        const first = cells[0];
        if (first && cells.length === 1 && first.text.length > 8) {
          table.fields.useOfFunds = { label: reader.field(r, first.col), value: reader.field(r, first.col) };
          return;
        }
      }
      if (lastLabelKind && CONTINUED.has(lastLabelKind)) return;
      for (const c of cells) table.unplaced.push(reader.field(r, c.col));
      return;
    }

    if (labelled.some((l) => l.label?.kind === 'planPoint')) {
      // Month headings (3月底 …); their percentages are on the next row, blank or not.
      const points = labelled.filter((l) => l.label?.kind === 'planPoint').map((l) => ({ col: l.cell.col, label: reader.field(r, l.cell.col) }));
      if (below !== undefined && below === r + 1) {
        readPlanValues(reader, table, points, below);
        consumed.add(below);
      } else {
        for (const p of points) table.spendingPlan.push({ label: p.label, value: reader.field(r + 1, p.col), percent: null });
      }
      lastLabelKind = 'spendingPlan';
      return;
    }

    let takenCol = -1;
    for (let i = 0; i < labelled.length; i++) {
      const { cell, label } = labelled[i]!;
      // `预算分类 | 一般公共预算`: a field's value that happens to read as a label is still its value.
      if (cell.col === takenCol) continue;
      if (!label) {
        // A value is consumed by the label before it; anything else is out of place.
        const prev = labelled[i - 1];
        if (!prev || !prev.label || prev.label.kind === 'funds.group' || prev.label.kind === 'funds.heading' || prev.label.kind === 'spendingPlan') {
          table.unplaced.push(reader.field(r, cell.col));
        }
        continue;
      }
      lastLabelKind = label.kind;
      if (label.kind === 'funds.group') {
        if ('unit' in label && label.unit) table.amountUnit = label.unit;
        continue;
      }
      if (label.kind === 'funds.heading' || label.kind === 'spendingPlan' || label.kind === 'planPoint') continue;
      const valueCell = valueOf(reader, r, labelled, i);
      const labelCell = reader.field(r, cell.col);
      const next = labelled[i + 1];
      if (!isFundLine(label.kind) && next?.label && next.cell.col === cell.col + 1 && valueCell.col === next.cell.col && !('inlineValue' in label && label.inlineValue)) {
        takenCol = next.cell.col;
      }
      if (isFundLine(label.kind)) {
        const unit = 'unit' in label && label.unit ? unitFactor(label.unit) : factor();
        const fund: FundField = { label: labelCell, value: valueCell, amount: parseAmount(valueCell.text, valueCell.text === labelCell.text ? null : valueCell.raw, unit) };
        if (fund.amount === 'invalid') {
          const breakdown = parseAmountBreakdown(valueCell.text, unit);
          if (breakdown) {
            fund.amount = breakdown.total;
            fund.parts = breakdown.parts;
          }
        }
        if (label.kind === 'funds.source') table.funds.sources.push(fund);
        else {
          const key = label.kind.slice('funds.'.length) as 'total' | 'medium' | 'fiscal' | 'other';
          if (!table.funds[key]) table.funds[key] = fund;
        }
      } else {
        table.fields[label.kind as keyof ProjectTable['fields']] ??= { label: labelCell, value: valueCell };
      }
    }
  });
}

/** Short cells only: a long goal text is never a heading, and is not normalised to find out. */
function isGoalHeading(c: RowCell): boolean {
  return c.text.length <= 30 && goalHeading(c.norm) !== undefined;
}

/** Fields whose text may run on over the next rows without a label. */
const CONTINUED: ReadonlySet<string> = new Set(['annualGoal', 'overallGoal', 'overview', 'legalBasis', 'necessity', 'measures', 'implementationPlan', 'useOfFunds']);

function readPlanValues(reader: RowReader, table: ProjectTable, points: Array<{ col: number; label: FieldCell }>, row: number): void {
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
  for (const c of cells) if (!used.has(c.col) && labelOf(c) === undefined) table.unplaced.push(reader.field(row, c.col));
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

const COMPARISON = /^(≥|≤|>|<|≧|≦|>=|<=|=|＝|大于等于|小于等于|不低于|不高于|不少于|不超过)$/;
const OPERATOR_CELL = /^(≥|≤|>|<|≧|≦|>=|<=|=|＝|是\/否|是或否|定性|大于等于|小于等于|不低于|不高于|不少于|不超过)$/;

/** 指标性质 / 指标方向 columns hold operators or, in some templates, 正向/反向: the cells decide. */
function settleOperatorColumns(reader: RowReader, header: IndicatorHeader, rows: number[]): void {
  for (const c of header.columns) {
    if (c.role !== 'operator') continue;
    let ops = 0;
    let others = 0;
    for (const r of rows) {
      const cell = reader.cells(r).find((x) => x.col === c.col);
      if (!cell) continue;
      if (OPERATOR_CELL.test(cell.norm)) ops++;
      else others++;
    }
    if (ops === 0 || others > ops) c.role = 'note';
  }
  const op = header.columns.find((c) => c.role === 'operator');
  if (op) header.operatorCol = op.col;
  else delete header.operatorCol;
}

/** `≥` · `85` · `%` is ≥85%: a value read with its operator and unit cells. */
function composeValue(value: FieldCell, operator: FieldCell | undefined, unit: FieldCell | undefined): string {
  let t = value.text;
  if (isBlank(t)) return t;
  const op = operator ? normalizeLabel(operator.text) : '';
  if (COMPARISON.test(op) && op !== '=' && op !== '＝' && !LEADING_OPERATOR.test(t)) t = `${op}${t.trim()}`;
  const u = unit ? normalizeSpacing(unit.text) : '';
  if (u && !NUMBER_ONLY.test(u) && !normalizeSpacing(t).endsWith(u)) t = `${t.trim()}${u}`;
  return t;
}

const LEADING_OPERATOR = /^\s*[=≥≤><≧≦]/;
const NUMBER_ONLY = /^[\d,.\s]+$/;

/** Empty rows a grid may hold between two of its rows. */
const MAX_GRID_GAP = 5;

const NUMBERED_INDICATOR = /^指标\d+[:：]/;

/** `成本指标(0-20)分`, `产出指标30分`: the score a 一级 label states. */
const LEVEL1_SCORE = /(\d+(?:\.\d+)?)分\)?$/;

/** Reads the indicator rows below the header until the table ends. */
function readIndicators(reader: RowReader, table: ProjectTable, h: IndicatorHeader, upperBound: number, headerRows: ReadonlySet<number>): void {
  const gridRows: number[] = [];
  let last = h.row;
  for (const r of reader.index.rowsBetween(h.row + 1, upperBound)) {
    if (headerRows.has(r)) continue;
    // A grid may have an empty row or two; a cell far below it (a stray note, a total at row 300) is not part of it.
    if (r - last > MAX_GRID_GAP) break;
    const cells = reader.cells(r);
    const first = cells[0]!;
    if (isTrailerNorm(first.norm) || isTitleLike(cells)) break;
    gridRows.push(r);
    last = r;
  }
  settleOperatorColumns(reader, h, gridRows);

  // Each column spans from its heading to the next heading (merged headings, shifted values).
  const cols = h.columns;
  const ends = cols.map((c, i) => (i + 1 < cols.length ? cols[i + 1]!.col - 1 : Number.MAX_SAFE_INTEGER));
  const blocks = h.blocks;
  const level2: Array<LevelCell | null> = blocks.map(() => null);
  let level1: LevelCell | null = null;
  // The cell each column holds on the current row, by the column's position in `cols`.
  const found: Array<RowCell | undefined> = cols.map(() => undefined);
  let foundCount = 0;
  const position = new Map(cols.map((c, i) => [c, i]));
  const slotOf = (role: ColumnRole, block?: number) => cols.findIndex((c) => c.role === role && (block === undefined || c.block === block));
  const level1Slot = slotOf('level1');
  // What each block reads, worked out once for all rows: each column with its slot in `found`.
  const plans = blocks.map((block, b) => {
    const blockCols = cols.filter((c) => c.block === b);
    const shared = (role: ColumnRole) => blockCols.find((c) => c.role === role) ?? cols.find((c) => c.role === role && c.block < b);
    const text = (role: ColumnRole) => blockCols.find((c) => c.role === role) ?? cols.find((c) => c.role === role);
    const slotted = (c: GridColumn | undefined) => (c ? { col: c, slot: position.get(c)! } : undefined);
    return {
      block,
      level2Slot: slotOf('level2', b),
      level3Slot: slotOf('level3', b),
      ownSlots: blockCols.filter((c) => c.role !== 'level1').map((c) => position.get(c)!),
      operatorCol: shared('operator'),
      unitCol: shared('unit'),
      description: slotted(text('description')),
      basis: slotted(text('basis')),
      score: slotted(text('score')),
      values: block.valueCols.map((vc) => slotted(cols.find((c) => c.col === vc)!)!),
    };
  });
  /** The cell a column holds on this row, else the cell under its heading. */
  const columnCell = (r: number, c: { col: GridColumn; slot: number }) => reader.field(r, found[c.slot]?.col ?? c.col.col);

  for (const r of gridRows) {
    const cells = reader.cells(r);
    found.fill(undefined);
    foundCount = 0;
    let stray: RowCell[] | undefined;
    let inGrid = false;
    for (const c of cells) {
      if (c.col < cols[0]!.col) {
        if (!isSideLabel(c.norm)) (stray ??= []).push(c);
        continue;
      }
      inGrid = true;
      let k = 0;
      while (c.col > ends[k]!) k++;
      if (found[k]) (stray ??= []).push(c);
      else {
        found[k] = c;
        foundCount++;
      }
    }
    if (!inGrid) {
      // Only the side label column: `绩效指标` belongs; other text ends the table.
      if (!stray) continue;
      break;
    }
    const l1 = level1Slot < 0 ? undefined : found[level1Slot];
    // A stray line in the first column that is not an indicator level ends the table.
    if (l1 && foundCount === 1 && !parseLevel1(l1.text).level1 && !parseLevel2(l1.text).level2) break;
    if (stray) for (const c of stray) table.unplaced.push(reader.field(r, c.col));

    if (l1) {
      const label = parseLevel1(l1.text);
      level1 = { cell: reader.field(r, l1.col), id: label.level1 ?? null, required: label.required, tagged: label.tagged };
      if (label.level1) {
        const score = LEVEL1_SCORE.exec(l1.norm);
        if (score) table.scores.level1[label.level1] ??= { cell: level1.cell, value: new Decimal(score[1]!) };
      }
      for (let b = 0; b < plans.length; b++) {
        const slot = plans[b]!.level2Slot;
        if (slot < 0 || !found[slot]) level2[b] = null;
      }
    }
    for (let b = 0; b < plans.length; b++) {
      const plan = plans[b]!;
      const l2 = plan.level2Slot < 0 ? undefined : found[plan.level2Slot];
      if (l2) {
        const label = parseLevel2(l2.text);
        level2[b] = { cell: reader.field(r, l2.col), id: label.level2 ?? null, required: label.required, tagged: label.tagged };
      }
      const l3 = plan.level3Slot < 0 ? undefined : found[plan.level3Slot];
      if (b > 0 && !plan.ownSlots.some((slot) => found[slot] !== undefined)) continue;
      const level3 = reader.field(r, l3 ? l3.col : plan.block.level3Col);
      const nameUnit = unitInName(level3.text);
      const operator = plan.operatorCol ? reader.field(r, plan.operatorCol.col) : undefined;
      const unit = plan.unitCol ? reader.field(r, plan.unitCol.col) : undefined;
      const valueOperator = operator && !isBlank(operator.text) ? operator : undefined;
      const valueUnit = unit && !isBlank(unit.text) ? unit : undefined;
      const values: IndicatorValue[] = new Array(plan.values.length);
      for (let column = 0; column < plan.values.length; column++) {
        const v = plan.values[column]!;
        const cell = columnCell(r, v);
        const text = valueOperator || valueUnit ? composeValue(cell, valueOperator, valueUnit) : cell.text;
        const parsed = isBlank(text) ? emptyParse(text) : withNameUnit(parseIndicatorValue(text, cell.raw), nameUnit);
        // Every value has the same shape: the rules read these fields on every row.
        values[column] = { cell, parsed, term: v.col.term, column, label: v.col.label, operator: valueOperator, unit: valueUnit };
      }
      const l2cell = plan.block.level2Col >= 0 ? level2[b]! : level2[0]!;
      const row: IndicatorRow = {
        row: r,
        block: b,
        level1: level1 as IndicatorRow['level1'],
        level2: l2cell as IndicatorRow['level2'],
        level3,
        // `指标12：…` (a department table, a transfer template) compares without the number.
        level3Key: l3 ? (l3.norm.startsWith('指标') ? l3.norm.replace(NUMBERED_INDICATOR, '') : l3.norm) : '',
        values,
        nameUnit,
        description: plan.description ? columnCell(r, plan.description) : undefined,
        basis: plan.basis ? columnCell(r, plan.basis) : undefined,
        score: undefined,
      };
      if (plan.score) {
        const cell = columnCell(r, plan.score);
        const amount = parseAmount(cell.text, cell.raw);
        row.score = { cell, value: amount instanceof Decimal ? amount : null };
      }
      table.indicators.push(row);
    }
  }
}
