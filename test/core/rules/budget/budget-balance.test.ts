/** budget-balance: tables as they are published, correct and with a planted error. */
import { checkTable, recognizeSheet } from '../../../../src/core/engine/check';
import { gridFromTsv } from '../../../support/tsv';

describe('budget-balance', () => {
  const overview = (spendingTotal: string, carried = '5.85') =>
    gridFromTsv(
      [
        '单位预算收支总表',
        '序号\t收入\t\t支出',
        '\t项  目\t预算数\t项  目\t预算数',
        '栏次\t1\t2\t3\t4',
        '1\t一、一般公共预算拨款收入\t2238.02\t一、一般公共服务支出\t925.07',
        '2\t二、政府性基金预算拨款收入\t\t八、社会保障和就业支出\t58.85',
        '3\t\t\t十、卫生健康支出\t17.73',
        '4\t\t\t十三、农林水支出\t1194.00',
        '5\t\t\t二十、住房保障支出\t48.23',
        `6\t本年收入合计\t2238.02\t本年支出合计\t${spendingTotal}`,
        `7\t上年结转结余\t${carried}\t年终结转结余\t`,
        `8\t收入总计\t2243.87\t支出总计\t2243.87`,
      ].join('\n'),
    );

  it('calls seed 002’s 支出 side a 尾差 (2243.88 vs 2243.87) and nothing else', () => {
    const f = recognizeSheet(overview('2243.87')).flatMap((t) => checkTable(t)).filter((x) => x.rule === 'budget-balance');
    expect(f.map((x) => [x.severity, x.cells[0], x.message])).toEqual([
      ['warning', 'E10', '支出「本年支出合计」2243.87 万元与各项之和 2243.88 万元相差 0.01 万元（尾差）'],
    ]);
  });

  it('reports totals that do not balance', () => {
    const f = recognizeSheet(overview('2243.88', '6.85')).flatMap((t) => checkTable(t)).filter((x) => x.rule === 'budget-balance');
    // 支出总计 against 本年支出合计 2243.88 is the usual last-digit 尾差.
    expect(f.map((x) => [x.severity, x.cells[0]])).toEqual([
      ['error', 'C12'],
      ['warning', 'E12'],
    ]);
    expect(f[0]!.message).toBe('收入「收入总计」2243.87 万元不等于本年合计与结转结余之和 2244.87 万元（相差 1 万元）');
  });
});
