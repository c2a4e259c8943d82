/**
 * Parses an indicator value (指标值) into what kind of value it is, exactly (decimal.js).
 * Forms seen in real tables: `≥95%`, `100百分比`, `>12 个`, `≤0.24万元`, `10-20`, `2000 元-5000 元/人`,
 * `2. 9657 万元/人/年`, `2024 年底`, `≤6月`, `1-12 月份`, `显著提升`, `$\geq 95\%$`. Never throws.
 */
import Decimal from 'decimal.js';
import { isCellError, isErrorText, type CellValue } from '../grid/grid';
import { remembered } from '../memo';
import { hasMarkupDebris, normalizeSpacing, stripMarkup } from '../text';

export type Operator = '≥' | '≤' | '>' | '<' | '=';

export type ValueKind =
  | 'empty'
  | 'error'
  | 'placeholder'
  | 'percent'
  | 'money'
  | 'count'
  | 'number'
  | 'duration'
  | 'date'
  | 'qualitative'
  | 'text';

export interface ParsedValue {
  kind: ValueKind;
  /** The text as given. */
  source: string;
  /** Markup removed, NFKC, spaces folded; `百分比` → `%`, `2. 96` → `2.96`. */
  clean: string;
  op?: Operator;
  /** The number (or the lower end of a range), in `unit`. */
  low?: Decimal;
  /** Upper end of a range. */
  high?: Decimal;
  /** `%`, a count unit (`个`, `人次`), a time unit (`天`, `月`), or the money unit as written. */
  unit?: string;
  /** Money normalised to 万元. */
  wan?: { low: Decimal; high?: Decimal };
  /** For unit amounts: what the money is per, `万元/人/年` → ['人', '年']. */
  per?: string[];
  /** Only a unit, no figure (`公里`, `≧ %`): a template's column left unfilled. */
  unitOnly?: boolean;
  /** A percentage stated as a change: `下降 0.5%`. */
  change?: 'up' | 'down';
  /** Four-digit years the value mentions. */
  years: number[];
  /** More than one figure with a unit (`395694件 700064卷`). */
  multiple?: boolean;
  /** The same value written the standard way, when the source is right but written oddly. */
  fix?: string;
}

const PLACEHOLDER = /(X{2,}|x{2,}|×{2,}|\*{2,}|＊{2,}|待填写?|待定|待补充|待核定|\{(n|total|year)\}|＿{2,}|_{3,}|…{1,}|\.{3,})/;

/** The one table of money units, as factors to 万元 (the unit every amount is compared in). */
/** 1, shared: an amount already in 万元 is not multiplied (a Decimal multiplication costs an allocation). */
const ONE = new Decimal(1);

const MONEY_UNITS: Readonly<Record<string, Decimal>> = {
  亿元: new Decimal(10000),
  万元: ONE,
  万: ONE,
  千元: new Decimal('0.1'),
  元: new Decimal('0.0001'),
};

/** The factor from a money unit (`元`, `万元` …) to 万元; 1 for a unit that is not money. */
export function unitFactor(unit: string): Decimal {
  return MONEY_UNITS[unit] ?? ONE;
}

/** Counting words seen in indicator values (units written after a number). */
const COUNT_UNIT =
  /^(万?(人次|人|名|位|户|个|家|项|件|卷|册|本|套|台|部|期|次|场次|场|节|课时|学时|条|块|篇|份|批|所|处|座|辆|支|张|幅|间|村|社区|乡镇|单位|站|班|类|门|种|轮|组|队|栋|株|棵|头|只|平方公里|平方米|平米|㎡|m2|立方米|公里|千米|延米|米|亩|公顷|吨|千克|公斤|册次|人天|人月|户次|页|宗|盒|千瓦|GB|TB|M|兆))(.*)$/;

const TIME_UNIT = /^(年度|年|个月|月份|月|周|天|日|工作日|个工作日|小时|季度)(前|内|以内|之内)?$/;

const GRADE =
  /(显著|明显|有效|持续|不断|逐步|进一步|全面|大幅|稳步|得到|良好|较好|优良|优秀|提升|提高|改善|改变|增强|加强|发展|稳定|保障|保证|确保|畅通|正常|完善|巩固|推动|促进|满意|合格|达标|到位|落实|增加|增长|减少|下降|降低|深入|浓厚|有力|有利|完全|全部|基本|初步|效果|较高|很高|高|好|优|强|增进|加快|改进|规范)/;

