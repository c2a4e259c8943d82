/** Shared by the 单位预算 rules: exact sums of amount cells with the 尾差 tolerance. */
import Decimal from 'decimal.js';
import type { BudgetAmount, BudgetColumn, BudgetRow, BudgetTable } from '../../layouts/budget';
import type { DepartmentTable } from '../../layouts/department';
import type { FieldCell } from '../../model';
import { normalizeLabel } from '../../text';
import { formatWan } from '../../values/parse';
import { compareSum, sumOutcome } from '../helpers';
import type { RuleContext } from '../types';

/** An amount cell's value for a sum: blank counts as zero; unreadable gives undefined. */
export function amountOf(a: { amount: Decimal | null | 'invalid' } | undefined): Decimal | undefined {
  if (!a) return undefined;
  if (a.amount === null) return new Decimal(0);
  return a.amount instanceof Decimal ? a.amount : undefined;
}

/**
 * Compares a total cell with its parts and reports `mismatch` (error) or `rounding` (a 尾差
 * warning within n × tolerance), naming the total and every part.
 */
export function checkSum<T extends BudgetTable | DepartmentTable>(
  ctx: RuleContext<T>,
  total: BudgetAmount,
  parts: BudgetAmount[],
  data: Record<string, string | number>,
): void {
  const t = amountOf(total);
  const ps = parts.map(amountOf);
  if (!t || ps.some((p) => p === undefined)) return;
  // A blank total with blank parts says nothing.
  if (total.amount === null && parts.every((p) => p.amount === null)) return;
  const cmp = compareSum(t, ps as Decimal[], ctx.options.roundingTolerancePerPart);
  if (cmp.kind === 'equal') return;
  const cells = [total.cell, ...parts.filter((p) => p.amount !== null).map((p) => p.cell)];
  const full = { ...data, total: formatWan(t), sum: formatWan(cmp.sum), diff: formatWan(cmp.diff.abs()) };
  ctx.report({ ...sumOutcome(cmp.kind), cells, data: full });
}

export function nameOf(row: BudgetRow): string {
  const first: FieldCell | undefined = row.names.values().next().value;
  return first?.text.trim() ?? '';
}

/** An item name as the rules compare it: normalised, without `三、` numbering or a `其中：` lead. */
export function itemLabel(text: string): string {
  return normalizeLabel(text).replace(/^[一二三四五六七八九十]+、|^其中[:：]?/, '');
}

/** The uncoded 合计/总计 row of a code table. */
export function totalRowOf(t: BudgetTable): BudgetRow | undefined {
  return t.rows.find((r) => !r.code && /^(合计|总计)$/.test(itemLabel(nameOf(r))));
}

/** The columns that rows and totals sum (not 数量, 单价, or a 预算资金 beside the sums). */
export function sumColumns(t: BudgetTable): BudgetColumn[] {
  return t.columns.filter((c) => c.role === 'amount');
}
