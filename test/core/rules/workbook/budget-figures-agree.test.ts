/** budget-figures-agree: tables as they are published, correct and with a planted error. */
import { unitSet, setCell, crossTable } from '../../../support/budgetTables';

describe('budget-figures-agree', () => {
  it('budget-figures-agree: "三公" 公务用车运行维护费 against 基本支出表 30231', () => {
    const f = crossTable(unitSet((s) => setCell(s, '财政拨款三公经费支出表', 11, 2, 8.5)));
    expect(f.map((x) => [x.rule, x.sheet, x.cells])).toEqual([['budget-figures-agree', '财政拨款三公经费支出表', ['C12', '一般公共预算财政拨款基本支出表!D26']]]);
    expect(f[0]!.message).toContain('“三公”公务用车运行维护费：8.5 万元与基本支出表 30231 公务用车运行维护费 8.4 万元不一致');
  });

  it('budget-figures-agree: 收支总表 against 支出总表', () => {
    const f = crossTable(unitSet((s) => setCell(s, '支出总表', 5, 3, 2253.87)));
    expect(f.map((x) => [x.severity, x.cells])).toEqual([['error', ['E37', '支出总表!D6']]]);
  });

  it('budget-figures-agree: each 功能分类 class of 收支总表 against its class row in 支出总表', () => {
    // 八、社会保障和就业支出 58.85 → 68.85; 支出总表 208 still says 58.85.
    const f = crossTable(unitSet((s) => setCell(s, '收支总表', 12, 4, 68.85)));
    expect(f.map((x) => [x.severity, x.sheet, x.cells])).toEqual([['error', '收支总表', ['E13', '支出总表!D11']]]);
    expect(f[0]!.message).toBe('收支总表“社会保障和就业支出”：68.85 万元与支出总表科目 208 58.85 万元不一致（相差 10 万元）');
  });

  it('budget-figures-agree: a class in 收支总表 that 支出总表 does not have', () => {
    const f = crossTable(unitSet((s) => setCell(s, '收支总表', 6, 4, 3)));
    expect(f.map((x) => [x.severity, x.cells, x.message])).toEqual([['error', ['E7'], '收支总表“外交支出”：3 万元，但支出总表中没有这一类科目']]);
  });

  it('budget-figures-agree: 收入总表 against 支出总表, 科目 by 科目', () => {
    const f = crossTable(unitSet((s) => setCell(s, '收入总表', 8, 3, 578.74)));
    expect(f.map((x) => [x.rule, x.sheet, x.cells, x.message])).toEqual([
      ['budget-figures-agree', '收入总表', ['D9', '支出总表!D9'], '收入总表科目 2013201“行政运行”：578.74 万元与支出总表科目 2013201 568.74 万元不一致（相差 10 万元）'],
    ]);
  });

  it('budget-figures-agree: 基本支出表 合计 against the 基本支出 of the 一般公共预算支出表', () => {
    const f = crossTable(unitSet((s) => setCell(s, '一般公共预算财政拨款基本支出表', 5, 3, 703.54)));
    expect(f.map((x) => [x.rule, x.sheet, x.cells])).toEqual([['budget-figures-agree', '一般公共预算财政拨款基本支出表', ['D6', '一般公共预算财政拨款支出表!E6']]]);
    expect(f[0]!.message).toBe('基本支出表合计：703.54 万元与一般公共预算财政拨款支出表的基本支出 693.54 万元不一致（相差 10 万元）');
  });

  it('budget-figures-agree: 收支总表’s 一般公共预算拨款收入 against 财政拨款收支总表', () => {
    const f = crossTable(unitSet((s) => setCell(s, '财政拨款收支总表', 5, 2, 2248.02)));
    expect(f.map((x) => [x.rule, x.sheet, x.cells, x.message])).toEqual([
      ['budget-figures-agree', '收支总表', ['C6', '财政拨款收支总表!C6'], '收支总表“一般公共预算拨款收入”：2238.02 万元与财政拨款收支总表“一般公共预算拨款” 2248.02 万元不一致（相差 10 万元）'],
    ]);
  });

  it('calls a gap within the rounding tolerance a 尾差 warning', () => {
    expect(crossTable(unitSet((s) => setCell(s, '财政拨款三公经费支出表', 11, 2, 8.404))).map((x) => [x.severity, x.cells, x.message])).toEqual([
      ['warning', ['C12', '一般公共预算财政拨款基本支出表!D26'], '“三公”公务用车运行维护费：8.404 万元与基本支出表 30231 公务用车运行维护费 8.4 万元相差 0.004 万元（尾差）'],
    ]);
  });
});