const OPERATORS: ReadonlyArray<[RegExp, Operator]> = [
  [/^(≥|>=|≧|大于等于|大于或等于|不低于|不少于|不小于|至少)/, '≥'],
  [/^(≤|<=|≦|小于等于|小于或等于|不超过|不高于|不多于|不大于|最多|控制在|低于等于)/, '≤'],
  [/^(>|大于|高于|超过|多于)/, '>'],
  [/^(<|小于|低于|少于)/, '<'],
  [/^(=|等于)/, '='],
];

const RANGE_SEP = '(?:-|–|—|−|~|～|至|到)';

export function emptyParse(source = ''): ParsedValue {
  return { kind: 'empty', source, clean: '', years: [] };
}

// The same values recur on every table (`≥95%`, `2024 年度`, `100%`): parse each spelling once.
// Parsed values are shared, so callers treat them as read-only (withNameUnit copies).
const parsedValues = new Map<string, ParsedValue>();

/** Parses the displayed text of an indicator value; `raw` is the cell's raw value when known. */
export function parseIndicatorValue(text: string, raw?: CellValue): ParsedValue {
  const source = text ?? '';
  if ((raw !== undefined && isCellError(raw)) || isErrorText(source)) {
    return { kind: 'error', source, clean: source.trim(), years: [] };
  }
  return remembered(parsedValues, source, parseText);
}

function parseText(source: string): ParsedValue {
  const spaced = normalizeSpacing(source);
  if (spaced === '') return emptyParse(source);

  // Standard spelling: `百分比` → `%`, `2. 9567` → `2.9567`, ASCII operators → ≥ ≤.
  let clean = spaced
    .replace(/(\d)\s*百分比/g, '$1%')
    .replace(/(\d)\s*\.\s+(\d)/g, '$1.$2')
    .replace(/(\d)\s+\.\s*(\d)/g, '$1.$2')
    .replace(/^>=\s*/, '≥')
    .replace(/^<=\s*/, '≤')
    .replace(/^≧/, '≥')
    .replace(/^≦/, '≤');
  // Thousands separators inside numbers: 24,268.22
  clean = clean.replace(/(\d),(?=\d{3}(\D|$))/g, '$1');

  const result: ParsedValue = { kind: 'text', source, clean, years: findYears(clean) };
  const fixed = standardSpelling(source, clean);
  if (fixed !== undefined) result.fix = fixed;

  if (PLACEHOLDER.test(clean)) {
    result.kind = 'placeholder';
    return result;
  }

  // Leading and trailing comparison words.
  let body = clean.replace(/\s+/g, '');
  for (const [re, op] of OPERATORS) {
    const m = re.exec(body);
    if (m) {
      result.op = op;
      body = body.slice(m[0].length);
      break;
    }
  }
  const suffix = /(及以上|以上|及以下|以下|以内|之内)$/.exec(body);
  if (suffix && /\d/.test(body)) {
    result.op ??= suffix[1]!.includes('上') ? '≥' : '≤';
    body = body.slice(0, body.length - suffix[1]!.length);
  }
  body = body.replace(/^(约|共|计|合计|总计|累计|达到|达|为)/, '');
  if (body !== '' && !/\d/.test(body) && isUnitOnly(body)) {
    result.kind = 'placeholder';
    result.unitOnly = true;
    return result;
  }

  if (classifyQuantity(body, result)) return result;
  classifyLoose(body, result);
  return result;
}

function isUnitOnly(body: string): boolean {
  if (body === '%' || MONEY_UNITS[body] || TIME_UNIT.test(body)) return true;
  const count = COUNT_UNIT.exec(body);
  return count !== null && count[3] === '';
}

function findYears(s: string): number[] {
  const years: number[] = [];
  for (const m of s.matchAll(/(?<!\d)((?:19|20)\d\d)(?=\s*(年|[-/.]\d{1,2}(?!\d)))/g)) {
    years.push(Number(m[1]));
  }
  return years;
}

