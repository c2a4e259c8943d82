/** 一级/二级 labels are ones the framework knows; anything else is a typo or a misplaced cell. */
import type { IndicatorRow } from '../model';
import { quote } from './helpers';
import type { Rule } from './types';

export const knownLevelLabels: Rule = {
  meta: {
    id: 'known-level-labels',
    defaultSeverity: 'warning',
    description: '一级、二级指标名称应为规范名称',
    explain: {
      why: '一级、二级指标名称不规范时，评审和汇总系统无法归类。',
      good: '用规范名称，如“产出指标”“数量指标”“服务对象满意度指标”。',
      source: '财预〔2021〕101号附件《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》',
    },
    messages: {
      unknownLevel1: '无法识别的一级指标{text}，应为产出指标、效益指标、满意度指标（或成本指标）',
      unknownLevel2: '无法识别的二级指标{text}',
      missingLevel: '该行没有所属的一级或二级指标',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    const seen = new Set<string>();
    const unknown = (level: IndicatorRow['level1'] | IndicatorRow['level2'], messageId: 'unknownLevel1' | 'unknownLevel2') => {
      if (level && level.id === null && !seen.has(level.cell.address)) {
        seen.add(level.cell.address);
        report({ messageId, cells: [level.cell], data: { text: quote(level.cell.text) } });
      }
    };
    for (const row of table.indicators) {
      unknown(row.level1, 'unknownLevel1');
      unknown(row.level2, 'unknownLevel2');
      if (!row.level1 || !row.level2) report({ messageId: 'missingLevel', cells: [row.level3] });
    }
  },
};
