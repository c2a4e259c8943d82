/** Small readers shared by the rules: fund totals, level groups, quoting cell text in messages. */
import Decimal from 'decimal.js';
import type { FieldCell, FundField, IndicatorRow, Level2Id, ProjectTable } from '../model';
import { normalizeSpacing } from '../text';


/**
 * Rows that share a key with another row, in groups of two or more, keeping their order; rows whose
 * key is '' are left out. A row met once costs a map entry only (most 三级 names are unique).
 */
export function repeatedGroups(rows: readonly IndicatorRow[], key: (r: IndicatorRow) => string): IndicatorRow[][] {
  // A key met once maps to its row's position; met again, to its group.
  const seen = new Map<string, number | IndicatorRow[]>();
  const groups: Array<{ first: number; rows: IndicatorRow[] }> = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const k = key(row);
    if (k === '') continue;
    const g = seen.get(k);
    if (g === undefined) seen.set(k, i);
    else if (typeof g === 'number') {
      const group = [rows[g]!, row];
      seen.set(k, group);
      groups.push({ first: g, rows: group });
    } else g.push(row);
  }
  // In the order of each group's first row.
  if (groups.length > 1) groups.sort((a, b) => a.first - b.first);
  return groups.map((g) => g.rows);
}

/** Whether a cell lies inside the table (a cell a host never handed over cannot be marked or selected well). */
export function inTable(t: { range: { top: number; left: number; bottom: number; right: number } }, cell: FieldCell): boolean {
  return cell.row >= t.range.top && cell.row <= t.range.bottom && cell.col >= t.range.left && cell.col <= t.range.right;
}

/** The fund lines the table has: 年度资金总额, 财政拨款, 其他资金. */
export function fundLines(t: ProjectTable): FundField[] {
  return [t.funds.total, t.funds.medium, t.funds.fiscal, t.funds.other, ...t.funds.sources].filter((f): f is FundField => f !== undefined);
}

/** Every cell a table holds values in: fields, funds, spending plan, 三级 names and values. */
export function valueCells(t: ProjectTable): readonly FieldCell[] {
  // Several rules walk them: made once per table (tables are not changed after recognition).
  const known = valueCellCache.get(t);
  if (known) return known;
  const cells: FieldCell[] = [];
  for (const f of Object.values(t.fields)) if (f) cells.push(f.value);
  for (const f of fundLines(t)) cells.push(f.value);
  for (const p of t.spendingPlan) cells.push(p.value);
  for (const r of t.indicators) {
    cells.push(r.level3);
    for (const v of r.values) cells.push(v.cell);
  }
  valueCellCache.set(t, cells);
  return cells;
}

const valueCellCache = new WeakMap<ProjectTable, readonly FieldCell[]>();

/** The project's total (年度资金总额 / 预算数) in 万元, when it is a readable number. */
export function fundTotal(t: ProjectTable): { amount: Decimal; cell: FieldCell } | undefined {
  const f = t.funds.total;
  if (!f || !(f.amount instanceof Decimal)) return undefined;
  return { amount: f.amount, cell: f.value };
}

/** `「…」` around a cell's text, shortened for messages. */
export function quote(text: string, max = 24): string {
  const s = normalizeSpacing(text);
  return `「${s.length > max ? `${s.slice(0, max)}…` : s}」`;
}

export function isCostLevel2(id: Level2Id | null | undefined): boolean {
  return id === 'cost' || id === 'economicCost';
}


/** 三级 names that make a percentage a legitimate timeliness value (按时完成率, 及时率 …). */
export const RATE_NAME = /(率|按时|及时|准时|如期|占比|比例|比重|覆盖面)/;

/** 三级 names that describe a scheduled action (每月发放, 年底发放): a percentage there reads as an on-time rate. */
export const TIMED_ACTION = /(每月|按月|每季|按季|每年|每半年|年底|年末|月底|季度|每周|每日|当月|次月|上半年|下半年)/;

/** 三级 names of a growth or improvement rate, where more than 100% can be right. */
export const GROWTH_NAME = /(增长|增幅|提高|提升|增加|上升|同比|环比)/;

/** Compares a stated total with the exact sum of its parts. */
/** How a sum that does not add up is reported: a 尾差 as a `rounding` warning, anything else as a `mismatch`. */
export function sumOutcome(kind: 'equal' | 'rounding' | 'mismatch'): { messageId: 'rounding' | 'mismatch'; severity?: 'warning' } {
  return kind === 'rounding' ? { messageId: 'rounding', severity: 'warning' } : { messageId: 'mismatch' };
}

export function compareSum(
  total: Decimal,
  parts: Decimal[],
  tolerancePerPart: number,
): { kind: 'equal' | 'rounding' | 'mismatch'; sum: Decimal; diff: Decimal } {
  const sum = parts.reduce((a, b) => a.plus(b), new Decimal(0));
  const diff = total.minus(sum);
  if (diff.isZero()) return { kind: 'equal', sum, diff };
  const tolerance = new Decimal(tolerancePerPart).mul(Math.max(parts.length, 1));
  return { kind: diff.abs().lte(tolerance) ? 'rounding' : 'mismatch', sum, diff };
}
