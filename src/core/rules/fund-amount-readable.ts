/** Fund cells hold numbers: a total of `六十` or `#REF!` cannot be checked or summed. */
import { fundLines, quote } from './helpers';
import type { Rule } from './types';

export const fundAmountReadable: Rule = {
  meta: {
    id: 'fund-amount-readable',
    defaultSeverity: 'error',
    description: '资金金额必须是数字',
    messages: {
      invalid: '{label}{value}不是有效的金额',
      missingTotal: '资金总额未填写',
    },
    needs: ['projectHeader'],
  },
  check({ table, report }) {
    for (const fund of fundLines(table)) {
      // Error values (#REF!) are reported by no-error-values.
      if (fund.amount === 'invalid' && !/^#/.test(fund.value.text.trim())) {
        report({ messageId: 'invalid', cells: [fund.value], data: { label: fund.label.text.replace(/[:：]\s*$/, '').trim(), value: quote(fund.value.text) } });
      }
    }
    const total = table.funds.total;
    if (total && total.amount === null) report({ messageId: 'missingTotal', cells: [total.value] });
  },
};
