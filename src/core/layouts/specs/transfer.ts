/** 转移支付 / 专项资金 绩效目标表: finance and line departments by level, 指标解释, often one value column per place. */
import type { ProjectSpecInput } from './schema';

export const transferSpec = {
  id: 'transfer',
  name: '转移支付（专项资金）绩效目标表',
  description:
    '专项（项目）名称、各级财政部门和主管部门、资金情况（资金总额/财政拨款/其他资金）、总体目标；指标表可带指标解释、指标方向，每个乡镇或村一列指标值。',
  identify: [
    { label: '主管部门(单位)名称', weight: 3 },
    { label: '/^(省|市|区|县)级财政部门$/', weight: 3 },
    { label: '专项(项目)名称', weight: 2 },
    { label: '指标解释', weight: 1 },
    { feature: 'placeColumns', weight: 3 },
  ],
  levels: { written: 'merged' },
} as const satisfies ProjectSpecInput;
