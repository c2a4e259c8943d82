/**
 * Numbers for a template's `{n}` read from the table's own text: its 年度目标 (and 总体目标) say how
 * many villages, people, metres or works, and at what standard — `按照通伏乡13个行政村，每村5人…每人
 * 每年补助2万元，补助资金共计130万元` gives 65 人 (13 × 5) and 2 万元/人/年, and 65 × 2 = 130 is
 * checked against the funds. Each proposal names its source; the pane shows it as a proposal and
 * writes it only when the user accepts it (otherwise `**` stays for them to fill).
 */
import Decimal from 'decimal.js';
import type { ProjectTable } from '../model';
import { formatWan } from '../values/parse';
import { normalizeLabel } from '../text';
import type { IndicatorTemplate } from './library';

/** A figure the text states: a count (`13个行政村`), a length (`3500米`), or a standard (`每人每年补助2万元`). */
interface Fact {
  value: Decimal;
  /** 人, 村, 米, 个 …; money as 万元. */
  unit: string;
  /** What is counted (`行政村`, `小型水利工程`), for counts. */
  noun: string;
  /** For a standard: what it is per (`['人', '年']`). */
  per?: string[];
  /** The words of the text it was read from. */
  source: string;
  /** Worked out from two facts (13 村 × 5 人/村). */
  derived?: boolean;
}

export interface Proposal {
  /** The template's value with the number in (`65人`, `2万元/人/年`). */
  value: string;
  /** Where the number comes from, in Chinese. */
  source: string;
}

/** Count words, with the unit a template writes for them. */
const COUNT = /(\d+(?:\.\d+)?)(个|名|位|户|所|处|座|项|场|次|期|株|棵|亩|公里|千米|米|人次|人)?(行政村|自然村|村|社区|乡镇|学校|[\u4e00-\u9fa5]{0,8})/g;
const PER = /每(人|村|户|所|个|社区|队)(?:每(年|月))?(?:补助|发放|标准为|按)?(\d+(?:\.\d+)?)(万元|元|人|名)/g;
const AT_LEAST_TWO = /[\u4e00-\u9fa5]{2}/;

function factsOf(text: string): Fact[] {
  const s = normalizeLabel(text).replace(/约|共计|共|合计/g, '');
  const facts: Fact[] = [];
  const standards: Array<[number, number]> = [];
  for (const m of s.matchAll(PER)) {
    standards.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    const [whole, per, period, n, unit] = m as unknown as [string, string, string | undefined, string, string];
    const money = unit === '万元' || unit === '元';
    facts.push({
      value: unit === '元' ? new Decimal(n).div(10000) : new Decimal(n),
      unit: money ? '万元' : '人',
      noun: '',
      per: [per, ...(period ? [period] : [])],
      source: whole,
    });
  }
  for (const m of s.matchAll(COUNT)) {
    const [whole, n, measure, noun] = m as unknown as [string, string, string | undefined, string];
    const at = m.index ?? 0;
    // Not inside a standard (`每村5人` is read above), a year, or money.
    if (standards.some(([a, b]) => at >= a && at < b) || /年|月|日|万元|元|%/.test(s.slice((m.index ?? 0) + n.length, (m.index ?? 0) + n.length + 2)) || /^(19|20)\d{2}$/.test(n)) continue;
    const villages = /村|社区/.test(noun) && !measure;
    const unit = measure === '千米' ? '公里' : villages ? '村' : (measure ?? '');
    if (unit === '' && !AT_LEAST_TWO.test(noun)) continue;
    facts.push({ value: new Decimal(n), unit: unit || '个', noun, source: whole });
  }
  // 13 个行政村 × 每村 5 人 = 65 人.
  for (const p of facts.filter((f) => f.per && f.unit === '人' && f.per.length === 1)) {
    const counted = facts.find((f) => !f.per && !f.derived && (f.unit === '村' || /村|社区/.test(f.noun)) && (p.per![0] === '村' || p.per![0] === '社区'));
    if (counted) facts.push({ value: counted.value.mul(p.value), unit: '人', noun: '', source: `${counted.source}，${p.source}`, derived: true });
  }
  return facts;
}

