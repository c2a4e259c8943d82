/** 质量指标 values are a rate or a count; a qualitative grade or a date is accepted with a warning
 * (money there is `money-only-under-cost`). */
import { quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

const YES_NO_NAME = /是否|有无/;
const YES_NO_TARGET = /^是\/?或?否$/;
const YES_NO_ANSWER = /^(是|否|有|无)$/;

export const qualityValueKind: Rule = {
  meta: {
    id: 'quality-value-kind',
    defaultSeverity: 'warning',
    description: '质量指标的指标值应为合格率等百分比或数量，不宜用定性表述',
    explain: {
      why: '“设备正常运行”这类定性表述无法衡量质量是否达标。',
      good: '写成可衡量的比率或数量，如 合格率≥95%。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      qualitative: '质量指标的指标值{value}是定性表述，建议改为可衡量的比率（如「合格率≥95%」）',
      timeValue: '质量指标的指标值{value}是时间，时间应填在时效指标下',
      noUnit: '质量指标的指标值{value}缺少单位（如“%”“次”“个”）',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      if (row.level2?.id !== 'quality') continue;
      const data = () => ({ value: quote(row.value.text) });
      // `已建工程是否存在质量问题` · `是/否` · `否`: a yes/no indicator with its expected answer.
      const yesNo = () => YES_NO_NAME.test(row.level3.text) || YES_NO_TARGET.test(row.parsed.source.trim()) || YES_NO_ANSWER.test(row.parsed.clean);
      switch (row.parsed.kind) {
        case 'number':
          if (!row.nameUnit) report({ messageId: 'noUnit', cells: [row.value], data: data() });
          break;
        case 'qualitative':
        case 'text':
          if (yesNo()) break;
          report({ messageId: 'qualitative', cells: [row.value], data: data() });
          break;
        case 'date':
          report({ messageId: 'timeValue', cells: [row.value], data: data() });
          break;
        default:
      }
    }
  },
};
