/**
 * 时效指标 values are a date, deadline or period. A percentage is right only when the 三级 name
 * is a rate (按时完成率, 及时率 …); see `timeliness-rate-wording` for scheduled actions.
 */
import Decimal from 'decimal.js';
import { quote, RATE_NAME, TIMED_ACTION } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

/** Excel day serials of 2000-01-01 … 2099-12-31. */
const SERIAL_MIN = 36526;
const SERIAL_MAX = 73050;

function serialToDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  return new Date(ms).toISOString().slice(0, 10);
}

export const timelinessValueIsTime: Rule = {
  meta: {
    id: 'timeliness-value-is-time',
    defaultSeverity: 'error',
    description: '时效指标的指标值必须是时间、期限或时段；百分比仅限“按时完成率”等比率指标',
    explain: {
      why: '时效指标反映什么时候完成，百分比只适用于“按时完成率”这类比率指标。',
      good: '写时间、期限或时段，如 2024年12月底前、≤6个月。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      notTime: '时效指标的指标值{value}不是时间或期限，应写成如「2024年12月底前」「≤6个月」',
      percentWithoutRate: '时效指标{name}的指标值是百分比{value}，但指标名称不是比率（如“按时完成率”“及时率”）',
      serial: '时效指标的指标值 {value} 像是未设置日期格式的日期（{date}）',
      bareNumber: '时效指标的指标值{value}缺少时间单位',
      suggestDate: '把单元格设置为日期格式，或改为「{date}」',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      if (row.level2?.id !== 'timeliness') continue;
      const v = row.parsed;
      switch (v.kind) {
        case 'date':
        case 'duration':
        case 'empty':
        case 'error':
        case 'placeholder':
          continue;
        case 'percent':
          if (RATE_NAME.test(row.level3.text) || TIMED_ACTION.test(row.level3.text)) continue;
          report({
            messageId: 'percentWithoutRate',
            cells: [row.value],
            data: { name: quote(row.level3.text), value: quote(row.value.text) },
          });
          continue;
        case 'number': {
          // A date typed into a cell formatted as a number shows as `44,561`.
          const raw = typeof row.value.raw === 'number' ? row.value.raw : v.low && !v.high && v.low.isInteger() ? v.low.toNumber() : undefined;
          if (raw !== undefined && Number.isInteger(raw) && raw >= SERIAL_MIN && raw <= SERIAL_MAX) {
            const date = serialToDate(raw);
            report({
              messageId: 'serial',
              cells: [row.value],
              data: { value: String(raw), date },
              suggestion: { messageId: 'suggestDate', data: { date } },
              // Only a cell that holds the number itself can be rewritten as the date.
              ...(typeof row.value.raw === 'number' ? { fix: { cell: row.value.address, text: date } } : {}),
            });
            continue;
          }
          if (v.low && !v.high && v.low.gte(new Decimal(1900)) && v.low.lte(2100)) continue; // a bare year
          report({ messageId: 'bareNumber', cells: [row.value], data: { value: quote(row.value.text) } });
          continue;
        }
        default:
          report({ messageId: 'notTime', cells: [row.value], data: { value: quote(row.value.text) } });
      }
    }
  },
};
