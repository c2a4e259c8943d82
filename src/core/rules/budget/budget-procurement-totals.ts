/**
 * 政府采购预算表: the 合计 row = the units' 小计 rows (or the lines when there are none), each 小计 =
 * its lines, in every 金额 column and the 中小企业 share.
 */
import type { BudgetRow, BudgetTable } from '../../layouts/budget';
import type { Rule } from '../types';
import { checkSum, itemLabel, nameOf } from './helpers';
import { readProcurement } from './procurement';

export const budgetProcurementTotals: Rule<BudgetTable> = {
  meta: {
    id: 'budget-procurement-totals',
    defaultSeverity: 'error',
    description: '政府采购预算：合计行等于各小计之和，小计等于其下各采购品目之和',
    explain: {
      why: '政府采购预算表的合计和小计要逐级汇总，否则采购总额不可信。',
      good: '合计 = 各小计之和；小计 = 其下各品目之和。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '「{label}」的{column} {total} 万元不等于{what}之和 {sum} 万元（相差 {diff} 万元）',
      rounding: '「{label}」的{column} {total} 万元与{what}之和 {sum} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['budget'],
  },
  check(ctx) {
    const p = readProcurement(ctx.table);
    if (!p) return;
    const sum = (total: BudgetRow, parts: BudgetRow[], what: string) => {
      for (const c of p.summed) {
        checkSum(ctx, total.amounts.get(c.col)!, parts.map((r) => r.amounts.get(c.col)!), { label: itemLabel(nameOf(total)), column: c.heading, what });
      }
    };
    const subtotals = p.groups.flatMap((g) => (g.subtotal ? [g.subtotal] : []));
    if (p.total) {
      if (subtotals.length > 0) sum(p.total, subtotals, '各小计');
      else sum(p.total, p.groups.flatMap((g) => g.lines.map((l) => l.row)), '各采购品目');
    }
    for (const g of p.groups) {
      if (g.subtotal) sum(g.subtotal, g.lines.map((l) => l.row), '其下各采购品目');
    }
  },
};
