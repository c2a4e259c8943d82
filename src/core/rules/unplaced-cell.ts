/** Cells inside a table that fit no column or field: a shifted row or a stray note, shown so nothing is silently dropped. */
import { quote } from './helpers';
import type { Rule } from './types';

export const unplacedCell: Rule = {
  meta: {
    id: 'unplaced-cell',
    defaultSeverity: 'warning',
    description: '表格中无法归入任何栏目的单元格（可能错行、错列）',
    explain: {
      why: '表中有内容落在任何栏目之外，多半是错行或错列，打印后也难以阅读。',
      good: '把内容移回对应的栏目，或删除多余的内容。',
      source: '本地常见做法',
    },
    messages: {
      unplaced: '单元格内容{value}不在表格的任何栏目中，可能错行或错列',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const cell of table.unplaced) report({ messageId: 'unplaced', cells: [cell], data: { value: quote(cell.text) } });
  },
};
