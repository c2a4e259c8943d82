/**
 * The label vocabulary of the standard layouts, matched on normalised text so that
 * 全角/半角 forms, inner spaces, numbering (`11-数量指标`) and `（必填）` notes all match.
 */
import { remembered } from '../memo';
import type { Level1Id, Level2Id } from '../model';
import { normalizeLabel } from '../text';

export interface LevelLabel {
  level1?: Level1Id;
  level2?: Level2Id;
  required: boolean;
  /** The label carries a 必填 or 选填 tag: the table says which indicators its template requires. */
  tagged: boolean;
}

/** Strips numbering and notes: `11-数量指标（必填 硬性指标）` → `数量`. */
function levelStem(text: string): { stem: string; required: boolean; tagged: boolean } {
  const norm = normalizeLabel(text);
  const required = norm.includes('必填');
  const tagged = required || norm.includes('选填');
  const stem = norm
    .replace(/^(\d{1,2}[-—.、．]|[一二三四五六七八九十]+[、.．])/, '')
    .replace(/\([^)]*\)?/g, '')
    .replace(/【[^】]*】?/g, '')
    // A score in the label: `成本指标(0-20)分`, `预算执行10分`.
    .replace(/\d+(\.\d+)?分$/, '')
    .replace(/分$/, '')
    .replace(/[:：]$/, '')
    .replace(/指标$/, '');
  return { stem, required, tagged };
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
  预算控制: 'cost',
  投资规模控制: 'cost',
  预算执行: 'cost',
  社会经济生态效益: 'combinedBenefit',
  '社会、经济、生态效益': 'combinedBenefit',
  经济社会生态效益: 'combinedBenefit',
  效益: 'combinedBenefit',
  经济成本: 'economicCost',
  社会成本: 'socialCost',
  生态环境成本: 'ecologicalCost',
  环境成本: 'ecologicalCost',
};

const LEVEL1_STEMS: Record<string, Level1Id> = {
  产出: 'output',
  项目完成: 'output',
  预期产出: 'output',
  效益: 'benefit',
  项目效益: 'benefit',
  效果: 'benefit',
  预期效果: 'benefit',
  满意度: 'satisfaction',
  成本: 'cost',
};

// Level labels repeat on every row of every table: what each spelling means is read once (`remembered`).
const level1Memo = new Map<string, LevelLabel>();
const level2Memo = new Map<string, LevelLabel>();

function readLevel1(text: string): LevelLabel {
  const { stem, required, tagged } = levelStem(text);
  const id = LEVEL1_STEMS[stem];
  return id ? { level1: id, required, tagged } : { required, tagged };
}

function readLevel2(text: string): LevelLabel {
  const { stem, required, tagged } = levelStem(text);
  const id = LEVEL2_STEMS[stem];
  return id ? { level2: id, required, tagged } : { required, tagged };
}

/** Reads a 一级 label. */
export function parseLevel1(text: string): LevelLabel {
  return remembered(level1Memo, text, readLevel1);
}

/** Reads a 二级 label. */
export function parseLevel2(text: string): LevelLabel {
  return remembered(level2Memo, text, readLevel2);
}

/** A 资金支出计划 heading (`资金支出计划（%）`). */
export function isSpendingPlanNorm(n: string): boolean {
  return n.startsWith('资金支出计划');
}

/** The month of a spending-plan column heading (`3月底` → 3). */
export function planMonth(text: string): number | undefined {
  const m = /^(\d{1,2})月(底|末)?$/.exec(normalizeLabel(text));
  return m ? Number(m[1]) : undefined;
}

/** Title of a target table (`部门项目支出预算绩效目标表`, `1、…绩效目标表`), normalised. */
export function isTitleNorm(n: string): boolean {
  return TITLE.test(n) || ATTACHMENT.test(n);
}

const TITLE = /绩效目标(申报|批复|审批|审核|申请)?表$/;
const ATTACHMENT = /^附件\d*[:]/;

/** The year line under a title, normalised: `(2024 年度)`, `（2024年）`, `预算年度：2024`. */
export function yearLineNorm(n: string): number | undefined {
  if (n.length > 16 || !n.includes('20')) return undefined;
  const m = YEAR_LINE.exec(n) ?? YEAR_IN_BRACKETS.exec(n) ?? BUDGET_YEAR_LINE.exec(n);
  return m ? Number(m[1]) : undefined;
}

const YEAR_LINE = /^\(?(20\d\d)年度?\)?$/;
const YEAR_IN_BRACKETS = /^\((20\d\d)\)年度?$/;
const BUDGET_YEAR_LINE = /^(?:预算)?年度[:](20\d\d)年?$/;

const UNIT_LINE = /^(?:金额)?单位[:](亿元|万元|千元|元)$/;

/** `单位：万元` (normalised) → 万元. */
export function unitLineNorm(n: string): string | undefined {
  if (n.length > 10) return undefined;
  const m = UNIT_LINE.exec(n);
  return m ? m[1] : undefined;
}


const TRAILER_INITIALS = new Set([...'注备说填联单财审复经负日制一二三四五六七八九十']);

export function isTrailerNorm(n: string): boolean {
  if (n === '' || !TRAILER_INITIALS.has(n[0]!)) return false;
  return (
    /^(注|备注|说明|填表说明|填报说明)([:]|$)/.test(n) ||
    /^(填表人|填报人|联系人|联系电话|单位负责人|财务负责人|审核人|制表人|制表|填报日期|填表日期)[:]?/.test(n) ||
    // Short words that also begin indicator names (审核通过率, 日期准确率): a sign-off only with its colon, or alone.
    /^(审核|复核|复核人|经办人|负责人|日期)([:]|$)/.test(n) ||
    /^[一二三四五六七八九十]+、/.test(n)
  );
}
