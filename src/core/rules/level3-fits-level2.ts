/** A 三级 named as a satisfaction (…满意度) belongs under 服务对象满意度, not under 效益 or 产出. */
import { LEVEL2_NAMES } from '../model';
import { quote } from './helpers';
import type { Rule } from './types';

const SATISFACTION = /满意(度|率)/;

export const level3FitsLevel2: Rule = {
  meta: {
    id: 'level3-fits-level2',
    defaultSeverity: 'warning',
    description: '三级指标应放在与其含义相符的二级指标下（如满意度类指标放在满意度指标下）',
    explain: {
      why: '三级指标的含义与所在二级指标不符（如满意度放在可持续影响下），多半是错行。',
      good: '满意度类指标放在满意度指标下，成本类放在成本指标下。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      satisfactionElsewhere: '三级指标{name}是满意度指标，却位于「{level2}」下',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const row of table.indicators) {
      const id = row.level2?.id;
      if (!id || id === 'serviceSatisfaction' || row.level1?.id === 'satisfaction') continue;
      if (SATISFACTION.test(row.level3.text)) {
        report({ messageId: 'satisfactionElsewhere', cells: [row.level3], data: { name: quote(row.level3.text), level2: LEVEL2_NAMES[id] } });
      }
    }
  },
};
