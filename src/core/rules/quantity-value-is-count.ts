/** 数量指标 values are a count with a unit (`≥12个`) or a percentage. */
import { quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const quantityValueIsCount: Rule = {
  meta: {
    id: 'quantity-value-is-count',
    defaultSeverity: 'warning',
    description: '数量指标的指标值应为带计量单位的数量或百分比',
    explain: {
      why: '数量指标反映做了多少，没有计量单位或不是数量就无法考核。',
      good: '带计量单位的数量或百分比，如 ≥12场、≥800人次。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
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
