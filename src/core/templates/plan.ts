/**
 * The insertion plan: given a recognised table and indicator templates, the explicit operations
 * that put each template in the block it belongs to (or the block under the cursor), keeping the
 * table's structure — insert rows (cells shift down, nothing is overwritten), write the new cells,
 * copy formats from the neighbouring row, and extend or create the merged 绩效指标/一级/二级 cells.
 * Pure: Excel (src/excel/insertRows.ts) and exceljs (src/cli/insertWorkbook.ts) execute it.
 */
import { a1 } from '../grid/address';
import type { CellRange, Grid } from '../grid/grid';
import type { IndicatorRow, Level1Id, Level2Id, ProjectTable } from '../model';
import type { IndicatorTemplate } from './library';
import { projectSpec } from '../layouts/specs';
import { fillContextOf, fillValue, fits, labelsFor, type Framework } from './suggest';

export type PlanStep =
  /**
   * Insert `count` whole rows before row `at` (0-based); rows from `at` down shift. The new rows take
   * the formats (borders, font, fill, alignment) of row `formatFrom` over the table's `width` columns.
   */
  | { kind: 'insertRows'; at: number; count: number; formatFrom: number; width?: number }
  /** Write text into a cell that is empty (a cell of an inserted row). */
  | { kind: 'write'; row: number; col: number; text: string }
  /** Merge a range (it may contain an existing merged area, which it absorbs). */
  | { kind: 'merge'; range: CellRange }
  /** Add a worksheet (a blank table on a new sheet); later steps apply to it. */
  | { kind: 'addSheet'; name: string };

export interface PlannedRow {
  template: string;
  row: number;
  valueCell: string;
  /** The value still has `**` for the user to fill in. */
  open: boolean;
}

export interface InsertionPlan {
  sheet: string;
  steps: PlanStep[];
  /** Cells that must be empty before the plan runs (a new table written below the last one). */
  requireEmpty?: CellRange;
  rows: PlannedRow[];
  /** The cell to select afterwards: the first value left for the user, else the first value. */
  select?: string;
  /** Chinese summary for the pane: what went where. */
  summary: string;
}

export interface PlanRequest {
  table: ProjectTable;
  /** The sheet's merged areas, or null when the host cannot report them (ExcelApi < 1.13). */
  merges: readonly CellRange[] | null;
  templates: readonly IndicatorTemplate[];
  framework: Framework;
  /** A row inside the table (the cursor): templates of that row's 二级 go right below it. */
  cursorRow?: number;
  /** The sheet's cells: without merge info, where a label's cells below it are empty they may be merged. */
  grid?: Grid;
  /** Values the user accepted for some templates (proposals read from the table's text), by template id. */
  values?: ReadonlyMap<string, string>;
}

interface Block {
  level1: Level1Id | null;
  level2: Level2Id | null;
  top: number;
  bottom: number;
  /** The block's labels as the table writes them. */
  label1?: string;
  label2?: string;
}

const LEVEL1_ORDER: Record<Framework, Level1Id[]> = {
  legacy: ['output', 'benefit', 'satisfaction'],
  'mof-2021': ['output', 'cost', 'benefit', 'satisfaction'],
};

/** Where each 二级 stands under its 一级, for a numbered table's codes (`22-社会效益指标`). */
const LEVEL2_POSITION: Partial<Record<Level2Id, number>> = {
  quantity: 1,
  quality: 2,
  timeliness: 3,
  cost: 4,
  economicCost: 1,
  socialCost: 2,
  ecologicalCost: 3,
  economicBenefit: 1,
  socialBenefit: 2,
  ecologicalBenefit: 3,
  sustainability: 4,
  serviceSatisfaction: 1,
};

/**
 * How a table writes its level labels, for new blocks: numbered as `1-产出指标` / `11-数量指标`
 * (the 一级 number as the table has it, else its place in the framework; the 二级 number the 一级's
 * and the 二级's place under it), and tagged `（必填）` / `（选填）` where the table tags its 二级 (必填
 * for those its template or its own tags make mandatory).
 */
