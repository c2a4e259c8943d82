/** 质量指标 values are a rate or a count; a qualitative grade or a date is accepted with a warning
 * (money there is `money-only-under-cost`). */
import { quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const qualityValueKind: Rule = {
  meta: {
    id: 'quality-value-kind',
    defaultSeverity: 'warning',
    description: '质量指标的指标值应为合格率等百分比或数量，不宜用定性表述',
    messages: {
      qualitative: '质量指标的指标值{value}是定性表述，建议改为可衡量的比率（如「合格率≥95%」）',
      timeValue: '质量指标的指标值{value}是时间，时间应填在时效指标下',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      if (row.level2?.id !== 'quality') continue;
      const data = { value: quote(row.value.text) };
      switch (row.parsed.kind) {
        case 'qualitative':
        case 'text':
          report({ messageId: 'qualitative', cells: [row.value], data });
          break;
        case 'date':
          report({ messageId: 'timeValue', cells: [row.value], data });
          break;
        default:
      }
    }
  },
};
