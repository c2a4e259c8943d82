/** 政府采购预算表: what a project buys does not exceed the 预算资金 the table gives for it. */
import Decimal from 'decimal.js';
import type { BudgetTable } from '../../layouts/budget';
import { formatWan } from '../../values/parse';
import type { Rule } from '../types';
import { amountOf } from './helpers';
import { readProcurement } from './procurement';

export const budgetProcurementWithinBudget: Rule<BudgetTable> = {
  meta: {
    id: 'budget-procurement-within-budget',
    defaultSeverity: 'error',
    description: '政府采购预算：一个项目的采购金额不超过其预算资金',
    messages: {
      exceeds: '项目「{project}」的政府采购金额 {sum} 万元超过其预算资金 {budget} 万元',
    },
    appliesTo: ['budget/*'],
  },
  check(ctx) {
    const p = readProcurement(ctx.table);
    if (!p?.amountCol) return;
    for (const project of p.projects) {
      const budget = project.budget?.amount;
      if (!(budget instanceof Decimal)) continue;
      const amounts = project.lines.map((l) => l.row.amounts.get(p.amountCol!.col)!);
      const values = amounts.map(amountOf);
      if (values.some((v) => v === undefined)) continue;
      const sum = (values as Decimal[]).reduce((a, b) => a.plus(b), new Decimal(0));
      if (sum.lte(budget)) continue;
      ctx.report({
        messageId: 'exceeds',
        cells: [project.budget!.cell, ...amounts.map((a) => a.cell)],
        data: { project: project.name, sum: formatWan(sum), budget: formatWan(budget) },
      });
    }
  },
};
