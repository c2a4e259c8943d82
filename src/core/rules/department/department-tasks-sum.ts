/**
 * 部门整体: the tasks' 拟投入的资金 against 项目支出. Tasks may also spend 事业发展性 money, so a
 * difference is a warning to look at, not a rejection (seed 004: 3430.316 against 1021.5575).
 */
import Decimal from 'decimal.js';
import type { DepartmentTable } from '../../layouts/department';
import { formatWan } from '../../values/parse';
import { amountOf } from '../budget/helpers';
import { compareSum } from '../helpers';
import type { Rule } from '../types';

export const departmentTasksSum: Rule<DepartmentTable> = {
  meta: {
    id: 'department-tasks-sum',
    defaultSeverity: 'warning',
    description: '各项任务拟投入的资金之和应与项目支出一致',
    explain: {
      why: '各项任务的资金是项目支出的分解，相加应等于项目支出。',
      good: 'Σ 各任务拟投入的资金 = 项目支出。',
      source: '本地常见做法',
    },
    messages: {
      mismatch: '{n} 项任务拟投入的资金合计 {sum} 万元，与项目支出 {project} 万元不一致（相差 {diff} 万元）',
    },
    needs: ['department'],
  },
  check({ table, options, report }) {
    const project = table.budget.project;
    if (!(project?.amount instanceof Decimal) || table.tasks.length === 0 || table.tasks.some((t) => !t.amount)) return;
    const parts = table.tasks.map((t) => amountOf(t.amount));
    if (parts.some((a) => a === undefined)) return;
    const cmp = compareSum(project.amount, parts as Decimal[], options.roundingTolerancePerPart);
    if (cmp.kind !== 'mismatch') return;
    report({
      messageId: 'mismatch',
      cells: [project.value, ...table.tasks.map((t) => t.amount!.value)],
      data: { n: table.tasks.length, sum: formatWan(cmp.sum), project: formatWan(project.amount), diff: formatWan(cmp.diff.abs()) },
    });
  },
};
