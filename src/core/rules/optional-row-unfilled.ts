/** An optional 二级 row left empty (经济效益, 生态效益 in the template): fill it in or delete it. */
import { requiredLevel2Ids } from './framework';
import { isBlank } from '../text';
import type { Rule } from './types';

export const optionalRowUnfilled: Rule = {
  meta: {
    id: 'optional-row-unfilled',
    defaultSeverity: 'info',
    description: '选填的二级指标行未填写，可补充或删除该行',
    explain: {
      why: '选填的二级指标行留空会被当作漏填。',
      good: '要么补上三级指标和指标值，要么删除这一行。',
      source: '本地常见做法',
    },
    messages: {
      unfilled: '选填二级指标「{name}」未填写三级指标和指标值，可补充或删除该行',
    },
    needs: ['indicators'],
  },
  check({ table, options, report }) {
    const required = requiredLevel2Ids(table, options);
    for (const row of table.indicators) {
      if (!isBlank(row.level3.text) || row.values.some((v) => !isBlank(v.cell.text))) continue;
      const id = row.level2?.id;
      if (!row.level2 || (id && required.has(id)) || row.level2.required) continue;
      report({ messageId: 'unfilled', cells: [row.level3, ...row.values.map((v) => v.cell)], data: { name: row.level2.cell.text.trim() } });
    }
  },
};
