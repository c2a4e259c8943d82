/** budget-list-total: a county's 专项资金安排表 (序号 · 乡镇 · 项目名称 · 金额), its 合计 against its rows. */
import { checkGrids } from '../../../../src/core/engine/check';
import { gridFromTsv } from '../../../support/tsv';

const list = (total: string, rows = ['12.5', '20', '7.5']) =>
  gridFromTsv(
    [
      '2025年县级农村饮水安全维修养护资金安排表',
      '单位:万元',
      '序号\t乡镇\t项目名称\t安排金额\t备注',
      `1\t石门镇\t石门镇供水管网维修\t${rows[0]}\t`,
      `2\t青山乡\t青山乡水厂消毒设备更换\t${rows[1]}\t`,
      `3\t柳溪镇\t柳溪镇蓄水池清淤\t${rows[2]}\t含护栏`,
      `合计\t\t\t${total}\t`,
    ].join('\n'),
    { sheet: '安排表', rawStrings: true },
  );

const found = (grid: ReturnType<typeof list>) =>
  checkGrids([grid]).findings.filter((f) => f.rule === 'budget-list-total').map((f) => [f.severity, f.cells, f.message]);

describe('budget-list-total', () => {
  it('accepts a 合计 that is the sum of the rows', () => {
    expect(found(list('40'))).toEqual([]);
  });

  it('reports a 合计 that is not the sum of the rows, at the total and every row', () => {
    expect(found(list('45'))).toEqual([['error', ['D7', 'D4', 'D5', 'D6'], '清单合计行的安排金额 45 万元不等于 3 个项目之和 40 万元（相差 5 万元）']]);
  });

  it('calls a last-digit gap a 尾差 warning', () => {
    expect(found(list('40.01'))).toEqual([['warning', ['D7', 'D4', 'D5', 'D6'], '清单合计行的安排金额 40.01 万元与 3 个项目之和 40 万元相差 0.01 万元（尾差）']]);
  });
});
