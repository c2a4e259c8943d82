/** The project tables' 预算数 / 年度资金总额 add up to 项目支出 in the 支出总表 (seed 002: 22 projects = 1550.33). */
import Decimal from 'decimal.js';
import { isProjectTable } from '../../model';
import { agree, spendingTable, totalRowAmount } from './helpers';
import type { WorkbookRule } from './types';

export const budgetProjectsSum: WorkbookRule = {
  meta: {
    id: 'budget-projects-sum',
    defaultSeverity: 'error',
    description: '各项目绩效目标表的预算数之和等于支出总表的项目支出',
    explain: {
      why: '支出总表的项目支出是各项目之和，对不上说明有项目漏报绩效目标表或金额不符。',
      good: 'Σ 各项目绩效目标表的预算数 = 支出总表的项目支出。',
      source: '部门预算公开表样的勾稽关系（本地常见做法）',
    },
    messages: {
      mismatch: '支出总表的项目支出 {a} 万元不等于 {n} 张项目表的预算数之和 {b} 万元（相差 {diff} 万元）',
      rounding: '支出总表的项目支出 {a} 万元与 {n} 张项目表的预算数之和 {b} 万元相差 {diff} 万元（尾差）',
    },
  },
  check(ctx) {
    const spending = spendingTable(ctx.tables);
    const total = spending && totalRowAmount(spending, /^项目支出$/);
    const projects = ctx.tables.filter(isProjectTable).filter((t) => t.funds.total?.amount instanceof Decimal);
    if (!spending || !total || projects.length === 0) return;
    agree(
      ctx,
      { sheet: spending.sheet, amount: total },
      projects.map((p) => ({ sheet: p.sheet, amount: { cell: p.funds.total!.value, amount: p.funds.total!.amount } })),
      { n: projects.length },
    );
  },
};
