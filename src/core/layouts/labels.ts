/**
 * The label vocabulary of the standard layouts, matched on normalised text so that
 * 全角/半角 forms, inner spaces, numbering (`11-数量指标`) and `（必填）` notes all match.
 */
import Decimal from 'decimal.js';
import type { FieldKey, Level1Id, Level2Id } from '../model';
import { normalizeLabel } from '../text';

export interface LevelLabel {
  level1?: Level1Id;
  level2?: Level2Id;
  required: boolean;
}

/** Strips numbering and notes: `11-数量指标（必填 硬性指标）` → `数量`. */
function levelStem(text: string): { stem: string; required: boolean } {
  const norm = normalizeLabel(text);
  const required = norm.includes('必填');
  const stem = norm
    .replace(/^(\d{1,2}[-—.、．]|[一二三四五六七八九十]+[、.．])/, '')
    .replace(/\([^)]*\)?/g, '')
    .replace(/【[^】]*】?/g, '')
    .replace(/[:：]$/, '')
    .replace(/指标$/, '');
  return { stem, required };
}

const LEVEL2_STEMS: Record<string, Level2Id> = {
  数量: 'quantity',
  质量: 'quality',
  时效: 'timeliness',
  成本: 'cost',
  经济效益: 'economicBenefit',
  社会效益: 'socialBenefit',
  生态效益: 'ecologicalBenefit',
  环境效益: 'ecologicalBenefit',
  可持续影响: 'sustainability',
  可持续发展: 'sustainability',
  服务对象满意度: 'serviceSatisfaction',
  社会公众或服务对象满意度: 'serviceSatisfaction',
  满意度: 'serviceSatisfaction',
  经济成本: 'economicCost',
  社会成本: 'socialCost',
  生态环境成本: 'ecologicalCost',
  环境成本: 'ecologicalCost',
};

const LEVEL1_STEMS: Record<string, Level1Id> = {
  产出: 'output',
  效益: 'benefit',
  满意度: 'satisfaction',
  成本: 'cost',
};

// Level labels repeat on every row of every table: remember what each spelling means.
const level1Memo = new Map<string, LevelLabel>();
const level2Memo = new Map<string, LevelLabel>();
const MEMO_LIMIT = 5000;

function memo(map: Map<string, LevelLabel>, text: string, read: () => LevelLabel): LevelLabel {
  let v = map.get(text);
  if (!v) {
    v = read();
    if (map.size >= MEMO_LIMIT) map.clear();
    map.set(text, v);
  }
  return v;
}

/** Reads a 一级 label. */
export function parseLevel1(text: string): LevelLabel {
  return memo(level1Memo, text, () => {
    const { stem, required } = levelStem(text);
    const id = LEVEL1_STEMS[stem];
    return id ? { level1: id, required } : { required };
  });
}

/** Reads a 二级 label. */
export function parseLevel2(text: string): LevelLabel {
  return memo(level2Memo, text, () => {
    const { stem, required } = levelStem(text);
    const id = LEVEL2_STEMS[stem];
    return id ? { level2: id, required } : { required };
  });
}

export type HeaderColumn = 'level1' | 'level2' | 'level3' | 'value' | 'description' | 'basis';

/** Column headings of the indicator grid. */
export function headerColumn(text: string): HeaderColumn | undefined {
  return headerColumnNorm(normalizeLabel(text));
}

/** `headerColumn` for normalised text. */
export function headerColumnNorm(n: string): HeaderColumn | undefined {
  if (n.length > 12) return undefined;
  if (n === '一级指标') return 'level1';
  if (n === '二级指标') return 'level2';
  if (n === '三级指标') return 'level3';
  if (/^(指标值|绩效值|目标值|年度指标值|绩效指标值|指标值\(.*\)|年度目标值)$/.test(n)) return 'value';
  if (/^(绩效指标描述|指标描述|指标解释|指标说明)$/.test(n)) return 'description';
  if (/^(指标值确定依据|确定依据|指标值设定依据|设定依据)$/.test(n)) return 'basis';
  return undefined;
}

export type LabelKind =
  | FieldKey
  | 'fundGroup'
  | 'fundTotal'
  | 'fiscalFunds'
  | 'otherFunds'
  | 'spendingPlan'
  | 'planPoint';

export interface SectionLabel {
  kind: LabelKind;
  /** Text after the label in the same cell (`年度资金总额：60`). */
  inlineValue?: string;
  /** Unit stated in the label (`项目资金（万元）`). */
  unit?: string;
}

