/** 数量指标 values are a count with a unit (`≥12个`) or a percentage. */
import { quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const quantityValueIsCount: Rule = {
  meta: {
    id: 'quantity-value-is-count',
    defaultSeverity: 'warning',
    description: '数量指标的指标值应为带计量单位的数量或百分比',
    messages: {
      noUnit: '数量指标的指标值{value}缺少计量单位（如“个”“人”“次”）',
      notCount: '数量指标的指标值{value}不是数量，应写成如「≥12个」',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      if (row.level2?.id !== 'quantity') continue;
      const k = row.parsed.kind;
      if (k === 'number') report({ messageId: 'noUnit', cells: [row.value], data: { value: quote(row.value.text) } });
      else if (k === 'qualitative' || k === 'text' || k === 'date') {
        report({ messageId: 'notCount', cells: [row.value], data: { value: quote(row.value.text) } });
      }
    }
  },
};
