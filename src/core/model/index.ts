/**
 * The typed model of a recognised table. Every field and indicator cell keeps its sheet address.
 * One identifier per concept, from the label the recogniser reads to the model field a rule uses.
 *
 * Glossary (中文 ↔ identifier)
 * Project tables (ProjectTable, kind `project/<spec>`)
 *   项目支出绩效目标表 project table          项目名称 fields.projectName    项目编码 fields.projectCode
 *   主管部门 / 预算单位 fields.department       财政部门 fields.financeDept      实施单位 fields.implementer
 *   项目属性 fields.projectAttribute           项目类别 fields.projectCategory  项目期(限) fields.projectPeriod
 *   年度(总体)目标 fields.annualGoal           总体目标 fields.overallGoal      资金用途 fields.useOfFunds
 *   项目概况 / 立项依据 / 必要性 / 实施计划 fields.overview · legalBasis · necessity · measures
 *   项目资金 / 预算规模 / 资金情况 funds        年度资金总额 / 预算数 funds.total 中期资金总额 funds.medium
 *   财政拨款 / 财政资金 funds.fiscal           其他资金 funds.other             中央/市级/区级资金 funds.sources
 *   资金支出计划 spendingPlan                  分值 / 权重 scores
 * Indicator grids (project tables, and the 指标N block of a department table)
 *   一级指标 level1   二级指标 level2   三级指标 level3   指标值 / 目标值 / 绩效值 values
 *   column roles (ColumnRole): 一级 level1 · 二级 level2 · 三级 level3 · 指标值 value ·
 *     指标性质/指标方向 operator · 计量单位 unit · 分值 score · 绩效指标描述/指标解释 description ·
 *     指标值确定依据 basis · 备注 (and headings nobody knows) note
 *   产出 output  效益 benefit  满意度 satisfaction  成本(2021) cost
 *   数量 quantity  质量 quality  时效 timeliness  成本 cost
 *   经济效益 economicBenefit  社会效益 socialBenefit  生态效益 ecologicalBenefit  社会、经济、生态效益 combinedBenefit
 *   可持续影响 sustainability  服务对象满意度 serviceSatisfaction
 *   经济成本 economicCost  社会成本 socialCost  生态环境成本 ecologicalCost
 *   中期 medium · 年度 annual (term)   必填 required
 * Department tables (DepartmentTable, kind `department`)
 *   部门整体(支出)绩效目标表 / 申报表 department table   部门名称 / 预算部门 name   总体绩效目标 goal
 *   资金总额 budget.total   基本支出 budget.basic   项目支出 budget.project
 *   事业发展性支出: 财政专项资金 budget.developmentSpecial · 其他事业发展性支出 budget.developmentOther
 *   收入来源: 财政拨款 budget.fiscal · 其他资金 budget.other   合计/财政拨款/专户资金/单位资金 parts
 *   任务 / 年度主要任务 / 年度履职目标 tasks    拟投入的资金 / 金额 task amount    主要实施内容 task content
 * Budget tables (BudgetTable, kind `budget/<表名>`)
 *   单位预算公开表 budget table   栏次 columnRow (the 1 2 3 … row)   科目编码 code   科目名称 name
 *   项目 / 乡镇 / 项目名称 item   预算数 / 金额 amount   预算资金 / 预留中小企业份额 reference
 *   数量 / 单价 measure   收入 | 支出 halves   合计 total row
 *   专项资金安排表 / 项目支出预算表 list (list.fundName, list.items, list.totalRow)
 *   “三公”经费 sangong: 因公出国(境)费 abroad · 公务接待费 reception · 公务用车购置及运行费 vehicles ·
 *     购置费 purchase · 运行(维护)费 running · 会议费 meeting · 培训费 training;
 *     本年 current · 上年 previous · 增减额 change · 增减幅度 rate
 * Amounts
 *   万元 wan (10,000 yuan; every amount is compared in 万元)   尾差 rounding (a last-digit difference)
 */
import type Decimal from 'decimal.js';
import type { CellRange, CellValue } from '../grid/grid';
import type { ParsedValue } from '../values/parse';
import type { ProjectLayout } from '../layouts/specs';
import type { ColumnRole, FieldKey } from '../layouts/specs/schema';
import type { Level1Id, Level2Id } from './schemas';
import type { BudgetTable } from '../layouts/budget';
import type { DepartmentTable } from '../layouts/department';

export type { ColumnRole, FieldKey, Level1Id, Level2Id, ProjectLayout };
export type TableKind = ProjectLayout | 'department' | `budget/${string}`;

