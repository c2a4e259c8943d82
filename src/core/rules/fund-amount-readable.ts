/** Fund cells hold numbers: a total of `六十` or `#REF!` cannot be checked or summed. */
import { isCellError } from '../grid/grid';
import { looksLikeDate } from '../values/parse';
import { fundLines, inTable, quote } from './helpers';
import type { Rule } from './types';

export const fundAmountReadable: Rule = {
  meta: {
    id: 'fund-amount-readable',
    defaultSeverity: 'error',
    description: '资金金额必须是数字',
    explain: {
      why: '资金总额、财政拨款等不是数字，资金勾稽和成本核对都无法进行。',
      good: '填数字，如 60；单位按表头（万元）。',
      source: '本地常见做法',
    },
    messages: {
      invalid: '{label}{value}不是有效的金额',
      date: '{label}显示为日期{value}（单元格是日期格式），不是金额；若本意是金额，请把单元格格式改为数值',
      missingTotal: '资金总额未填写',
    },
    needs: ['projectHeader'],
  },
  check({ table, report }) {
    for (const fund of fundLines(table)) {
      // Error values (#REF!) and formulas never calculated are reported by no-error-values.
      if (fund.amount !== 'invalid' || isCellError(fund.value.raw) || /^#/.test(fund.value.text.trim())) continue;
      const label = fund.label.text.replace(/[:：]\s*$/, '').trim();
      report({ messageId: typeof fund.value.raw === 'number' && looksLikeDate(fund.value.text) ? 'date' : 'invalid', cells: [fund.value], data: { label, value: quote(fund.value.text) } });
    }
    const total = table.funds.total;
    if (total && total.amount === null) report({ messageId: 'missingTotal', cells: [inTable(table, total.value) ? total.value : total.label] });
  },
};