function standardSpelling(source: string, clean: string): string | undefined {
  const trimmed = source.trim();
  const odd =
    /\d\s*百分比/.test(trimmed) ||
    /\d\s*\.\s+\d|\d\s+\.\s*\d/.test(trimmed) ||
    /^(>=|<=|≧|≦)/.test(trimmed) ||
    hasMarkupDebris(trimmed) ||
    /[０-９％＞＜＝]/.test(trimmed);
  if (!odd) return undefined;
  const fixed = clean.replace(/^([≥≤<>=])\s+/, '$1');
  return fixed !== trimmed ? fixed : undefined;
}

/** `N unit`, `N-M unit`, `N unit-M unit`: the whole body is one quantity. */
function classifyQuantity(body: string, out: ParsedValue): boolean {
  const num = '(\\d+(?:\\.\\d+)?)';
  const range = new RegExp(`^${num}([^\\d]*?)${RANGE_SEP}${num}(.*)$`).exec(body);
  let low: string;
  let high: string | undefined;
  let unit: string;
  if (range) {
    const u1 = range[2]!;
    const u2 = range[4]!;
    // `2000元-5000元/人`, `2万元/个-5万元/个`, `10-20`; not `2024年1月-2024年12月`.
    if (!(u1 === '' || u1 === u2 || u2.startsWith(u1))) return false;
    low = range[1]!;
    high = range[3]!;
    unit = u2 || u1;
  } else {
    const single = new RegExp(`^${num}(.*)$`).exec(body);
    if (!single) return false;
    low = single[1]!;
    unit = single[2]!;
  }
  const lowD = new Decimal(low);
  const highD = high === undefined ? undefined : new Decimal(high);
  if (highD && highD.lt(lowD)) return false;

  if (unit === '') {
    out.kind = 'number';
    setNumbers(out, lowD, highD);
    return true;
  }
  if (unit === '%') {
    out.kind = 'percent';
    out.unit = '%';
    setNumbers(out, lowD, highD);
    return true;
  }
  const money = /^(亿元|万元|千元|元|万)((?:\/[^/]+)*)$/.exec(unit);
  if (money) {
    setMoney(out, lowD, highD, money[1]!, money[2]!);
    return true;
  }
  const time = TIME_UNIT.exec(unit);
  if (time) {
    // `≤6月`, `≤60天`, `1年` are spans; `2024年`, `2024年度` and `1-12月份` name calendar time.
    const isYear = lowD.gte(1900) && lowD.lte(2100) && /^年/.test(time[1]!);
    out.kind = isYear || time[1] === '月份' || (time[1] === '年度' && !out.op) ? 'date' : 'duration';
    out.unit = time[1]!;
    setNumbers(out, lowD, highD);
    return true;
  }
  const count = COUNT_UNIT.exec(unit);
  if (count) {
    const rest = count[3]!;
    if (rest === '' || /^(\/[^/]+)+$/.test(rest) || /^[\u4e00-\u9fa5]{0,3}$/.test(rest)) {
      out.kind = 'count';
      out.unit = count[1]! + rest;
      setNumbers(out, lowD, highD);
      return true;
    }
  }
  return false;
}

function setNumbers(out: ParsedValue, low: Decimal, high?: Decimal): void {
  out.low = low;
  if (high) out.high = high;
}

function setMoney(out: ParsedValue, low: Decimal, high: Decimal | undefined, unit: string, perText: string): void {
  const factor = MONEY_UNITS[unit]!;
  out.kind = 'money';
  out.unit = unit === '万' ? '万元' : unit;
  setNumbers(out, low, high);
  out.wan = { low: low.mul(factor) };
  if (high) out.wan.high = high.mul(factor);
  const per = perText
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (per.length > 0) out.per = per;
}

