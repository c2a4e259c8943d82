/** 政府采购预算表: what a project buys does not exceed the 预算资金 the table gives for it. */
import Decimal from 'decimal.js';
import type { BudgetTable } from '../../layouts/budget';
import { formatWan } from '../../values/parse';
import type { Rule } from '../types';
import { purchasesOf, readProcurement } from './procurement';

export const budgetProcurementWithinBudget: Rule<BudgetTable> = {
  meta: {
    id: 'budget-procurement-within-budget',
    defaultSeverity: 'error',
    description: '政府采购预算：一个项目的采购金额不超过其预算资金',
    explain: {
      why: '采购资金来自项目预算，采购金额超过项目预算说明有一处写错。',
      good: '项目的采购金额 ≤ 该项目的预算资金。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      exceeds: '项目「{project}」的政府采购金额 {sum} 万元超过其预算资金 {budget} 万元',
    },
    needs: ['budget'],
  },
  check(ctx) {
    const p = readProcurement(ctx.table);
    if (!p) return;
    for (const project of p.projects) {
      const budget = project.budget?.amount;
      if (!(budget instanceof Decimal)) continue;
      const bought = purchasesOf(p, project);
      if (!bought || bought.sum.lte(budget)) continue;
      ctx.report({
        messageId: 'exceeds',
        cells: [project.budget!.cell, ...bought.cells],
        data: { project: project.name, sum: formatWan(bought.sum), budget: formatWan(budget) },
      });
    }
  },
};
