/**
 * Values that are right but written oddly: `100百分比`, `2. 9567`, `$\geq 95\%$`, `>=95%`,
 * full-width digits. Each comes with the standard spelling as a one-click fix.
 */
import { fundLines, quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const valueFormat: Rule = {
  meta: {
    id: 'value-format',
    defaultSeverity: 'info',
    description: '指标值书写不规范（如“100百分比”“2. 9567”、公式符号残留）',
    explain: {
      why: '“100百分比”“2. 9567”这类写法在汇总和打印时容易出错。',
      good: '规范写法，如 100%、2.9567。',
      source: '本地常见做法',
    },
    messages: {
      respell: '指标值{value}书写不规范，规范写法为「{fixed}」',
      respellAmount: '金额{value}中有多余的空格，应为「{fixed}」',
      suggestFixed: '改为「{fixed}」',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const fund of fundLines(table)) {
      if (typeof fund.value.raw !== 'string') continue;
      const text = fund.value.text.trim();
      if (!/\d\s*\.\s+\d|\d\s+\.\s*\d/.test(text)) continue;
      const fixed = text.replace(/(\d)\s*\.\s*(\d)/g, '$1.$2');
      report({
        messageId: 'respellAmount',
        cells: [fund.value],
        data: { value: quote(text), fixed },
        suggestion: { messageId: 'suggestFixed', data: { fixed } },
        fix: { cell: fund.value.address, text: fixed },
      });
    }
    for (const row of indicatorEntries(table)) {
      // A unit-only value (`≧ %`) is an unfilled template, reported by no-placeholder.
      if (row.parsed.kind === 'placeholder') continue;
      const fixed = row.parsed.fix;
      if (!fixed) continue;
      // `≥100百分比`: percent-at-least-100 offers the better rewrite (`100%`).
      if (row.parsed.kind === 'percent' && row.parsed.op === '≥' && row.parsed.low?.eq(100)) continue;
      report({
        messageId: 'respell',
        cells: [row.value],
        // Quote the text as written (quote() would hide the LaTeX being reported).
        data: { value: `「${row.value.text.trim()}」`, fixed },
        suggestion: { messageId: 'suggestFixed', data: { fixed } },
        fix: { cell: row.value.address, text: fixed },
      });
    }
  },
};
