/** 成本指标 values are money: a total (`≤9万元`, `6420 元`) or a unit cost (`3 万元/个`). */
import { isCostLevel2, quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

// `(≥**万元)` in a 三级 name.
const FLOOR_IN_NAME = /[(（]\s*[≥≧>]/;

export const costValueIsMoney: Rule = {
  meta: {
    id: 'cost-value-is-money',
    defaultSeverity: 'error',
    description: '成本指标的指标值必须是金额（如 ≤9万元、3万元/个）',
    explain: {
      why: '成本指标反映花多少钱，填人数、时间或“显著提升”无法考核成本。',
      good: '填金额：总额如 ≤9万元，单位成本如 3万元/个。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      notMoney: '成本指标的指标值{value}不是金额，应写成如「≤9万元」或「3万元/个」',
      noUnit: '成本指标的指标值{value}缺少金额单位（元或万元）',
      rate: '成本指标{name}的指标值{value}是比率，不是金额；成本指标应写明花多少钱（如「≤9万元」「3万元/个」）',
      zero: '成本指标的指标值{value}为零，请写出实际成本（单位成本很小时可改用元为单位）',
      atLeast: '成本指标的指标值{value}是下限（≥），成本指标一般设上限（≤），请确认方向',
      suggestWan: '若单位为万元，改为「{amount}万元」',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      if (!isCostLevel2(row.level2?.id)) continue;
      const v = row.parsed;
      if (v.kind === 'money') {
        // A cost of nothing (`0万元/人`: 1万 ÷ 24 人次 rounded away) cannot be a target.
        if (v.wan?.low.isZero() && !v.high) report({ messageId: 'zero', cells: [row.value], data: { value: quote(row.value.text) }, severity: 'warning' });
        // `≥**万元`: a floor on spending where a cost sets a ceiling.
        else if (v.op === '≥' || v.op === '>' || FLOOR_IN_NAME.test(row.level3.text)) {
          report({ messageId: 'atLeast', cells: [row.value, row.level3], data: { value: quote(row.value.text) }, severity: 'warning' });
        }
        continue;
      }
      if (v.kind === 'empty' || v.kind === 'error' || v.kind === 'placeholder') continue;
      if (v.kind === 'percent') {
        // `成本控制率 100%`, `预算执行率 ≥90%`: a rate says how money is used, not what it costs.
        report({ messageId: 'rate', cells: [row.value], data: { name: quote(row.level3.text), value: quote(row.value.text) } });
        continue;
      }
      if (v.kind === 'number') {
        report({
          messageId: 'noUnit',
          cells: [row.value],
          data: { value: quote(row.value.text) },
          suggestion: { messageId: 'suggestWan', data: { amount: v.clean } },
          fix: { cell: row.value.address, text: `${v.clean}万元` },
        });
        continue;
      }
      report({ messageId: 'notMoney', cells: [row.value], data: { value: quote(row.value.text) } });
    }
  },
};
