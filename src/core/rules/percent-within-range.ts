/** A percentage lies within 0–100% unless the 三级 name is a growth rate (增长率, 提高率 …). */
import { GROWTH_NAME, quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const percentWithinRange: Rule = {
  meta: {
    id: 'percent-within-range',
    defaultSeverity: 'error',
    description: '百分比必须在 0–100% 之间（增长率、提高率除外）',
    explain: {
      why: '完成率、合格率、满意度不可能超过 100% 或小于 0。',
      good: '0–100% 之间；增长率、提高率除外。',
      source: '本地常见做法',
    },
    messages: {
      above: '指标值{value}超过 100%',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      const v = row.parsed;
      if (v.kind !== 'percent' || !v.low || v.change) continue;
      if (GROWTH_NAME.test(row.level3.text) && row.level2?.id !== 'serviceSatisfaction') continue;
      const top = v.high ?? v.low;
      if (top.gt(100) || (v.op === '>' && v.low.gte(100))) {
        report({ messageId: 'above', cells: [row.value], data: { value: quote(row.value.text) } });
      }
    }
  },
};
