/**
 * department-funds-sum: a county 部门整体支出绩效目标申报表's funds block — 总额 = 基本支出 + 项目支出,
 * and each group's 合计 = 财政拨款 + 专户资金 + 单位资金 (amounts in 万元 here).
 */
import { checkGrids } from '../../../../src/core/engine/check';
import { gridFromTsv } from '../../../support/tsv';

const county = (total: string, basic: string[], project: string[]) =>
  gridFromTsv(
    [
      '2025年部门整体支出绩效目标申报表',
      '部门名称\t县文化和旅游局',
      '总体资金情况(万元)\t预算支出',
      '\t总额\t基本支出\t\t\t\t项目支出',
      '\t\t合计\t财政拨款\t专户资金\t单位资金\t合计\t财政拨款\t专户资金\t单位资金',
      `\t${total}\t${basic.join('\t')}\t${project.join('\t')}`,
      '年度履职目标\t任务名称\t主要内容',
      '\t公共文化服务\t送戏下乡、农家书屋管护',
      '年度总体目标\t完成公共文化服务任务。',
    ].join('\n'),
    { sheet: '部门整体', rawStrings: true },
  );

const found = (grid: ReturnType<typeof county>) =>
  checkGrids([grid]).findings.filter((f) => f.rule === 'department-funds-sum').map((f) => [f.severity, f.cells, f.message]);

describe('department-funds-sum', () => {
  it('accepts a funds block that adds up', () => {
    expect(found(county('480.5', ['320.5', '300.5', '20', ''], ['160', '150', '', '10']))).toEqual([]);
  });

  it('reports a 总额 that is not 基本 + 项目, and a 合计 that is not its parts', () => {
    expect(found(county('490.5', ['320.5', '310.5', '20', ''], ['160', '150', '', '10']))).toEqual([
      ['error', ['B6', 'C6', 'G6'], '资金总额 490.5 万元不等于基本支出和项目支出之和 480.5 万元（相差 10 万元）'],
      ['error', ['C6', 'D6', 'E6'], '基本支出合计 320.5 万元不等于财政拨款、专户资金、单位资金之和 330.5 万元（相差 10 万元）'],
    ]);
  });

  it('calls a last-digit gap a 尾差 warning', () => {
    expect(found(county('480.51', ['320.5', '300.5', '20', ''], ['160', '150', '', '10']))).toEqual([
      ['warning', ['B6', 'C6', 'G6'], '资金总额 480.51 万元与基本支出和项目支出之和 480.5 万元相差 0.01 万元（尾差）'],
    ]);
  });
});
