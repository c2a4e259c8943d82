/** 项目名称 and the annual goal (年度总体目标 / 绩效目标) must be filled in. */
import type { FieldCell } from '../model';
import { isBlank } from '../text';
import { inTable } from './helpers';
import type { Rule } from './types';

export const requiredFields: Rule = {
  meta: {
    id: 'required-fields',
    defaultSeverity: 'error',
    description: '项目名称和年度总体目标必须填写，表中要有绩效指标',
    explain: {
      why: '没有项目名称、年度总体目标或绩效指标的表，评审无法判断项目做什么。',
      good: '项目名称、年度总体目标填写完整，表中有绩效指标。',
      source: '本地常见做法',
    },
    messages: {
      missingName: '缺少项目名称',
      missingGoal: '缺少年度总体目标（绩效目标）',
      noGrid: '表中没有绩效指标表（一级指标 · 二级指标 · 三级指标 · 指标值），表格可能不完整',
    },
    needs: ['projectHeader'],
  },
  check({ table, report }) {
    const topLeft = `${table.rangeA1.split(':')[0]}`;
    const name = table.fields.projectName;
    // A value cell past the table's last column (the label in the sheet's last column) is no place to point: the label is.
    const at = (f: { label: FieldCell; value: FieldCell }) => (inTable(table, f.value) ? f.value : f.label);
    if (!name || isBlank(name.value.text)) report({ messageId: 'missingName', cells: [name ? at(name) : topLeft] });
    // 总体目标 stands for the year's goal where the table has no other.
    const goal = table.fields.annualGoal ?? table.fields.overallGoal;
    if (!goal || isBlank(goal.value.text)) report({ messageId: 'missingGoal', cells: [goal ? at(goal) : topLeft] });
    if (table.header === null) report({ messageId: 'noGrid', cells: [`${table.rangeA1.split(':')[1] ?? topLeft}`.replace(/^[A-Z]+/, 'A')] });
  },
};
