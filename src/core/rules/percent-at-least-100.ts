/** `≥100%` can only mean exactly 100%: write `100%`, or set an attainable target. */
import { quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const percentAtLeast100: Rule = {
  meta: {
    id: 'percent-at-least-100',
    defaultSeverity: 'warning',
    description: '“≥100%”只能取 100%，应写为“100%”或设定可实现的目标',
    explain: {
      why: '“≥100%”只能取到 100%，评审会认为目标写法不严谨。',
      good: '写“100%”，或设一个可实现的目标，如 ≥98%。',
      source: '本地常见做法',
    },
    messages: {
      atLeast100: '指标值{value}只能等于 100%，建议写为「100%」或设定可实现的目标（如「≥95%」）',
      suggest100: '改为「100%」',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      const v = row.parsed;
      if (v.kind !== 'percent' || !v.low || v.high || v.change) continue;
      if (v.op === '≥' && v.low.eq(100)) {
        report({
          messageId: 'atLeast100',
          cells: [row.value],
          data: { value: quote(v.source) },
          suggestion: { messageId: 'suggest100' },
          // With the operator in a column of its own (指标方向 `≥`), the value cell alone is no fix.
          ...(v.source === row.value.text ? { fix: { cell: row.value.address, text: '100%' } } : {}),
        });
      }
    }
  },
};