/** Values that are not one clean quantity: dates in words, changes, lists, grades, prose. */
function classifyLoose(body: string, out: ParsedValue): void {
  const pct = [...body.matchAll(/(\d+(?:\.\d+)?)%/g)];
  if (pct.length > 0) {
    out.kind = 'percent';
    out.unit = '%';
    out.low = new Decimal(pct[0]![1]!);
    if (pct.length === 2 && new RegExp(`%${RANGE_SEP}`).test(body)) out.high = new Decimal(pct[1]![1]!);
    if (/(下降|降低|减少|压缩|减)/.test(body)) out.change = 'down';
    else if (/(提高|增长|提升|增加|上升|增)/.test(body)) out.change = 'up';
    return;
  }
  if (
    out.years.length > 0 ||
    /\d{1,2}月(\d{1,2}日)?(前|底|末|内|份|中旬|上旬|下旬)?/.test(body) ||
    /(年底|年末|年初|年中|月底|月末|季度|上半年|下半年|全年|年内|当年|本年|次年|\d+日前)/.test(body) ||
    /^\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?$/.test(body)
  ) {
    out.kind = 'date';
    return;
  }
  const money = [...body.matchAll(/(\d+(?:\.\d+)?)(亿元|万元|千元|元)((?:\/[\u4e00-\u9fa5]{1,3})*)/g)];
  if (money.length > 0) {
    const first = money[0]!;
    setMoney(out, new Decimal(first[1]!), undefined, first[2]!, first[3] ?? '');
    if (money.length > 1) out.multiple = true;
    return;
  }
  const counts = [...body.matchAll(/(\d+(?:\.\d+)?)([\u4e00-\u9fa5]{1,3})/g)].filter((m) => COUNT_UNIT.test(m[2]!));
  if (counts.length > 0) {
    out.kind = 'count';
    out.low = new Decimal(counts[0]![1]!);
    out.unit = COUNT_UNIT.exec(counts[0]![2]!)![1]!;
    if (counts.length > 1) out.multiple = true;
    return;
  }
  if (!/\d/.test(body) && GRADE.test(body)) {
    out.kind = 'qualitative';
    return;
  }
  out.kind = 'text';
}

// Patterns used on every row are module constants: a regular-expression literal inside a function
// is a new object each time it is evaluated.
const ENDS_IN_BRACKET = /[)）]\s*$/;
// `（万元）`, `(亩)`, and a template's `(≥**%)` / `(≥**万元)` whose unit stands once the number is in.
const UNIT_IN_NAME = /[(（]\s*(?:[≥≤><≧≦]?\s*[*＊]+\s*)?([^()（）\d*＊]{1,6})\s*[)）]\s*$/;

/** A unit written in the 三级 name: `…宣传经费（万元）` → 万元. */
export function unitInName(level3: string): string | undefined {
  if (!ENDS_IN_BRACKET.test(level3)) return undefined;
  const m = UNIT_IN_NAME.exec(stripMarkup(level3).trim());
  if (!m) return undefined;
  const unit = m[1] === '％' ? '%' : m[1]!;
  if (unit === '%' || MONEY_UNITS[unit] || TIME_UNIT.test(unit)) return unit;
  const count = COUNT_UNIT.exec(unit);
  return count && count[3] === '' ? unit : undefined;
}

/**
 * Reads the value again with a unit supplied by the 三级 name, for bare numbers such as `95`
 * under `…宣传经费（万元）`.
 */
export function withNameUnit(v: ParsedValue, unit: string | undefined): ParsedValue {
  if (!unit || v.kind !== 'number' || !v.low) return v;
  const out: ParsedValue = { ...v };
  if (unit === '%') {
    out.kind = 'percent';
    out.unit = '%';
    return out;
  }
  if (MONEY_UNITS[unit]) {
    setMoney(out, v.low, v.high, unit, '');
    return out;
  }
  if (TIME_UNIT.test(unit)) {
    out.kind = 'duration';
    out.unit = unit;
    return out;
  }
  out.kind = 'count';
  out.unit = unit;
  return out;
}

/** Text a date or time number format shows (`1900-03-01`, `2024/3/1`, `2024年3月1日`, `3月1日`, `12:30`). */
export function looksLikeDate(text: string): boolean {
  const t = text.trim();
  // Not `2024.5`: that is how a number shows. A date shows with - / 年 and a month, or 月…日, or a time.
  return DATE_SHOWN.test(t) || MONTH_DAY_SHOWN.test(t) || TIME_SHOWN.test(t);
}

const DATE_SHOWN = /^\d{4}[-/年]\d{1,2}([-/月]\d{1,2}日?)?$/;
const MONTH_DAY_SHOWN = /^\d{1,2}月\d{1,2}日$/;
const TIME_SHOWN = /^\d{1,2}:\d{2}(:\d{2})?$/;

// `replace` resets a global pattern's lastIndex, so these are safe to share.
const SPACED_POINT = /(\d)\s*\.\s*(\d)/g;
const THOUSANDS = /(\d),(?=\d{3}(\D|$))/g;
const SPACES = /\s+/g;
const DASHES = /^[-—–―]+$/;
const AMOUNT = /^(-?\d+(?:\.\d+)?)(亿元|万元|千元|元|万)?$/;

