/** The flat scored table: one row per indicator, 指标性质 · 指标方向 · 目标值 · 计量单位 · 分值, 投入目标 funds. */
import type { ProjectSpecInput } from './schema';

export const scoredSpec = {
  id: 'scored',
  name: '项目绩效目标表（带分值的逐行表样）',
  description:
    '投入目标（资金来源/年初安排金额）、年度目标；指标表每行一个指标，一级、二级逐行重复，含指标性质、指标方向、目标值、计量单位、分值，标题行写明各一级指标的权重分值。',
  identify: [
    { feature: 'scoreColumn', weight: 3 },
    { label: '投入目标', weight: 3 },
    { label: '归口科室', weight: 1 },
    { label: '目标值', weight: 1 },
  ],
  levels: { written: 'repeated' },
} as const satisfies ProjectSpecInput;