/** The unit a template writes after `{n}` and what it is per (`{n}万元/人` → 万元, [人]). */
function templateUnit(value: string): { op: string; unit: string; per: string[] } | undefined {
  const m = /^([≥≤=]?)\{n\}([^/{}]*)((?:\/[^/{}]+)*)$/.exec(value);
  if (!m) return undefined;
  return { op: m[1]!, unit: m[2]!.trim(), per: m[3] ? m[3].split('/').filter(Boolean) : [] };
}

/** Two names share a word (two characters) beyond the common ones: 建设水利工程数量 · 小型水利工程. */
function related(name: string, noun: string): boolean {
  if ((/村|社区/.test(noun) && /村|社区/.test(name)) || (/学校|校/.test(noun) && /学校|校/.test(name))) return true;
  const words = (t: string) => new Set([...t].slice(0, -1).map((c, i) => c + t[i + 1]!).filter((w) => !/数量|个数|项目|工作|建设|完成/.test(w)));
  const a = words(normalizeLabel(name));
  return [...words(normalizeLabel(noun))].some((w) => a.has(w));
}

/**
 * The proposal for one template, if the table's text states its number; `check` says whether the
 * count × the standard makes the funds.
 */
export function proposeValue(t: IndicatorTemplate, table: ProjectTable): Proposal | undefined {
  const want = templateUnit(t.value);
  if (!want) return undefined;
  const goal = [table.fields.annualGoal?.value.text, table.fields.overallGoal?.value.text].filter((x): x is string => !!x).join('。');
  if (!goal) return undefined;
  const facts = factsOf(goal);
  const quote = (f: Fact) => `据年度目标“${f.source}”`;
  const total = table.funds.total?.amount instanceof Decimal ? table.funds.total.amount : undefined;
  // A standard in money per person / village: written in the text's own units (2万元/人/年).
  if ((want.unit === '万元' || want.unit === '元') && want.per.length > 0) {
    const f = facts.find((x) => x.per && x.unit === '万元' && x.per[0] === want.per[0]);
    if (!f) return undefined;
    const people = facts.find((x) => x.derived && x.unit === f.per![0]) ?? facts.find((x) => !x.per && x.unit === f.per![0]);
    let check = '';
    if (people && total) {
      const product = people.value.mul(f.value);
      check = product.eq(total) ? `；${people.value.toString()}${people.unit} × ${formatWan(f.value)}万元 = ${formatWan(product)}万元，与资金总额一致` : `；${people.value.toString()}${people.unit} × ${formatWan(f.value)}万元 = ${formatWan(product)}万元，与资金总额 ${formatWan(total)} 万元不一致，请核实`;
    }
    return { value: `${want.op}${formatWan(f.value)}万元/${f.per!.join('/')}`, source: `${quote(f)}${check}` };
  }
  if (want.per.length > 0) return undefined;
  // A total of people: the derived one first (13 村 × 5 人), else one the text states.
  if (want.unit === '人') {
    const f = facts.find((x) => x.unit === '人' && !x.per && x.derived) ?? facts.find((x) => x.unit === '人' && !x.per);
    return f && { value: `${want.op}${f.value.toString()}人`, source: quote(f) };
  }
  // Lengths: 3500米 is 3.5公里.
  if (want.unit === '公里' || want.unit === '米') {
    const f = facts.find((x) => x.unit === '米' || x.unit === '公里');
    if (!f) return undefined;
    const n = f.unit === want.unit ? f.value : f.unit === '米' ? f.value.div(1000) : f.value.mul(1000);
    return { value: `${want.op}${n.toString()}${want.unit}`, source: quote(f) };
  }
  // Counts of villages, works, schools …: the same unit, or 个 / 处 / 项 of something the name speaks of.
  const f = facts.find((x) => !x.per && x.unit === want.unit && x.unit !== '个') ?? facts.find((x) => !x.per && ['个', '处', '项', '所', '座', '村'].includes(x.unit) && ['个', '处', '项', '所', '座'].includes(want.unit) && related(t.name, x.noun || x.source));
  return f && { value: `${want.op}${f.value.toString()}${want.unit}`, source: quote(f) };
}