export const LEVEL1_NAMES: Record<Level1Id, string> = {
  output: '产出指标',
  benefit: '效益指标',
  satisfaction: '满意度指标',
  cost: '成本指标',
};

export const LEVEL2_NAMES: Record<Level2Id, string> = {
  quantity: '数量指标',
  quality: '质量指标',
  timeliness: '时效指标',
  cost: '成本指标',
  economicBenefit: '经济效益指标',
  socialBenefit: '社会效益指标',
  ecologicalBenefit: '生态效益指标',
  sustainability: '可持续影响指标',
  serviceSatisfaction: '服务对象满意度指标',
  combinedBenefit: '社会、经济、生态效益指标',
  economicCost: '经济成本指标',
  socialCost: '社会成本指标',
  ecologicalCost: '生态环境成本指标',
};

/** A cell of the sheet as the model sees it. */
export interface FieldCell {
  row: number;
  col: number;
  /** A1 address. */
  address: string;
  text: string;
  raw: CellValue;
}

export interface LevelCell {
  /** Where the label is written (for merged or blank-below cells: the first row of the block). */
  cell: FieldCell;
  id: Level1Id | Level2Id | null;
  /** The label marks the indicator as mandatory: `（必填）`, `（必填硬性指标）`. */
  required: boolean;
  /** The label carries a 必填 or 选填 tag. */
  tagged: boolean;
}

/** One value of an indicator row: the 指标值 cell, or one of several (中期 and 年度, one per village). */
export interface IndicatorValue {
  cell: FieldCell;
  /** The value parsed with its operator and unit columns and a unit written in the 三级 name. */
  parsed: ParsedValue;
  /** The heading of the value's column when a row has several (`西坪镇尧山村`, `中期`). */
  label?: string;
  /** Which period the value is for: 年度 unless its block or heading says 中期. */
  term: 'annual' | 'medium';
  /** Position of the value's column among the value columns of its block, from 0. */
  column: number;
  /** The operator (指标方向 `≥`) and unit (计量单位) cells read with it. */
  operator?: FieldCell;
  unit?: FieldCell;
}

export interface IndicatorRow {
  row: number;
  /** The block of the grid the row belongs to (a 中期 block beside a 年度 block), from 0. */
  block: number;
  level1: (LevelCell & { id: Level1Id | null }) | null;
  level2: (LevelCell & { id: Level2Id | null }) | null;
  level3: FieldCell;
  /** The 三级 name in comparable form (full-width, spacing and markup folded). */
  level3Key: string;
  values: IndicatorValue[];
  description?: FieldCell;
  basis?: FieldCell;
  /** 分值 / 权重 of the row, when the grid has such a column. */
  score?: { cell: FieldCell; value: Decimal | null };
  /** Unit written in the 三级 name (`…（万元）`). */
  nameUnit?: string;
}

/** A value of an indicator as the value rules see it: the row with one of its values. */
export interface IndicatorEntry extends Omit<IndicatorRow, 'values'> {
  value: FieldCell;
  parsed: ParsedValue;
  term: 'annual' | 'medium';
  column: number;
  label?: string;
}

/** Every value of every indicator row, row by row; made once per table (tables are not changed after recognition). */
export function indicatorEntries(t: { indicators: readonly IndicatorRow[] }): readonly IndicatorEntry[] {
  let out = entryCache.get(t.indicators);
  if (out) return out;
  out = [];
  for (const row of t.indicators) for (const v of row.values) out.push(new Entry(row, v));
  entryCache.set(t.indicators, out);
  return out;
}

const entryCache = new WeakMap<readonly IndicatorRow[], IndicatorEntry[]>();

/** An entry reads through to its row and value: two references per value, nothing copied. */
class Entry implements IndicatorEntry {
  constructor(
    private readonly r: IndicatorRow,
    private readonly v: IndicatorValue,
  ) {}

  get row(): number {
    return this.r.row;
  }

  get block(): number {
    return this.r.block;
  }

  get level1(): IndicatorRow['level1'] {
    return this.r.level1;
  }

  get level2(): IndicatorRow['level2'] {
    return this.r.level2;
  }

  get level3(): FieldCell {
    return this.r.level3;
  }

  get level3Key(): string {
    return this.r.level3Key;
  }

  get description(): FieldCell | undefined {
    return this.r.description;
  }

  get basis(): FieldCell | undefined {
    return this.r.basis;
  }

  get score(): IndicatorRow['score'] {
    return this.r.score;
  }

  get nameUnit(): string | undefined {
    return this.r.nameUnit;
  }

  get value(): FieldCell {
    return this.v.cell;
  }

  get parsed(): ParsedValue {
    return this.v.parsed;
  }

