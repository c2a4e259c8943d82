/** `N、<项目名称>绩效目标表` of a 部门预算 book: 项目编码, 预算规模及资金用途, 资金支出计划, six-column grid. */
import type { ProjectSpecInput } from './schema';

export const hebeiSpec = {
  id: 'hebei',
  name: '项目绩效目标表（河北部门预算表样）',
  description:
    '项目编码、项目名称、预算规模及资金用途（预算数/财政资金/其他资金）、资金支出计划（3月底…12月底，累计百分比）、绩效目标；指标表六列：一级·二级·三级·绩效指标描述·指标值·指标值确定依据。',
  identify: [
    { label: '项目编码', weight: 2 },
    { label: '预算规模及资金用途', weight: 3 },
    { label: '绩效指标描述', weight: 2 },
    { label: '指标值确定依据', weight: 2 },
    { feature: 'spendingPlan', weight: 3 },
  ],
  levels: { written: 'repeated' },
} as const satisfies ProjectSpecInput;
