/** A 二级 indicator sits under the 一级 it belongs to (数量 under 产出, 社会效益 under 效益 …). */
import { LEVEL1_NAMES, LEVEL2_NAMES } from '../model';
import { level2Parents } from './framework';
import type { Rule } from './types';

export const level2UnderLevel1: Rule = {
  meta: {
    id: 'level2-under-level1',
    defaultSeverity: 'error',
    description: '二级指标必须位于所属的一级指标之下',
    explain: {
      why: '二级指标放错一级指标（如数量指标在效益指标下），考核框架就乱了。',
      good: '数量、质量、时效、成本在产出指标下；满意度在满意度指标下。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      wrongParent: '二级指标「{level2}」不应位于一级指标「{level1}」之下，应属于「{expected}」',
    },
    needs: ['indicators'],
  },
  check({ table, options, report }) {
    const seen = new Set<string>();
    const parentsOf = level2Parents(table, options);
    for (const row of table.indicators) {
      const l1 = row.level1?.id;
      const l2 = row.level2?.id;
      if (!l1 || !l2 || !row.level2) continue;
      const parents = parentsOf[l2];
      if (!parents || parents.includes(l1)) continue;
      const key = row.level2.cell.address;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        messageId: 'wrongParent',
        cells: [row.level2.cell],
        data: {
          level2: LEVEL2_NAMES[l2],
          level1: LEVEL1_NAMES[l1],
          expected: parents.map((p) => LEVEL1_NAMES[p]).join('或'),
        },
      });
    }
  },
};
