/**
 * 收支总表 (and 财政拨款收支总表): in each half 本年合计 = the sum of its numbered items, 总计 =
 * 本年合计 + 结转结余; and 收入总计 = 支出总计.
 */
import type { BudgetAmount, BudgetTable } from '../../layouts/budget';
import { normalizeLabel } from '../../text';
import type { Rule } from '../types';
import { amountOf, checkSum } from './helpers';

export const budgetBalance: Rule<BudgetTable> = {
  meta: {
    id: 'budget-balance',
    defaultSeverity: 'error',
    description: '收支总表：本年合计等于各项之和，总计等于本年合计加结转结余，收入总计等于支出总计',
    explain: {
      why: '收支总表是整套预算的总账，本年合计、结转结余和总计对不上，说明有漏填或多填的科目。',
      good: '本年合计 = 各项之和；总计 = 本年合计 + 结转结余；收入总计 = 支出总计。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '{half}「{label}」{total} 万元不等于{what} {sum} 万元（相差 {diff} 万元）',
      rounding: '{half}「{label}」{total} 万元与{what} {sum} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['budget'],
  },
  check(ctx) {
    const t = ctx.table;
    if (t.halves.length < 2) return;
    const grand: Array<{ half: string; label: string; amount: BudgetAmount }> = [];
    for (const h of t.halves) {
      const col = h.amountCols[0];
      if (col === undefined) continue;
      const lines = t.rows.map((r) => ({ r, label: normalizeLabel(r.names.get(h.itemCol)?.text ?? ''), amount: r.amounts.get(col)! }));
      const yearIdx = lines.findIndex((l) => /^本年.*合计$/.test(l.label));
      const grandIdx = lines.findIndex((l) => /总计$/.test(l.label));
      if (yearIdx < 0) continue;
      const items = lines.slice(0, yearIdx).filter((l) => l.label !== '');
      const year = lines[yearIdx]!;
      checkSum(ctx, year.amount, items.map((l) => l.amount), { half: h.group, label: year.label, what: '各项之和' });
      if (grandIdx > yearIdx) {
        const carried = lines.slice(yearIdx + 1, grandIdx).filter((l) => /结转|结余/.test(l.label));
        const total = lines[grandIdx]!;
        checkSum(ctx, total.amount, [year.amount, ...carried.map((l) => l.amount)], { half: h.group, label: total.label, what: '本年合计与结转结余之和' });
        grand.push({ half: h.group, label: total.label, amount: total.amount });
      }
    }
    const [income, spending] = grand;
    if (income && spending && amountOf(income.amount) && amountOf(spending.amount)) {
      checkSum(ctx, income.amount, [spending.amount], { half: income.half, label: income.label, what: `${spending.half}「${spending.label}」` });
    }
  },
};
