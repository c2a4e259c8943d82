/** 部门整体: 基本支出 + 项目支出 + 事业发展性支出 = 财政拨款 + 其他资金 (seed 004 differs in the sixth decimal: a 尾差). */
import Decimal from 'decimal.js';
import type { DepartmentAmount, DepartmentTable } from '../../layouts/department';
import { formatWan } from '../../values/parse';
import { amountOf } from '../budget/helpers';
import { compareSum, sumOutcome } from '../helpers';
import type { Rule } from '../types';

/** An absent line (no 其他资金 row) counts as zero, like a blank one. */
const value = (a: DepartmentAmount | undefined) => (a ? amountOf(a) : new Decimal(0));

export const departmentBudgetBalance: Rule<DepartmentTable> = {
  meta: {
    id: 'department-budget-balance',
    defaultSeverity: 'error',
    description: '部门预算支出（基本支出、项目支出、事业发展性支出）之和等于收入来源（财政拨款、其他资金）之和',
    explain: {
      why: '部门整体的支出和收入来源是同一笔钱的两面，两边之和应相等。',
      good: '基本支出 + 项目支出 + 事业发展性支出 = 财政拨款 + 其他资金。',
      source: '本地常见做法',
    },
    messages: {
      mismatch: '部门预算支出合计 {spend} 万元不等于收入来源合计 {income} 万元（相差 {diff} 万元）',
      rounding: '部门预算支出合计 {spend} 万元与收入来源合计 {income} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['department'],
  },
  check({ table, options, report }) {
    const b = table.budget;
    const spendParts = [b.basic, b.project, b.developmentSpecial, b.developmentOther];
    const incomeParts = [b.fiscal, b.other];
    if (!b.basic || !b.fiscal) return;
    const spend = spendParts.map(value);
    const income = incomeParts.map(value);
    if (spend.some((x) => x === undefined) || income.some((x) => x === undefined)) return;
    const incomeTotal = (income as Decimal[]).reduce((a, x) => a.plus(x), new Decimal(0));
    const cmp = compareSum(incomeTotal, spend as Decimal[], options.roundingTolerancePerPart);
    if (cmp.kind === 'equal') return;
    const cells = [...spendParts, ...incomeParts].filter((p) => p && p.amount !== null).map((p) => p!.value);
    const data = { spend: formatWan(cmp.sum), income: formatWan(incomeTotal), diff: formatWan(cmp.diff.abs()) };
    report({ ...sumOutcome(cmp.kind), cells, data });
  },
};