  get term(): 'annual' | 'medium' {
    return this.v.term;
  }

  get column(): number {
    return this.v.column;
  }

  get label(): string | undefined {
    return this.v.label;
  }
}

export interface FundField {
  label: FieldCell;
  /** The value cell (may be empty: then it is where the value belongs). */
  value: FieldCell;
  /** Amount in 万元; null when blank; 'invalid' when the text is not a number. */
  amount: Decimal | null | 'invalid';
  /** Parts written in the same cell: `854万(高标准农田建设400万元,…)`, `250 一、预算资金:250 二、自有资金:0`. */
  parts?: Array<{ label: string; amount: Decimal }>;
}

export interface SpendingPlanPoint {
  label: FieldCell;
  value: FieldCell;
  /** Percentage 0–100, null when blank, 'invalid' when unreadable. */
  percent: Decimal | null | 'invalid';
}

export interface ProjectTable {
  kind: ProjectLayout;
  sheet: string;
  /** Position of the table among the tables of its sheet, from 0. */
  index: number;
  range: CellRange;
  /** A1 form of `range`. */
  rangeA1: string;
  title?: FieldCell;
  /** The budget year, from the year line (`(2024 年度)`) or `预算年度：2024`. */
  year?: number;
  /** 单位：元 etc. changes how bare amounts are read; 万元 by default. */
  amountUnit: string;
  fields: Partial<Record<FieldKey, { label: FieldCell; value: FieldCell }>>;
  /** 中期目标 beside 年度目标, when the table has both. */
  mediumGoal?: { label: FieldCell; value: FieldCell };
  funds: {
    total?: FundField;
    /** 中期资金总额 / 中期预算, beside the year's total. */
    medium?: FundField;
    fiscal?: FundField;
    other?: FundField;
    /** Sources listed as parts (中央资金, 市级资金, 上级资金 …). */
    sources: FundField[];
  };
  spendingPlan: SpendingPlanPoint[];
  /** The indicator grid's headings; null when the header block has no grid under it. */
  header: IndicatorHeader | null;
  indicators: IndicatorRow[];
  /** Scores the table states: `权重分值90分，其中产出指标权重分值50分…`, `产出指标(50分)`. */
  scores: { total?: { cell: FieldCell; value: Decimal }; level1: Partial<Record<Level1Id, { cell: FieldCell; value: Decimal }>> };
  /** Non-empty cells inside the table that could not be placed in the model. */
  unplaced: FieldCell[];
}

export interface GridColumn {
  col: number;
  role: ColumnRole;
  heading: FieldCell;
  block: number;
  /** For value columns: the heading, when it names a place or a term. */
  label?: string;
  term: 'annual' | 'medium';
  /** How the role was found: the heading is not in the vocabulary (read as a note beside 指标值), or the user taught it (the workbook store). */
  source?: 'unknown' | 'taught';
}

export interface IndicatorBlock {
  level2Col: number;
  level3Col: number;
  valueCols: number[];
  term: 'annual' | 'medium';
}

export interface IndicatorHeader {
  row: number;
  level1Col: number;
  /** Block 0's columns (the only block of most tables). */
  level2Col: number;
  level3Col: number;
  valueCol: number;
  descriptionCol?: number;
  basisCol?: number;
  operatorCol?: number;
  unitCol?: number;
  scoreCol?: number;
  columns: GridColumn[];
  blocks: IndicatorBlock[];
  /** Right edge of the table, used for the span of the last column. */
  lastCol: number;
}

/** A place that looks like a target, department or budget table but was not read as one, and why. */
export interface NearMiss {
  sheet: string;
  /** The cell where the would-be table shows itself (A1, and its row and column from 0). */
  cell: string;
  row: number;
  col: number;
  family: '项目绩效目标表' | '单位预算表' | '“三公”经费表';
  reason: string;
}

/** Every kind of table the engine recognises. The model is their one home, so rules need not import the engine. */
export type RecognizedTable = ProjectTable | BudgetTable | DepartmentTable;

export function isProjectTable(t: RecognizedTable): t is ProjectTable {
  return t.kind.startsWith('project/');
}

/** The indicator part of a table: a project table itself, or the block under a 部门整体 table's tasks. */
export function indicatorTableOf(t: RecognizedTable): ProjectTable | undefined {
  if (isProjectTable(t)) return t;
  return t.kind === 'department' ? t.indicators : undefined;
}

/** Name of the project, or undefined when the table has none. */
export function projectName(t: ProjectTable): string | undefined {
  const v = t.fields.projectName?.value.text.trim();
  return v ? v : undefined;
}
