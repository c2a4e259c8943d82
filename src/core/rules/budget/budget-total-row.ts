/** The 合计 row equals the sum of the top-level 科目 rows, in every amount column. */
import type { BudgetTable } from '../../layouts/budget';
import type { Rule } from '../types';
import { checkSum, sumColumns, totalRowOf } from './helpers';

export const budgetTotalRow: Rule<BudgetTable> = {
  meta: {
    id: 'budget-total-row',
    defaultSeverity: 'error',
    description: '合计行等于各一级科目之和',
    explain: {
      why: '合计行是各一级科目之和，对不上说明科目漏列或金额抄错。',
      good: '合计行 = 各一级科目之和。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '合计行的{column} {total} 万元不等于各科目之和 {sum} 万元（相差 {diff} 万元）',
      rounding: '合计行的{column} {total} 万元与各科目之和 {sum} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['budget'],
  },
  check(ctx) {
    const rows = ctx.table.rows;
    const totalRow = totalRowOf(ctx.table);
    const coded = rows.filter((r) => r.code);
    if (!totalRow || coded.length === 0) return;
    const topLength = Math.min(...coded.map((r) => r.code!.length));
    const top = coded.filter((r) => r.code!.length === topLength);
    for (const c of sumColumns(ctx.table)) {
      checkSum(ctx, totalRow.amounts.get(c.col)!, top.map((r) => r.amounts.get(c.col)!), { column: c.heading });
    }
  },
};