function labelStyle(table: ProjectTable, framework: Framework): { level1(name: string, id: Level1Id): string; level2(name: string, level1: Level1Id, id: Level2Id): string } {
  const rows = table.indicators;
  const code = (text: string | undefined) => /^\s*(\d{1,2})\s*[-－.、]/.exec(text ?? '')?.[1];
  const numbered = rows.some((r) => code(r.level1?.cell.text) !== undefined) && rows.some((r) => code(r.level2?.cell.text) !== undefined);
  const tagged = rows.some((r) => r.level2?.tagged);
  const optional = rows.some((r) => /选填/.test(r.level2?.cell.text ?? ''));
  const mandatory = new Set<Level2Id>(projectSpec(table.kind)?.mandatory ?? []);
  for (const r of rows) if (r.level2?.required && r.level2.id) mandatory.add(r.level2.id);
  const level1Code = (id: Level1Id) => {
    const own = rows.find((r) => r.level1?.id === id && code(r.level1.cell.text) !== undefined);
    return own ? code(own.level1!.cell.text)! : String(LEVEL1_ORDER[framework].indexOf(id) + 1);
  };
  return {
    level1: (name, id) => (numbered ? `${level1Code(id)}-${name}` : name),
    level2: (name, level1, id) => {
      const numberedName = numbered && LEVEL2_POSITION[id] ? `${level1Code(level1)}${LEVEL2_POSITION[id]}-${name}` : name;
      if (!tagged) return numberedName;
      if (mandatory.has(id)) return `${numberedName}（必填）`;
      return optional ? `${numberedName}（选填）` : numberedName;
    },
  };
}

function blocksOf(rows: readonly IndicatorRow[], key: (r: IndicatorRow) => string): Block[] {
  const out: Block[] = [];
  let cur: (Block & { key: string }) | undefined;
  for (const r of rows) {
    const k = key(r);
    if (cur && cur.key === k && r.row === cur.bottom + 1) {
      cur.bottom = r.row;
      continue;
    }
    cur = { key: k, level1: r.level1?.id ?? null, level2: r.level2?.id ?? null, top: r.row, bottom: r.row };
    if (r.level1?.cell.text.trim()) cur.label1 = r.level1.cell.text.trim();
    if (r.level2?.cell.text.trim()) cur.label2 = r.level2.cell.text.trim();
    out.push(cur);
  }
  return out;
}

function mergeAt(merges: readonly CellRange[], row: number, col: number): CellRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Where Excel puts a merged area after rows are inserted: shifted, or grown when the insertion point is inside it. */
function shiftMerge(m: CellRange, at: number, count: number): CellRange {
  if (m.top >= at) return { ...m, top: m.top + count, bottom: m.bottom + count };
  if (m.bottom >= at) return { ...m, bottom: m.bottom + count };
  return m;
}

interface Group {
  at: number;
  /** Creation order: groups inserted at the same row keep the templates' order. */
  seq: number;
  templates: IndicatorTemplate[];
  /** Labels to write in the new rows' 一级/二级 cells (new blocks, or the repeated layout). */
  level1Label?: string;
  level2Label?: string;
  /** The block the rows join (for merges), if it exists. */
  block?: Block;
  level1Block?: Block;
  newLevel1: boolean;
  newLevel2: boolean;
}

/**
 * Why template rows cannot go into this table, in Chinese, or undefined when they can. Rows are
 * written whole or not at all: a grid whose columns the templates cannot fill is refused.
 */
export function insertionRefusal(table: ProjectTable): string | undefined {
  const h = table.header;
  if (!h) return '这张表没有绩效指标表（一级·二级·三级·指标值），无法插入指标行；可用“新建空白表”';
  if (h.blocks.length > 1) return '这张表的中期指标与年度指标并列，模板只有一个指标值，插入会留下半行空白；请手工填写';
  if (h.scoreCol !== undefined) return '这张表有分值列，插入的指标需要分配分值，各项分值之和才能与总分一致；请手工填写';
  return undefined;
}

