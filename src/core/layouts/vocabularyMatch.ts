/**
 * The spec vocabulary compiled into lookups: grid headings by role, header field labels, fund lines,
 * goal headings, terms. Literal labels are looked up exactly; `/…/` labels are tried after them.
 */
import { remembered } from '../memo';
import { normalizeLabel } from '../text';
import type { ColumnRole, FieldKey, FundLine } from './specs/schema';
import { VOCABULARY } from './specs';

interface Matcher<T> {
  exact: Map<string, T>;
  patterns: Array<[RegExp, T]>;
}

function compile<T>(entries: ReadonlyArray<[readonly string[] | undefined, T]>): Matcher<T> {
  const m: Matcher<T> = { exact: new Map(), patterns: [] };
  for (const [labels, value] of entries) {
    for (const label of labels ?? []) {
      if (label.startsWith('/') && label.endsWith('/') && label.length > 2) m.patterns.push([new RegExp(label.slice(1, -1)), value]);
      else if (!m.exact.has(normalizeLabel(label))) m.exact.set(normalizeLabel(label), value);
    }
  }
  return m;
}

function lookup<T>(m: Matcher<T>, key: string): T | undefined {
  const hit = m.exact.get(key);
  if (hit !== undefined) return hit;
  for (const [re, v] of m.patterns) if (re.test(key)) return v;
  return undefined;
}

function swap<K extends string>(r: Partial<Record<K, string[]>>): Array<[string[], K]> {
  return (Object.entries(r) as Array<[K, string[]]>).map(([k, v]) => [v, k]);
}

const ROLES = compile(swap(VOCABULARY.headings));
const SIDE = compile([[VOCABULARY.sideLabels, true]]);
const FIELDS = compile(swap(VOCABULARY.fields));
const FUNDS = compile(swap(VOCABULARY.funds));
const GOAL_HEADINGS = compile<'medium' | 'annual'>([
  [VOCABULARY.goalHeadings.medium, 'medium'],
  [VOCABULARY.goalHeadings.annual, 'annual'],
]);

/**
 * First characters of every literal heading: cells starting otherwise are no headings, tested before
 * any normalisation. Null when a heading is a pattern (no such shortcut then).
 */
const HEADING_INITIALS: ReadonlySet<string> | null = ROLES.patterns.length > 0 ? null : new Set([...ROLES.exact.keys()].map((k) => k[0]!));

/** True when raw cell text may be a grid heading (cheap, before normalising). */
export function mayBeHeading(text: string): boolean {
  if (text.length > 40) return false;
  if (!HEADING_INITIALS) return true;
  const first = text.trimStart()[0];
  return first !== undefined && (HEADING_INITIALS.has(first) || first.charCodeAt(0) > 0xff00);
}

/** `指标值(或计划水平)` → `指标值`: a note after a heading does not change its role. */
function headingKey(norm: string): string {
  return norm.replace(/[:：]$/, '').replace(/\([^()]*\)$/, '');
}

/** The role of a grid heading, from normalised text. */
export function headingRole(norm: string): ColumnRole | undefined {
  if (norm.length > 30) return undefined;
  return remembered(roleMemo, norm, readRole) ?? undefined;
}

const roleMemo = new Map<string, ColumnRole | null>();
const goalMemo = new Map<string, 'medium' | 'annual' | null>();

// Cell texts recur on every table: each lookup is made once per spelling (`remembered`).
const readRole = (norm: string) => lookup(ROLES, norm) ?? lookup(ROLES, headingKey(norm)) ?? null;
const readGoalHeading = (norm: string) => lookup(GOAL_HEADINGS, norm) ?? lookup(GOAL_HEADINGS, headingKey(norm)) ?? null;

/** `绩效指标`, `年度绩效目标(90分)`: the label down the left of a grid. */
export function isSideLabel(norm: string): boolean {
  return lookup(SIDE, norm) !== undefined;
}

/** A header field (`projectName` …), or a line of the funds block named as the model names it (`funds.total`). */
export type HeaderLabelKind = FieldKey | `funds.${FundLine}`;

export interface HeaderLabel {
  kind: HeaderLabelKind;
  /** The label as the vocabulary spells it, numbering, `其中`, unit and value taken off: `中央资金`. */
  key: string;
  /** Text after the label in the same cell (`年度资金总额：60`). */
  inlineValue?: string;
  /** Unit stated in the label (`项目资金（万元）`). */
  unit?: string;
}

