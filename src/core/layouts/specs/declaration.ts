/** 项目支出绩效目标申报表 with a narrative header and 计量单位 / 指标性质 columns before 指标值. */
import type { ProjectSpecInput } from './schema';

export const declarationSpec = {
  id: 'declaration',
  name: '项目支出绩效目标申报表（计量单位、指标性质分列）',
  description:
    '申报单位、项目负责人、资金情况按中央/市级/区级/其他资金分列，项目概况、立项依据等说明；指标表中计量单位、指标性质（=、≥、≤）与指标值分列。',
  identify: [
    { feature: 'unitColumn', weight: 2 },
    { feature: 'operatorColumn', weight: 1 },
    { label: '申报单位', weight: 2 },
    { label: '项目负责人', weight: 1 },
    { label: '项目概况', weight: 2 },
    { label: '项目概况及立项依据', weight: 2 },
    { label: '立项依据', weight: 1 },
    { label: '项目设立必要性', weight: 2 },
    { label: '保证项目实施的制度、措施', weight: 2 },
    { label: '中央资金', weight: 1 },
  ],
  levels: { written: 'merged' },
} as const satisfies ProjectSpecInput;
