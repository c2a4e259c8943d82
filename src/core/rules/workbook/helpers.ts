/** Finding the figures the cross-table rules compare. */
import Decimal from 'decimal.js';
import type { RecognizedTable } from '../../model';
import type { BudgetAmount, BudgetTable } from '../../layouts/budget';
import { formatWan } from '../../values/parse';
import { compareSum, sumOutcome } from '../helpers';
import { amountOf, itemLabel, nameOf, totalRowOf } from '../budget/helpers';
import type { SheetCell, WorkbookRuleContext } from './types';

export function budgetTable(tables: readonly RecognizedTable[], pattern: RegExp): BudgetTable | undefined {
  return tables.find((t): t is BudgetTable => t.kind.startsWith('budget/') && pattern.test(t.kind.slice(7)));
}

/** The 支出总表; without one, an untitled 基本支出 + 项目支出 table when it is the only such table. */
export function spendingTable(tables: readonly RecognizedTable[]): BudgetTable | undefined {
  const titled = budgetTable(tables, /^支出总表$/);
  if (titled) return titled;
  const untitled = tables.filter((t): t is BudgetTable => t.kind === 'budget/支出表');
  return untitled.length === 1 ? untitled[0] : undefined;
}

/** The 合计 row's amount in a column whose heading matches. */
export function totalRowAmount(t: BudgetTable, heading: RegExp): BudgetAmount | undefined {
  const row = totalRowOf(t);
  const col = t.columns.find((c) => c.role === 'amount' && heading.test(c.heading));
  return row && col ? row.amounts.get(col.col) : undefined;
}

/** The amount of the row whose item or 科目 name (or code) matches, in the first amount column. */
export function rowAmount(t: BudgetTable, match: (name: string, code: string | undefined) => boolean, half = 0): BudgetAmount | undefined {
  const h = t.halves[half];
  for (const r of t.rows) {
    const name = itemLabel(h ? (r.names.get(h.itemCol)?.text ?? '') : nameOf(r));
    if (!match(name, r.code)) continue;
    const col = h ? h.amountCols[0] : t.columns.find((c) => c.role === 'amount')?.col;
    return col === undefined ? undefined : r.amounts.get(col);
  }
  return undefined;
}

/** Reports when `a` and the sum of `bs` differ (尾差 within n × tolerance is a warning). */
export function agree(
  ctx: WorkbookRuleContext,
  a: { sheet: string; amount: BudgetAmount },
  bs: Array<{ sheet: string; amount: BudgetAmount }>,
  data: Record<string, string | number>,
): void {
  const x = amountOf(a.amount);
  const ys = bs.map((b) => amountOf(b.amount));
  if (!x || ys.some((y) => y === undefined)) return;
  const cmp = compareSum(x, ys as Decimal[], ctx.options.roundingTolerancePerPart);
  if (cmp.kind === 'equal') return;
  const cells: SheetCell[] = [{ sheet: a.sheet, cell: a.amount.cell }, ...bs.map((b) => ({ sheet: b.sheet, cell: b.amount.cell }))];
  const full = { ...data, a: formatWan(x), b: formatWan(cmp.sum), diff: formatWan(cmp.diff.abs()) };
  ctx.report({ ...sumOutcome(cmp.kind), cells, data: full });
}