export function planInsertion(req: PlanRequest): InsertionPlan {
  const { table, framework } = req;
  // 社会成本 and 生态环境成本 have no place in a legacy table: left out, and said so.
  const templates = req.templates.filter((t) => fits(t, framework));
  const left = req.templates.filter((t) => !fits(t, framework));
  const refusal = insertionRefusal(table);
  if (refusal) throw new Error(refusal);
  const h = table.header!;
  const rows = table.indicators;
  const level2Blocks = blocksOf(rows, (r) => `${r.level1?.id ?? r.level1?.cell.address}|${r.level2?.id ?? r.level2?.cell.address}`);
  const level1Blocks = blocksOf(rows, (r) => `${r.level1?.id ?? r.level1?.cell.address}`);
  const lastRow = rows.length > 0 ? rows[rows.length - 1]!.row : h.row;
  // Layout of the level columns: every row carries its labels (repeated), or only the first.
  const repeated = rows.length > 1 && rows.every((r) => r.level2?.cell.row === r.row && r.level1?.cell.row === r.row);

  const style = labelStyle(table, framework);
  const groups = new Map<string, Group>();
  const groupFor = (t: IndicatorTemplate): Group => {
    const { level1, level2, level1Name, level2Name } = labelsFor(t, framework);
    const cursorBlock =
      req.cursorRow === undefined ? undefined : level2Blocks.find((b) => req.cursorRow! >= b.top && req.cursorRow! <= b.bottom && b.level2 === level2);
    const block = cursorBlock ?? [...level2Blocks].reverse().find((b) => b.level2 === level2 && b.level1 === level1);
    const l1Block = [...level1Blocks].reverse().find((b) => b.level1 === level1);
    let at: number;
    let newLevel1 = false;
    let newLevel2 = false;
    if (block) {
      at = cursorBlock ? req.cursorRow! + 1 : block.bottom + 1;
    } else if (l1Block) {
      at = l1Block.bottom + 1;
      newLevel2 = true;
    } else {
      // A missing 一级: after the last block that comes before it in the framework's order.
      const order = LEVEL1_ORDER[framework];
      const before = level1Blocks.filter((b) => b.level1 && order.indexOf(b.level1) < order.indexOf(level1));
      at = before.length > 0 ? Math.max(...before.map((b) => b.bottom)) + 1 : lastRow + 1;
      newLevel1 = true;
      newLevel2 = true;
    }
    const key = `${at}|${level1}|${level2}`;
    let g = groups.get(key);
    if (!g) {
      // Rows joining an existing block stay right under it; new blocks at the same row follow.
      g = { at, seq: (newLevel2 ? 1000 : 0) + groups.size, templates: [], newLevel1, newLevel2 };
      if (block) g.block = block;
      if (l1Block) g.level1Block = l1Block;
      // A row joining a block repeats the block's own labels; a new block's labels are written the
      // way the table writes its others (`22-社会效益指标（必填）`).
      if (newLevel1 || repeated) g.level1Label = !newLevel1 && l1Block?.label1 ? l1Block.label1 : style.level1(level1Name, level1);
      if (newLevel2 || repeated) g.level2Label = !newLevel2 && block?.label2 ? block.label2 : style.level2(level2Name, level1, level2);
      groups.set(key, g);
    }
    g.templates.push(t);
    return g;
  };
  for (const t of templates) groupFor(t);

  // Execute from the bottom up so each insertion point is still where the table had it; at the
  // same row the later group goes first, so the earlier one ends up above it.
  const ordered = [...groups.values()].sort((a, b) => b.at - a.at || b.seq - a.seq);
  const steps: PlanStep[] = [];
  const finalRow = (g: Group, i: number) =>
    g.at + i + ordered.filter((o) => o.at < g.at || (o.at === g.at && o.seq < g.seq)).reduce((n, o) => n + o.templates.length, 0);
  const toFinal = (row: number) => row + ordered.filter((o) => o.at <= row).reduce((n, o) => n + o.templates.length, 0);

  for (const g of ordered) {
    steps.push({ kind: 'insertRows', at: g.at, count: g.templates.length, formatFrom: Math.max(h.row + 1, g.at - 1), width: Math.max(...h.columns.map((c) => c.col)) + 1 });
  }

  // Writes, in final coordinates.
  const ctx = fillContextOf(table);
  const planned: PlannedRow[] = [];
  for (const g of [...ordered].sort((a, b) => a.at - b.at || a.seq - b.seq)) {
    g.templates.forEach((t, i) => {
      const row = finalRow(g, i);
      if (g.level1Label && (i === 0 || repeated)) steps.push({ kind: 'write', row, col: h.level1Col, text: g.level1Label });
      if (g.level2Label && (i === 0 || repeated)) steps.push({ kind: 'write', row, col: h.level2Col, text: g.level2Label });
      steps.push({ kind: 'write', row, col: h.level3Col, text: t.name });
      if (h.descriptionCol !== undefined) steps.push({ kind: 'write', row, col: h.descriptionCol, text: t.description });
      if (h.basisCol !== undefined) steps.push({ kind: 'write', row, col: h.basisCol, text: t.basis });
      // One value column per township or village: each gets the value, the project's total in none
      // (a village's share is not the total) and no proposal (those are the project's figures).
      const valueCols = h.blocks[0]!.valueCols.length > 1 ? h.blocks[0]!.valueCols : [h.valueCol];
      const accepted = valueCols.length === 1 ? req.values?.get(t.id) : undefined;
      const v = accepted !== undefined ? { text: accepted, open: false } : fillValue(t, valueCols.length > 1 ? { ...ctx, total: undefined } : ctx);
      // A table with 指标性质 / 计量单位 columns gets the value written across them: ≥ · 95 · %.
      const parts = splitValue(v.text, h.operatorCol !== undefined, h.unitCol !== undefined);
      if (h.operatorCol !== undefined && parts.operator) steps.push({ kind: 'write', row, col: h.operatorCol, text: parts.operator });
      if (h.unitCol !== undefined && parts.unit) steps.push({ kind: 'write', row, col: h.unitCol, text: parts.unit });
      for (const col of valueCols) steps.push({ kind: 'write', row, col, text: parts.value });
      planned.push({ template: t.id, row, valueCell: a1(row, h.valueCol), open: v.open });
    });
  }

  // Merged cells: every enclosing 二级, 一级 and 绩效指标 cell grows over every row inserted inside
  // or at the end of its block (Excel grows a merge only for rows inserted inside it), and a new
  // block of several rows is merged like the others. One range per merged cell, the union of what
  // every group needs (several groups may end the same 一级 block).
  const desired = new Map<string, CellRange>();
  const want = (range: CellRange) => {
    if (range.bottom <= range.top && range.right <= range.left) return;
    const key = `${range.left},${range.top}`;
    const old = desired.get(key);
    desired.set(key, old ? { ...range, top: Math.min(old.top, range.top), bottom: Math.max(old.bottom, range.bottom) } : range);
  };
  const merges = req.merges;
  const empty = (row: number, col: number) => req.grid !== undefined && req.grid.text(row, col).trim() === '' && req.grid.value(row, col) === null;
  /**
   * Whether the column's cells over top..bottom (original rows) are one label merged, or may be:
   * with merge info, the table merges that column's labels somewhere; without it (ExcelApi < 1.13),
   * the label is written once and every cell below it is empty — merging such cells loses nothing,
   * while merge() over cells holding values would keep only the top-left one.
   */
  const takesMerge = (col: number, top: number, bottom: number) => {
    if (merges) return merges.some((m) => m.left === col && m.right === col && m.bottom > m.top && m.top > h.row);
    if (repeated || empty(top, col)) return false;
    for (let r = top + 1; r <= bottom; r++) if (!empty(r, col)) return false;
    return req.grid !== undefined;
  };
  const grown = (col: number, block: Block, last: number): CellRange => {
    const m = merges ? mergeAt(merges, block.top, col) : undefined;
    const top = Math.min(block.top, m?.top ?? block.top);
    const bottom = Math.max(block.bottom, m?.bottom ?? block.bottom);
    return { top: toFinal(top), bottom: Math.max(toFinal(bottom), last), left: col, right: col };
  };
  const finalLast = Math.max(...ordered.map((g) => finalRow(g, g.templates.length - 1)));
  for (const g of ordered) {
    const count = g.templates.length;
    const first = finalRow(g, 0);
    const last = first + count - 1;
    if (g.block && !g.newLevel2) {
      if (takesMerge(h.level2Col, g.block.top, g.block.bottom)) want(grown(h.level2Col, g.block, last));
    } else if (g.newLevel2 && count > 1 && (merges ? takesMerge(h.level2Col, 0, 0) : !repeated)) {
      want({ top: first, bottom: last, left: h.level2Col, right: h.level2Col });
    }
    if (g.level1Block && !g.newLevel1) {
      if (takesMerge(h.level1Col, g.level1Block.top, g.level1Block.bottom)) want(grown(h.level1Col, g.level1Block, last));
    } else if (g.newLevel1 && count > 1 && (merges ? takesMerge(h.level1Col, 0, 0) : !repeated)) {
      want({ top: first, bottom: last, left: h.level1Col, right: h.level1Col });
    }
    // Merges inside the neighbouring row (描述 D:E in hebei) are repeated on each new row.
    for (const m of merges ?? []) {
      if (m.top !== g.at - 1 || m.bottom !== g.at - 1 || m.right === m.left) continue;
      for (let r = first; r <= last; r++) want({ top: r, bottom: r, left: m.left, right: m.right });
    }
  }
  // Columns left of 一级 (the 绩效指标 side label) span the whole grid, new rows at its end included.
  const gridTop = rows[0]?.row;
  if (gridTop !== undefined && ordered.length > 0) {
    for (let col = 0; col < h.level1Col; col++) {
      const side = merges ? mergeAt(merges, gridTop, col) : undefined;
      if (merges && !(side && side.left === col && side.right === col && side.top > h.row)) continue;
      const top = side?.top ?? gridTop;
      const bottom = side?.bottom ?? lastRow;
      if (!merges && !takesMerge(col, top, bottom)) continue;
      want({ top: toFinal(top), bottom: Math.max(toFinal(bottom), finalLast), left: col, right: col });
    }
  }
  // Where Excel leaves the merged areas after the insertions: only what differs needs a merge step.
  const after = (merges ?? []).map((m) => ordered.reduce((now, g) => shiftMerge(now, g.at, g.templates.length), m));
  for (const range of desired.values()) {
    const same = after.some((m) => m.top === range.top && m.bottom === range.bottom && m.left === range.left && m.right === range.right);
    if (!same) steps.push({ kind: 'merge', range });
  }

  planned.sort((x, y) => x.row - y.row);
  const select = (planned.find((p) => p.open) ?? planned[0])?.valueCell;
  const plan: InsertionPlan = {
    sheet: table.sheet,
    steps,
    rows: planned,
    summary: `${summarize(ordered, planned, framework)}${left.length > 0 ? `；未插入 ${left.map((t) => `“${t.name}”`).join('、')}：社会成本、生态环境成本指标只用于财预〔2021〕101号框架的表` : ''}`,
  };
  if (select) plan.select = select;
  return plan;
}