/** A fund amount (年度资金总额, 预算数 …) in 万元, exactly; null when the cell is blank. */
export function parseAmount(text: string, raw: CellValue | undefined, unitFactor: Decimal = ONE): Decimal | null | 'invalid' {
  // A number shown as a date (61 shown as 1900-03-01) is a date to the reader, not an amount.
  if (typeof raw === 'number' && Number.isFinite(raw)) return looksLikeDate(text) ? 'invalid' : scale(decimalOf(raw), unitFactor);
  if (raw !== undefined && raw !== null && isCellError(raw)) return 'invalid';
  const read = remembered(textAmounts, text ?? '', readTextAmount);
  return typeof read === 'object' && read !== null ? (read.ownUnit ? read.amount : scale(read.amount, unitFactor)) : read;
}

/** The amount a text writes, before the table's unit applies; `ownUnit` when the text names its unit. */
type TextAmount = { amount: Decimal; ownUnit: boolean } | null | 'invalid';

function readTextAmount(text: string): TextAmount {
  const s = normalizeSpacing(text).replace(SPACED_POINT, '$1.$2').replace(THOUSANDS, '$1').replace(SPACES, '');
  if (s === '') return null;
  if (DASHES.test(s)) return { amount: new Decimal(0), ownUnit: true };
  const m = AMOUNT.exec(s);
  if (!m) return 'invalid';
  const n = new Decimal(m[1]!);
  return m[2] ? { amount: MONEY_UNITS[m[2]] === ONE ? n : n.mul(MONEY_UNITS[m[2]]!), ownUnit: true } : { amount: n, ownUnit: false };
}

const scale = (d: Decimal, factor: Decimal) => (factor === ONE ? d : d.mul(factor));

// Budget tables repeat the same figures (0, 合计 lines) and texts cell after cell. Decimals are
// immutable, so one instance serves every cell that holds the number.
const numberAmounts = new Map<number, Decimal>();
const textAmounts = new Map<string, TextAmount>();
const newDecimal = (n: number) => new Decimal(String(n));
const decimalOf = (n: number) => remembered(numberAmounts, n, newDecimal);

/** Formats a 万元 amount without trailing zeros: 2.9657, 60, 0.642. */
export function formatWan(d: Decimal): string {
  return d.toDecimalPlaces(6).toFixed().replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/**
 * A total with its parts in one cell: `854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)` or
 * `250 一、预算资金:250 二、自有资金:0 三、其他:0`. Amounts in 万元; undefined when the text is not so.
 */
export function parseAmountBreakdown(text: string, unitFactor: Decimal = new Decimal(1)): { total: Decimal; parts: Array<{ label: string; amount: Decimal }> } | undefined {
  const s = normalizeSpacing(text ?? '').replace(/(\d),(?=\d{3}(\D|$))/g, '$1').replace(/\s+/g, '');
  const amount = (n: string, unit: string | undefined) => (unit ? new Decimal(n).mul(MONEY_UNITS[unit]!) : new Decimal(n).mul(unitFactor));
  const NUM = '(-?\\d+(?:\\.\\d+)?)(亿元|万元|千元|元|万)?';
  const bracketed = new RegExp(`^${NUM}[(（](.+)[)）]$`).exec(s);
  const numbered = new RegExp(`^${NUM}((?:[一二三四五六七八九十]+、|\\d{1,2}[.、]).+)$`).exec(s);
  const m = bracketed ?? numbered;
  if (!m) return undefined;
  const total = amount(m[1]!, m[2]);
  const body = m[3]!;
  const parts: Array<{ label: string; amount: Decimal }> = [];
  const re = bracketed
    ? new RegExp(`([^,，、;；:：\\d]+)[:：]?${NUM}`, 'g')
    : new RegExp(`(?:[一二三四五六七八九十]+、|\\d{1,2}[.、])([^:：\\d]+)[:：]?${NUM}`, 'g');
  for (const p of body.matchAll(re)) parts.push({ label: p[1]!, amount: amount(p[2]!, p[3]) });
  return parts.length >= 2 ? { total, parts } : undefined;
}
