/** 部门项目支出预算绩效目标表 as Ningxia publishes it: 项目资金 over three rows, 必填-tagged 二级. */
import type { ProjectSpecInput } from './schema';

export const ningxiaSpec = {
  id: 'ningxia',
  name: '部门项目支出预算绩效目标表（宁夏表样）',
  description:
    '项目名称、主管部门及代码、实施单位、项目属性、项目期、项目资金（年度资金总额/其中：财政拨款/其他资金）、年度总体目标；指标表左侧为“绩效指标”，二级指标标注（必填）（选填）。',
  identify: [
    { label: '主管部门及代码', weight: 2 },
    { label: '项目属性', weight: 2 },
    { label: '项目期', weight: 1 },
    { label: '年度资金总额', weight: 1 },
    { label: '年度总体目标', weight: 1 },
    { feature: 'levelTags', weight: 2 },
  ],
  levels: { written: 'merged', numbered: false },
  mandatory: ['quantity', 'quality', 'timeliness', 'cost', 'socialBenefit', 'sustainability', 'serviceSatisfaction'],
} as const satisfies ProjectSpecInput;
