/**
 * Across a row: 合计 = the sum of the other amount columns (合计 = 基本支出 + 项目支出 + …;
 * 合计 = 本年收入 + 上年结转), and a 小计 = the sum of the columns of its group (本年收入 小计 =
 * 财政拨款收入 + … + 其他收入). In a table of halves (收支总表), within each half.
 */
import type { BudgetColumn, BudgetTable } from '../../layouts/budget';
import type { Rule } from '../types';
import { checkSum, nameOf } from './helpers';

export const budgetTotalColumn: Rule<BudgetTable> = {
  meta: {
    id: 'budget-total-column',
    defaultSeverity: 'error',
    description: '合计列等于各分项列之和，小计列等于本组各列之和',
    explain: {
      why: '合计列应等于各分项列之和，否则表中至少有一个数抄错。',
      good: '合计 = 各分项之和；小计 = 本组各列之和。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '第 {line} 行「{name}」的{column} {total} 万元不等于各分项之和 {sum} 万元（相差 {diff} 万元）',
      rounding: '第 {line} 行「{name}」的{column} {total} 万元与各分项之和 {sum} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['budget'],
  },
  check(ctx) {
    const t = ctx.table;
    // Column sets: each half, or the whole table when it has none.
    const sets: BudgetColumn[][] =
      t.halves.length > 0
        ? t.halves.map((h) => t.columns.filter((c) => h.amountCols.includes(c.col)))
        : [t.columns.filter((c) => c.role === 'amount')];
    for (const cols of sets) {
      const total = cols.find((c) => c.heading === '合计');
      const subtotals = cols.filter((c) => c.heading === '小计');
      // The columns each total adds up are the same on every row.
      const parts = total ? cols.filter((c) => c !== total && !subtotals.includes(c)) : [];
      const groups = subtotals.map((sub) => ({ sub, group: cols.filter((c) => c !== sub && c.group === sub.group) })).filter((g) => g.group.length > 0);
      for (const row of t.rows) {
        const get = (c: BudgetColumn) => row.amounts.get(c.col)!;
        if (total && parts.length > 0) checkSum(ctx, get(total), parts.map(get), { line: row.row + 1, name: nameOf(row), column: total.heading });
        for (const { sub, group } of groups) checkSum(ctx, get(sub), group.map(get), { line: row.row + 1, name: nameOf(row), column: `${sub.group}${sub.heading}` });
      }
    }
  },
};
