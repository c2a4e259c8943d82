/** Satisfaction targets are normally at least 90% (the floor is set by the profile). */
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const satisfactionFloor: Rule = {
  meta: {
    id: 'satisfaction-floor',
    defaultSeverity: 'warning',
    description: '满意度目标值不应低于规则配置的下限（默认 90%）',
    explain: {
      why: '满意度目标定得过低，评审会认为目标设置不积极。',
      good: '通常 ≥90%，常见写法 ≥95%；下限可在设置中调整。',
      source: '本地常见做法',
    },
    messages: {
      below: '满意度目标 {value}% 低于 {floor}%',
    },
    needs: ['indicators'],
  },
  check({ table, options, report }) {
    for (const row of indicatorEntries(table)) {
      if (row.level2?.id !== 'serviceSatisfaction' && row.level1?.id !== 'satisfaction') continue;
      const v = row.parsed;
      if (v.kind !== 'percent' || !v.low || v.change) continue;
      if (v.op === '≤' || v.op === '<') continue; // reported by percent rules if odd
      if (v.low.lt(options.satisfactionFloor)) {
        report({ messageId: 'below', cells: [row.value], data: { value: v.low.toString(), floor: options.satisfactionFloor } });
      }
    }
  },
};