function summarize(groups: Group[], planned: PlannedRow[], framework: Framework): string {
  if (planned.length === 0) return '没有要插入的指标';
  const parts = [...groups]
    .reverse()
    .map((g) => {
      const { level2Name } = labelsFor(g.templates[0]!, framework);
      const where = g.newLevel2 ? `新增“${level2Name}”` : `“${level2Name}”下`;
      return `${where} ${g.templates.length} 行（${g.templates.map((t) => t.name).join('、')}）`;
    })
    .join('；');
  const open = planned.filter((p) => p.open).length;
  return `已插入 ${planned.length} 行：${parts}${open > 0 ? `。有 ${open} 个指标值需要填写数字（标为 **）` : ''}`;
}

export interface BlankTableRequest {
  /** The sheet to write on; with `newSheet` the name of the sheet to add. */
  sheet: string;
  newSheet: boolean;
  /** First row of the new table (0-based): two rows below the sheet's last used row, or 0. */
  top: number;
  templates: readonly IndicatorTemplate[];
  framework: Framework;
  year?: number;
  /** The type's name, for the summary. */
  typeName: string;
  /** The layout to write: the ningxia table (A–E, the default) or the hebei 部门预算 table (A–G). */
  layout?: BlankLayout;
}

export type BlankLayout = 'ningxia' | 'hebei';

