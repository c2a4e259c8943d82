/**
 * Each indicator row has both a 三级 name and a value. A row that only carries an optional 二级
 * label (经济效益 left empty in the template) is the job of `optional-row-unfilled`.
 */
import { requiredLevel2 } from './profiles';
import { isBlank } from '../text';
import type { Rule } from './types';

export const indicatorComplete: Rule = {
  meta: {
    id: 'indicator-complete',
    defaultSeverity: 'error',
    description: '三级指标名称和指标值不能为空',
    messages: {
      emptyLevel3: '三级指标名称为空',
      emptyValue: '指标值为空',
      emptyRequired: '必填二级指标「{name}」没有填写三级指标和指标值',
    },
    appliesTo: ['project/ningxia', 'project/hebei', 'department'],
  },
  check({ table, options, report }) {
    const required = new Set<string>(requiredLevel2(options, table.kind));
    for (const row of table.indicators) {
      const noName = isBlank(row.level3.text);
      const noValue = isBlank(row.value.text);
      if (noName && noValue) {
        const id = row.level2?.id;
        if (id && (required.has(id) || row.level2?.required)) {
          report({ messageId: 'emptyRequired', cells: [row.level3, row.value], data: { name: row.level2!.cell.text.trim() } });
        }
        continue;
      }
      if (noName) report({ messageId: 'emptyLevel3', cells: [row.level3] });
      if (noValue) report({ messageId: 'emptyValue', cells: [row.value] });
    }
  },
};
