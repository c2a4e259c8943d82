import { scoresAddUp } from '../../../src/core/rules/scores-add-up';
import { testRule } from '../../support/rules';
import { gridFromTsv } from '../../support/tsv';

const scored = (statement: string, scores: [string, string, string]) =>
  gridFromTsv(
    [
      '项目名称\t档案整理',
      '资金总额\t5',
      '年度目标\t整理档案1000卷。',
      statement,
      '一级指标\t二级指标\t三级指标\t指标值\t分值',
      `产出指标\t数量指标\t整理档案\t≥1000卷\t${scores[0]}`,
      `产出指标\t质量指标\t合格率\t≥95%\t${scores[1]}`,
      `满意度指标\t服务对象满意度指标\t查档满意度\t≥90%\t${scores[2]}`,
    ].join('\n'),
  );

testRule(scoresAddUp, {
  valid: [
    { name: 'weights that add up', grid: scored('绩效指标(权重分值50分,其中产出指标权重分值40分,满意度指标权重分值10分)', ['20', '20', '10']) },
    { name: 'a block the table lacks is not summed', grid: scored('绩效指标(权重分值90分,其中产出指标权重分值40分,效益指标权重分值40分,满意度指标权重分值10分)', ['20', '20', '10']) },
  ],
  invalid: [
    {
      name: '产出 rows short of their weight, and so the total',
      grid: scored('绩效指标(权重分值50分,其中产出指标权重分值40分,满意度指标权重分值10分)', ['20', '15', '10']),
      reports: [
        { messageId: 'level1', cells: ['A4', 'E6', 'E7'] },
        { messageId: 'total', cells: ['A4', 'E6', 'E7', 'E8'] },
      ],
    },
  ],
});