/** The layout a blank table follows: hebei where most of the given project tables are hebei, else ningxia. */
export function blankLayoutOf(tables: readonly { kind: string }[]): BlankLayout {
  const projects = tables.filter((t) => t.kind.startsWith('project/'));
  return projects.length > 0 && projects.filter((t) => t.kind === 'project/hebei').length * 2 > projects.length ? 'hebei' : 'ningxia';
}

const NINGXIA_WIDTH = 5;
const HEBEI_WIDTH = 7;

/**
 * A complete blank project table (the ningxia layout, A–E) with a type's indicators, written into
 * empty cells: the header block with its labels, the indicator heading, and merged 绩效指标/一级/二级
 * cells. Nothing is inserted, so nothing moves; `requireEmpty` lets the executor refuse to write
 * over anything.
 */
export function planBlankTable(req: BlankTableRequest): InsertionPlan {
  const steps: PlanStep[] = [];
  if (req.newSheet) steps.push({ kind: 'addSheet', name: req.sheet });
  const top = req.top;
  const write = (row: number, col: number, text: string) => steps.push({ kind: 'write', row: top + row, col, text });
  const merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (r2 > r1 || c2 > c1) steps.push({ kind: 'merge', range: { top: top + r1, left: c1, bottom: top + r2, right: c2 } });
  };
  const hebei = req.layout === 'hebei';
  const first = hebei ? blankHebeiHeader(write, merge) : blankNingxiaHeader(write, merge, req.year);
  // Where the grid's columns are: 绩效指标 · 一级 · 二级 · 三级 · 指标值 (ningxia), 一级 · 二级 · 三级 ·
  // 绩效指标描述 · 指标值 · 指标值确定依据 (hebei).
  const col = hebei ? { level1: 0, level2: 1, level3: 2, value: 5 } : { level1: 1, level2: 2, level3: 3, value: 4 };

  // Indicators grouped by 一级 then 二级, in the framework's order.
  const order = LEVEL1_ORDER[req.framework];
  // 社会成本 and 生态环境成本 entries only in a 2021-framework table.
  const sorted = req.templates
    .filter((t) => fits(t, req.framework))
    .map((t, i) => ({ t, i, labels: labelsFor(t, req.framework) }))
    .sort((a, b) => order.indexOf(a.labels.level1) - order.indexOf(b.labels.level1) || a.i - b.i);
  const planned: PlannedRow[] = [];
  let l1Start = first;
  let l2Start = first;
  sorted.forEach(({ t, labels }, k) => {
    const r = first + k;
    const prev = sorted[k - 1]?.labels;
    if (!prev || prev.level1 !== labels.level1) {
      if (k > 0) merge(l1Start, col.level1, r - 1, col.level1);
      l1Start = r;
      write(r, col.level1, labels.level1Name);
    }
    if (!prev || prev.level1 !== labels.level1 || prev.level2 !== labels.level2) {
      if (k > 0) merge(l2Start, col.level2, r - 1, col.level2);
      l2Start = r;
      write(r, col.level2, labels.level2Name);
    }
    write(r, col.level3, t.name);
    const v = fillValue(t, req.year ? { year: req.year } : {});
    if (hebei) {
      write(r, 3, t.description);
      merge(r, 3, r, 4);
      write(r, 6, t.basis);
    }
    write(r, col.value, v.text);
    planned.push({ template: t.id, row: top + r, valueCell: a1(top + r, col.value), open: v.open });
  });
  const last = first + sorted.length - 1;
  if (sorted.length > 0) {
    merge(l1Start, col.level1, last, col.level1);
    merge(l2Start, col.level2, last, col.level2);
    if (!hebei) {
      write(first, 0, '绩效指标');
      merge(first, 0, last, 0);
    }
  }
  const plan: InsertionPlan = {
    sheet: req.sheet,
    steps,
    rows: planned,
    select: hebei ? a1(top + 2, 4) : a1(top + 2, 1),
    summary: `已在「${req.sheet}」第 ${top + 1} 行起新建“${req.typeName}”空白绩效目标表（${hebei ? '部门预算项目表格式，' : ''}${sorted.length} 个指标），请填写项目名称、资金和 ** 处的数字`,
  };
  if (!req.newSheet) plan.requireEmpty = { top, left: 0, bottom: top + last, right: (hebei ? HEBEI_WIDTH : NINGXIA_WIDTH) - 1 };
  return plan;
}

