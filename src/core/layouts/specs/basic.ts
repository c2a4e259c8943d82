/** The plain project table: a few header fields and a 一级 · 二级 · 三级(指标内容) · 指标值 grid. */
import type { ProjectSpecInput } from './schema';

export const basicSpec = {
  id: 'basic',
  name: '项目支出绩效目标表（通用表样）',
  description: '项目名称、主管部门、资金情况、总体目标或年度目标，指标表为 一级·二级·三级（或指标内容）·指标值 四列。',
  identify: [
    { label: '指标内容', weight: 2 },
    { label: '资金情况', weight: 1 },
  ],
  levels: { written: 'merged' },
} as const satisfies ProjectSpecInput;