const FIELD_LABELS: ReadonlyArray<[RegExp, LabelKind]> = [
  [/^项目名称[:]?(.*)$/, 'projectName'],
  [/^项目(编码|代码|编号)[:]?(.*)$/, 'projectCode'],
  [/^主管部门(及代码)?[:]?$/, 'department'],
  [/^(实施单位|项目实施单位)[:]?$/, 'implementer'],
  [/^项目属性[:]?$/, 'projectAttribute'],
  [/^(项目期限?|项目周期|实施期限)[:]?$/, 'projectPeriod'],
  [/^(项目资金|资金情况|项目资金情况)(\((万元|元|千元|亿元)\))?[:]?$/, 'fundGroup'],
  [/^预算规模(及资金用途)?(\((万元|元|千元|亿元)\))?[:]?$/, 'fundGroup'],
  [/^(年度资金总额|资金总额|年度预算数|预算数|预算总额)(\((万元|元)\))?[:]?(.*)$/, 'fundTotal'],
  [/^(其中)?[:]?(财政拨款|财政资金|财政性资金)(\((万元|元)\))?[:]?(.*)$/, 'fiscalFunds'],
  [/^(其他资金|其它资金)(\((万元|元)\))?[:]?(.*)$/, 'otherFunds'],
  [/^(年度)?(总体)?(绩效)?目标[:]?$/, 'annualGoal'],
  [/^资金用途[:]?$/, 'useOfFunds'],
  [/^资金支出计划/, 'spendingPlan'],
  [/^(\d{1,2})月(底|末)?$/, 'planPoint'],
];

/** First characters of every section label: a cheap filter before the regular expressions. */
const LABEL_INITIALS = new Set([...'项主实年资其预财绩单0123456789']);

/** Reads a label of the header section (the part above the indicator grid). */
export function sectionLabel(text: string): SectionLabel | undefined {
  return sectionLabelNorm(normalizeLabel(text));
}

/** `sectionLabel` for text already passed through `normalizeLabel`. */
export function sectionLabelNorm(n: string): SectionLabel | undefined {
  if (n === '' || n.length > 60 || !LABEL_INITIALS.has(n[0]!)) return undefined;
  for (const [re, kind] of FIELD_LABELS) {
    const m = re.exec(n);
    if (!m) continue;
    const label: SectionLabel = { kind };
    if (kind === 'fundTotal' || kind === 'fiscalFunds' || kind === 'otherFunds') {
      const inline = m[m.length - 1];
      if (inline) label.inlineValue = inline;
    }
    if (kind === 'projectName' && m[1]) label.inlineValue = m[1];
    if (kind === 'fundGroup') {
      const u = /\((万元|元|千元|亿元)\)/.exec(n);
      if (u) label.unit = u[1];
    }
    return label;
  }
  return undefined;
}

/** The month of a spending-plan column heading (`3月底` → 3). */
export function planMonth(text: string): number | undefined {
  const m = /^(\d{1,2})月(底|末)?$/.exec(normalizeLabel(text));
  return m ? Number(m[1]) : undefined;
}

/** Title of a target table (`部门项目支出预算绩效目标表`, `1、…绩效目标表`). */
export function isTitle(text: string): boolean {
  return isTitleNorm(normalizeLabel(text));
}

export function isTitleNorm(n: string): boolean {
  return /绩效目标(申报)?表$/.test(n) || /^附件\d*[:]/.test(n);
}

/** The year line under a title: `(2024 年度)`, `（2024年）`, `预算年度：2024`. */
export function yearLine(text: string): number | undefined {
  return yearLineNorm(normalizeLabel(text));
}

export function yearLineNorm(n: string): number | undefined {
  if (n.length > 16 || !n.includes('20')) return undefined;
  const m = /^\(?(20\d\d)年度?\)?$/.exec(n) ?? /^(?:预算)?年度[:](20\d\d)年?$/.exec(n);
  return m ? Number(m[1]) : undefined;
}

const UNIT_FACTORS: Record<string, Decimal> = {
  亿元: new Decimal(10000),
  万元: new Decimal(1),
  千元: new Decimal('0.1'),
  元: new Decimal('0.0001'),
};

/** `单位：万元` → 万元. */
export function unitLine(text: string): string | undefined {
  return unitLineNorm(normalizeLabel(text));
}

export function unitLineNorm(n: string): string | undefined {
  if (n.length > 10) return undefined;
  const m = /^(?:金额)?单位[:](亿元|万元|千元|元)$/.exec(n);
  return m ? m[1] : undefined;
}

export function unitFactor(unit: string): Decimal {
  return UNIT_FACTORS[unit] ?? new Decimal(1);
}

/** Lines that end a table: notes, sign-off lines, the next numbered chapter. */
export function isTrailer(text: string): boolean {
  return isTrailerNorm(normalizeLabel(text));
}

const TRAILER_INITIALS = new Set([...'注备说填联单财审制一二三四五六七八九十']);

export function isTrailerNorm(n: string): boolean {
  if (n === '' || !TRAILER_INITIALS.has(n[0]!)) return false;
  return (
    /^(注|备注|说明|填表说明|填报说明)[:]/.test(n) ||
    /^(填表人|填报人|联系人|联系电话|单位负责人|财务负责人|审核人|制表人|制表|填报日期|填表日期)[:]?/.test(n) ||
    /^[一二三四五六七八九十]+、/.test(n)
  );
}

/** The label in the first column of the indicator grid (`绩效指标`, `名称`). */
export function isGridSideLabel(text: string): boolean {
  return isGridSideLabelNorm(normalizeLabel(text));
}

export function isGridSideLabelNorm(n: string): boolean {
  return /^(绩效指标|名称|年度绩效指标|绩效指标名称)$/.test(n);
}
