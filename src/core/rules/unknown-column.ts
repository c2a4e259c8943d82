/**
 * A column whose heading the vocabulary does not know, beside a 指标值 column: it is read as a note
 * (its cells are not checked), and the user is told so, once per column, at its heading — the pane
 * offers it a role there (计量单位, 指标性质, 分值 …), saved in the workbook's store.
 */
import { quote } from './helpers';
import type { Rule } from './types';

export const unknownColumn: Rule = {
  meta: {
    id: 'unknown-column',
    defaultSeverity: 'info',
    description: '指标表中不认识的栏目（按说明栏处理、不作检查），可在任务窗格中指定其含义',
    explain: {
      why: '助手不认识的栏目按说明栏处理、不作检查，其中的内容可能该查却没查。',
      good: '在任务窗格的“栏目含义”中指定它是什么（如计量单位），或确认为说明。',
      source: '本地常见做法',
    },
    messages: {
      unknown: '不认识栏目{heading}，已当作说明栏，其中内容不作检查；如果它是计量单位、指标性质、分值等，可在任务窗格中指定',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const c of table.header?.columns ?? []) {
      if (c.source === 'unknown') report({ messageId: 'unknown', cells: [c.heading], data: { heading: quote(c.heading.text) } });
    }
  },
};
