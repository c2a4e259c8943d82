/** 满意度 values are percentages (`≥95%`); `明显提高` is not a measurable satisfaction target. */
import { quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const satisfactionIsPercent: Rule = {
  meta: {
    id: 'satisfaction-is-percent',
    defaultSeverity: 'error',
    description: '满意度指标的指标值必须是百分比（如 ≥95%）',
    explain: {
      why: '满意度要能通过调查统计，“明显提高”这类写法无法考核。',
      good: '写百分比，如 ≥95%。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      notPercent: '满意度指标的指标值{value}不是百分比，应写成如「≥95%」',
      bareNumber: '满意度指标的指标值{value}缺少百分号',
      suggestPercent: '改为「{text}」',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      if (row.level2?.id !== 'serviceSatisfaction' && row.level1?.id !== 'satisfaction') continue;
      const v = row.parsed;
      if (v.kind === 'percent' || v.kind === 'empty' || v.kind === 'error' || v.kind === 'placeholder') continue;
      if (v.kind === 'number' && v.low && v.low.lte(100) && v.low.gt(1)) {
        const text = `${v.op ?? ''}${v.clean.replace(/^[≥≤<>=]\s*/, '')}%`;
        report({
          messageId: 'bareNumber',
          cells: [row.value],
          data: { value: quote(row.value.text) },
          suggestion: { messageId: 'suggestPercent', data: { text } },
          fix: { cell: row.value.address, text },
        });
        continue;
      }
      report({ messageId: 'notPercent', cells: [row.value], data: { value: quote(row.value.text) } });
    }
  },
};