type Write = (row: number, col: number, text: string) => void;
type Merge = (r1: number, c1: number, r2: number, c2: number) => void;

/** The ningxia header block (A–E); returns the first indicator row. */
function blankNingxiaHeader(write: Write, merge: Merge, year: number | undefined): number {
  write(0, 0, '部门项目支出预算绩效目标表');
  merge(0, 0, 0, 4);
  write(1, 0, year ? `（${year}年度）` : '（    年度）');
  merge(1, 0, 1, 4);
  write(2, 0, '项目名称');
  merge(2, 1, 2, 4);
  write(3, 0, '主管部门及代码');
  merge(3, 1, 3, 2);
  write(3, 3, '实施单位');
  write(4, 0, '项目属性');
  merge(4, 1, 4, 2);
  write(4, 3, '项目期');
  write(5, 0, '项目资金（万元）');
  merge(5, 0, 7, 0);
  write(5, 1, '年度资金总额：');
  write(6, 1, '其中：财政拨款');
  write(7, 1, '其他资金');
  for (let r = 5; r <= 7; r++) merge(r, 2, r, 4);
  write(8, 0, '年度总体目标');
  merge(8, 1, 8, 4);
  ['名称', '一级指标', '二级指标', '三级指标', '指标值'].forEach((h, c) => write(9, c, h));
  return 10;
}

