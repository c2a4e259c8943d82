/** Template placeholders left unfilled: `XX`, `××`, `≥**人`, `待填写`. */
import { isBlank } from '../text';
import { indicatorEntries } from '../model';
import { quote, valueCells } from './helpers';
import type { Rule } from './types';

/** A cheap test for the characters every placeholder contains. */
const MAYBE = /[Xx×*＊待{]/;
const PLACEHOLDER = /(X{2,}|x{2,}|×{2,}|\*{2,}|＊{2,}|待填写?|待定|待补充|\{(n|total|year)\})/;

export const noPlaceholder: Rule = {
  meta: {
    id: 'no-placeholder',
    defaultSeverity: 'error',
    description: '模板中的占位符（XX、××、**、待填写）和只有计量单位的指标值必须替换为实际内容',
    explain: {
      why: '模板里的 XX、**、“待填写”没有替换，说明这一项还没填。',
      good: '替换为实际的数值和单位，如 ≥800人次。',
      source: '本地常见做法',
    },
    messages: {
      placeholder: '{value}是未填写的模板占位符',
      unitOnly: '指标值{value}只有计量单位，没有数值：模板的指标值尚未填写',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const cell of valueCells(table)) {
      if (!MAYBE.test(cell.text) || isBlank(cell.text) || !PLACEHOLDER.test(cell.text)) continue;
      report({ messageId: 'placeholder', cells: [cell], data: { value: quote(cell.text) } });
    }
    for (const e of indicatorEntries(table)) {
      if (e.parsed.unitOnly) report({ messageId: 'unitOnly', cells: [e.value], data: { value: quote(e.parsed.source) } });
    }
  },
};
