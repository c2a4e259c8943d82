/** A list of projects (专项资金安排表): its 合计 row equals the sum of its rows, in every amount column. */
import type { BudgetTable } from '../../layouts/budget';
import type { Rule } from '../types';
import { checkSum, sumColumns } from './helpers';

export const budgetListTotal: Rule<BudgetTable> = {
  meta: {
    id: 'budget-list-total',
    defaultSeverity: 'error',
    description: '资金安排表（项目清单）的合计行等于各项目金额之和',
    explain: {
      why: '项目清单的合计是各项目之和，对不上说明漏列了项目或抄错了数。',
      good: '合计行 = 各项目金额之和。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '清单合计行的{column} {total} 万元不等于 {n} 个项目之和 {sum} 万元（相差 {diff} 万元）',
      rounding: '清单合计行的{column} {total} 万元与 {n} 个项目之和 {sum} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['budget'],
  },
  check(ctx) {
    const list = ctx.table.list;
    if (!list?.totalRow) return;
    for (const c of sumColumns(ctx.table)) {
      checkSum(ctx, list.totalRow.amounts.get(c.col)!, list.items.map((r) => r.amounts.get(c.col)!), { column: c.heading, n: list.items.length });
    }
  },
};
