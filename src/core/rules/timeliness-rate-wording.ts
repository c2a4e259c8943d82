/**
 * A percentage under 时效 whose 三级 name describes a scheduled action (`每月发放一次…`) reads as
 * an on-time rate, but reviewers want the name to say so (`按月发放及时率`).
 */
import { quote, RATE_NAME, TIMED_ACTION } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const timelinessRateWording: Rule = {
  meta: {
    id: 'timeliness-rate-wording',
    defaultSeverity: 'warning',
    description: '时效指标使用百分比时，三级指标名称应写明是比率（如“按时发放率”）',
    explain: {
      why: '时效指标用百分比时，如果名称不是比率，读者不知道百分之多少指什么。',
      good: '名称写明是比率，如“按时发放率”“及时完成率”。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      rename: '时效指标{name}的指标值是百分比，建议把名称改为比率（如“{suggested}”）或改填完成时限',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of indicatorEntries(table)) {
      if (row.level2?.id !== 'timeliness' || row.parsed.kind !== 'percent') continue;
      const name = row.level3.text.trim();
      if (RATE_NAME.test(name) || !TIMED_ACTION.test(name)) continue;
      report({ messageId: 'rename', cells: [row.level3, row.value], data: { name: quote(name), suggested: `${name}及时率` } });
    }
  },
};
