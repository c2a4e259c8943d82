/**
 * The 一般公共预算财政拨款支出表 is part of the 支出总表: for every 功能分类 科目 (and the 合计 row),
 * in 合计, 基本支出 and 项目支出, its figure does not exceed the 支出总表's.
 */
import Decimal from 'decimal.js';
import type { BudgetRow } from '../../layouts/budget';
import { formatWan } from '../../values/parse';
import { amountOf, nameOf, sumColumns, totalRowOf } from '../budget/helpers';
import { budgetTable, spendingTable } from './helpers';
import type { WorkbookRule } from './types';

export const budgetGeneralWithinTotal: WorkbookRule = {
  meta: {
    id: 'budget-general-within-total',
    defaultSeverity: 'error',
    description: '一般公共预算财政拨款支出表各科目不超过支出总表的同一科目',
    explain: {
      why: '一般公共预算财政拨款只是支出的一部分，单个科目不可能比支出总表还多。',
      good: '各科目的财政拨款支出 ≤ 支出总表同一科目。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      exceeds: '一般公共预算财政拨款支出表{what}的{column} {a} 万元超过支出总表的 {b} 万元',
    },
  },
  check(ctx) {
    const general = budgetTable(ctx.tables, /^一般公共预算财政拨款支出表$/);
    const spending = spendingTable(ctx.tables);
    if (!general || !spending) return;
    const generalTotal = totalRowOf(general);
    const spendingTotal = totalRowOf(spending);
    const counterpart = (r: BudgetRow) => (r === generalTotal ? spendingTotal : r.code ? spending.rows.find((x) => x.code === r.code) : undefined);
    for (const r of general.rows) {
      if (r !== generalTotal && !r.code) continue;
      const other = counterpart(r);
      if (r === generalTotal && !other) continue;
      for (const col of sumColumns(general)) {
        const a = r.amounts.get(col.col);
        const x = amountOf(a);
        if (!a || !x || x.lte(0)) continue;
        const otherCol = spending.columns.find((c) => c.role === 'amount' && c.heading === col.heading);
        if (!otherCol) continue;
        const b = other?.amounts.get(otherCol.col);
        const y = b ? amountOf(b) : new Decimal(0);
        if (!y || x.lte(y)) continue;
        ctx.report({
          messageId: 'exceeds',
          cells: [{ sheet: general.sheet, cell: a.cell }, ...(b ? [{ sheet: spending.sheet, cell: b.cell }] : [])],
          data: { what: r === generalTotal ? '合计' : `科目 ${r.code}“${nameOf(r)}”`, column: col.heading, a: formatWan(x), b: formatWan(y) },
        });
      }
    }
  },
};
