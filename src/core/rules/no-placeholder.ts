/** Template placeholders left unfilled: `XX`, `××`, `≥**人`, `待填写`. */
import { isBlank } from '../text';
import { quote } from './helpers';
import type { Rule } from './types';

const PLACEHOLDER = /(X{2,}|x{2,}|×{2,}|\*{2,}|＊{2,}|待填写?|待定|待补充|\{(n|total|year)\})/;

export const noPlaceholder: Rule = {
  meta: {
    id: 'no-placeholder',
    defaultSeverity: 'error',
    description: '模板中的占位符（XX、××、**、待填写）必须替换为实际内容',
    messages: {
      placeholder: '{value}是未填写的模板占位符',
    },
    appliesTo: ['project/ningxia', 'project/hebei'],
  },
  check({ table, report }) {
    const cells = [
      ...Object.values(table.fields).map((f) => f!.value),
      ...[table.funds.total, table.funds.fiscal, table.funds.other].filter(Boolean).map((f) => f!.value),
      ...table.indicators.flatMap((r) => [r.level3, r.value]),
    ];
    for (const cell of cells) {
      if (isBlank(cell.text) || !PLACEHOLDER.test(cell.text)) continue;
      report({ messageId: 'placeholder', cells: [cell], data: { value: quote(cell.text) } });
    }
  },
};