/**
 * The hebei 部门预算 header block (A–G), as seed 002 lays it out: title, 单位, 项目编码 and 项目名称,
 * 预算规模及资金用途 (预算数 · 其中：财政资金 · 其他资金, then the use of the funds), 资金支出计划 by
 * quarter, 绩效目标, and the six-column indicator heading. Returns the first indicator row.
 */
function blankHebeiHeader(write: Write, merge: Merge): number {
  write(0, 0, '项目绩效目标表');
  merge(0, 0, 0, 6);
  write(1, 6, '单位：万元');
  write(2, 0, '项目编码');
  merge(2, 1, 2, 2);
  write(2, 3, '项目名称');
  merge(2, 4, 2, 6);
  write(3, 0, '预算规模及资金用途');
  merge(3, 0, 4, 0);
  write(3, 1, '预算数');
  write(3, 3, '其中：财政资金');
  write(3, 5, '其他资金');
  merge(4, 1, 4, 6);
  write(5, 0, '资金支出计划（%）');
  merge(5, 0, 6, 0);
  ['3月底', '6月底', '10月底', '12月底'].forEach((q, i) => write(5, [1, 3, 4, 5][i]!, q));
  merge(5, 1, 5, 2);
  merge(6, 1, 6, 2);
  write(7, 0, '绩效目标');
  merge(7, 1, 7, 6);
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '', '指标值', '指标值确定依据'].forEach((h, c) => h && write(8, c, h));
  merge(8, 3, 8, 4);
  return 9;
}

/**
 * A template value split for a table with an operator (指标性质) and / or a unit (计量单位) column:
 * `≥95%` → ≥ · 95 · %, `**人次` → = · ** · 人次. A value that is not one number with a unit
 * (`2024年12月底前`) stays whole in the value column.
 */
export function splitValue(text: string, operatorColumn: boolean, unitColumn: boolean): { operator?: string; value: string; unit?: string } {
  const m = /^([≥≤=＝><]?)\s*(\d+(?:\.\d+)?|\*\*)\s*([^\d*]*)$/.exec(text);
  if (!m || (!operatorColumn && !unitColumn)) return { value: text };
  const [, op, number, unit] = m as unknown as [string, string, string, string];
  const out: { operator?: string; value: string; unit?: string } = { value: text };
  let rest = text;
  if (operatorColumn) {
    out.operator = op === '' || op === '＝' ? '=' : op;
    rest = rest.slice(op.length).trim();
  }
  if (unitColumn && unit !== '' && !/[年月日前内]/.test(unit)) {
    out.unit = unit;
    rest = number;
  }
  out.value = rest;
  return out;
}
