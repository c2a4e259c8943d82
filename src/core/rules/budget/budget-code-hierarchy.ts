/**
 * 功能分类 and 经济分类 codes sum up their hierarchy: 201 = Σ 201xx, 20132 = Σ 20132xx; 301 = Σ 301xx.
 * Checked in every amount column.
 */
import type { BudgetTable } from '../../layouts/budget';
import type { Rule } from '../types';
import { checkSum, sumColumns, nameOf } from './helpers';

export const budgetCodeHierarchy: Rule<BudgetTable> = {
  meta: {
    id: 'budget-code-hierarchy',
    defaultSeverity: 'error',
    description: '科目编码逐级汇总：上级科目等于其下级科目之和',
    explain: {
      why: '功能分类科目逐级汇总，上级科目与下级之和不等，说明下级科目漏列或金额抄错。',
      good: '201 = Σ201xx，20101 = Σ20101xx。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '科目 {code}「{name}」的{column} {total} 万元不等于下级科目之和 {sum} 万元（相差 {diff} 万元）',
      rounding: '科目 {code}「{name}」的{column} {total} 万元与下级科目之和 {sum} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['budget'],
  },
  check(ctx) {
    const rows = ctx.table.rows.filter((r) => r.code);
    for (const parent of rows) {
      const code = parent.code!;
      const descendants = rows.filter((r) => r.code !== code && r.code!.startsWith(code));
      if (descendants.length === 0) continue;
      const childLength = Math.min(...descendants.map((r) => r.code!.length));
      const children = descendants.filter((r) => r.code!.length === childLength);
      for (const c of sumColumns(ctx.table)) {
        checkSum(ctx, parent.amounts.get(c.col)!, children.map((child) => child.amounts.get(c.col)!), { code, name: nameOf(parent), column: c.heading });
      }
    }
  },
};
