/** budget-procurement-projects: tables as they are published, correct and with a planted error. */
import { unitSet, setCell, crossTable } from '../../../support/budgetTables';

describe('budget-procurement-projects', () => {
  it('budget-procurement-projects: a 预算资金 in the 政府采购预算表 that is not the project table’s 预算数', () => {
    const f = crossTable(unitSet((s) => setCell(s, '单位政府采购预算', 6, 1, 2.4)));
    expect(f.map((x) => [x.rule, x.severity, x.sheet, x.cells])).toEqual([
      ['budget-procurement-projects', 'error', '单位政府采购预算', ['B7', '公务员信息采集统计上报一体化系统及公务员考核经费!C4']],
    ]);
    expect(f[0]!.message).toBe('政府采购预算表中项目「公务员信息采集统计上报一体化系统及公务员考核经费」的预算资金 2.4 万元与其绩效目标表的预算数 2.14 万元不一致');
  });

  it('budget-procurement-projects: purchases beyond the project table’s 预算数 when the table gives no 预算资金', () => {
    const f = crossTable(
      unitSet((s) => {
        setCell(s, '单位政府采购预算', 6, 1, '');
        setCell(s, '单位政府采购预算', 6, 7, 2.5);
      }),
    );
    expect(f.map((x) => [x.rule, x.sheet, x.cells])).toEqual([
      ['budget-procurement-projects', '公务员信息采集统计上报一体化系统及公务员考核经费', ['C4', '单位政府采购预算!H7']],
    ]);
    expect(f[0]!.message).toBe('项目「公务员信息采集统计上报一体化系统及公务员考核经费」的政府采购金额 2.5 万元超过其绩效目标表的预算数 2.14 万元');
  });
});
