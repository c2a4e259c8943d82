/** 项目名称 and the annual goal (年度总体目标 / 绩效目标) must be filled in. */
import { isBlank } from '../text';
import type { Rule } from './types';

export const requiredFields: Rule = {
  meta: {
    id: 'required-fields',
    defaultSeverity: 'error',
    description: '项目名称和年度总体目标必须填写',
    messages: {
      missingName: '缺少项目名称',
      missingGoal: '缺少年度总体目标（绩效目标）',
    },
    appliesTo: ['project/ningxia', 'project/hebei'],
  },
  check({ table, report }) {
    const topLeft = `${table.rangeA1.split(':')[0]}`;
    const name = table.fields.projectName;
    if (!name || isBlank(name.value.text)) report({ messageId: 'missingName', cells: [name ? name.value : topLeft] });
    const goal = table.fields.annualGoal;
    if (!goal || isBlank(goal.value.text)) report({ messageId: 'missingGoal', cells: [goal ? goal.value : topLeft] });
  },
};
