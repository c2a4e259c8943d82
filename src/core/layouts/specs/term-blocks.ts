/** 批复表 with a 中期 block and a 年度 block of indicators side by side under one 一级 column. */
import type { ProjectSpecInput } from './schema';

export const termBlocksSpec = {
  id: 'term-blocks',
  name: '项目支出绩效目标表（中期与年度并列）',
  description: '中期资金与年度资金、中期目标与年度目标并列；指标表中期一组（二级·三级·指标值）、年度一组并排。',
  identify: [
    { feature: 'termBlocks', weight: 5 },
    { label: '预算单位', weight: 1 },
  ],
  levels: { written: 'merged' },
} as const satisfies ProjectSpecInput;
