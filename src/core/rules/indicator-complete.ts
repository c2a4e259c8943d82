/**
 * Each indicator row has both a 三级 name and a value in every value column. A row that only
 * carries an optional 二级 label (经济效益 left empty in the template) is the job of
 * `optional-row-unfilled`; a 选填 row with a sentence and no value is a warning, not an error.
 */
import type { IndicatorValue } from '../model';
import { requiredLevel2Ids } from './framework';
import { isBlank } from '../text';
import type { Rule } from './types';

const NONE: readonly IndicatorValue[] = [];

export const indicatorComplete: Rule = {
  meta: {
    id: 'indicator-complete',
    defaultSeverity: 'error',
    description: '三级指标名称和指标值不能为空',
    explain: {
      why: '三级指标或指标值为空，这一行无法考核，评审会要求补齐。',
      good: '每行都有三级指标名称和指标值。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      emptyLevel3: '三级指标名称为空',
      emptyValue: '指标值为空',
      emptyRequired: '必填二级指标「{name}」没有填写三级指标和指标值',
    },
    needs: ['indicators'],
  },
  check({ table, options, report }) {
    const required = requiredLevel2Ids(table, options);
    for (const row of table.indicators) {
      const noName = isBlank(row.level3.text);
      // Most rows are filled: no list is made for them.
      const empty = row.values.some((v) => isBlank(v.cell.text)) ? row.values.filter((v) => isBlank(v.cell.text)) : NONE;
      if (noName && empty.length === row.values.length) {
        const id = row.level2?.id;
        if (id && (required.has(id) || row.level2?.required)) {
          report({ messageId: 'emptyRequired', cells: [row.level3, ...empty.map((v) => v.cell)], data: { name: row.level2!.cell.text.trim() } });
        }
        continue;
      }
      if (noName) report({ messageId: 'emptyLevel3', cells: [row.level3] });
      // A 选填 row may hold a sentence only: worth a warning, not a rejection.
      const optional = row.level2?.tagged && !row.level2.required && !(row.level2.id && required.has(row.level2.id));
      for (const v of empty) report({ messageId: 'emptyValue', cells: [v.cell], ...(optional ? { severity: 'warning' as const } : {}) });
    }
  },
};