const UNIT_NOTE = /\((万元|元|千元|亿元)\)/;

function labelOf(key: string): HeaderLabelKind | undefined {
  const fund = lookup(FUNDS, key);
  if (fund) return `funds.${fund}`;
  return lookup(FIELDS, key);
}

/**
 * Reads a header-section label: `其中：1.中央资金`, `年度资金总额:16`, `项目资金（万元）`,
 * `上级资金16`. Long prose is never a label.
 */
export function headerLabel(norm: string): HeaderLabel | undefined {
  if (norm === '' || norm.length > 60 || !LABEL_INITIALS.has(norm[0]!)) return undefined;
  return remembered(labelMemo, norm, readHeaderLabelOrNull) ?? undefined;
}

/**
 * Characters a header label can start with: the first of every literal label, every CJK character
 * of a pattern (a safe superset), and what may stand before a label (其中, numbering). Most cells
 * of a sheet are not labels and are turned away here, before any normalising or look-up.
 */
const LABEL_INITIALS: ReadonlySet<string> = new Set([
  ...[...FIELDS.exact.keys(), ...FUNDS.exact.keys()].map((k) => k[0]!),
  ...[...FIELDS.patterns, ...FUNDS.patterns].flatMap(([re]) => re.source.match(/[\u4e00-\u9fff]/g) ?? []),
  ...'其(0123456789一二三四五六七八九十',
]);

/** True when raw cell text may be a header label (cheap, before normalising): most cells are not. */
export function mayBeLabel(text: string): boolean {
  const first = text.trimStart()[0];
  if (first === undefined) return false;
  const code = first.charCodeAt(0);
  // Full-width forms, markup and the 资金支出计划 / month headings are looked at properly.
  return LABEL_INITIALS.has(first) || code > 0xff00 || first === '$' || first === '<' || first === '资';
}

const labelMemo = new Map<string, HeaderLabel | null>();
const readHeaderLabelOrNull = (norm: string) => readHeaderLabel(norm) ?? null;

function readHeaderLabel(norm: string): HeaderLabel | undefined {
  let n = norm.replace(/^其中[:]?/, '').replace(/^(\d{1,2}[.、．]|[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十\d]{1,2}\))/, '');
  let unit: string | undefined;
  const u = UNIT_NOTE.exec(n);
  if (u) {
    unit = u[1];
    n = n.replace(UNIT_NOTE, '');
  }
  let key = n;
  let inline: string | undefined;
  const colon = n.indexOf(':');
  if (colon >= 0) {
    key = n.slice(0, colon);
    inline = n.slice(colon + 1) || undefined;
  }
  let kind = labelOf(key);
  if (!kind && colon < 0) {
    // `上级资金16`: a fund line with its amount run on.
    const m = /^(\D+?)(-?\d[\d,]*(\.\d+)?(万元|元)?)$/.exec(n);
    if (m) {
      const k = labelOf(m[1]!);
      if (k && FUND_LINES.has(k)) {
        kind = k;
        key = m[1]!;
        inline = m[2];
      }
    }
  }
  if (!kind) return undefined;
  const label: HeaderLabel = { kind, key };
  // `预算单位:东莞市交通运输局`, `年度资金总额:16`: the value written after the label.
  if (inline !== undefined) label.inlineValue = inline;
  if (unit) label.unit = unit;
  return label;
}

const FUND_LINES: ReadonlySet<HeaderLabelKind> = new Set(['funds.total', 'funds.medium', 'funds.fiscal', 'funds.other', 'funds.source']);

export function isFundLine(kind: HeaderLabelKind): boolean {
  return FUND_LINES.has(kind);
}

/** `中期目标` / `年度目标` written as a heading over its text. */
export function goalHeading(norm: string): 'medium' | 'annual' | undefined {
  if (norm.length > 30) return undefined;
  return remembered(goalMemo, norm, readGoalHeading) ?? undefined;
}

/** Which term a heading or caption speaks of, if it says. */
export function termOf(text: string): 'medium' | 'annual' | undefined {
  const n = normalizeLabel(text);
  if (VOCABULARY.terms.medium.some((w) => n.includes(w))) return 'medium';
  if (VOCABULARY.terms.annual.some((w) => n.includes(w))) return 'annual';
  return undefined;
}
