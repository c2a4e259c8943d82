/** Cross-table rules on the seed 002 unit set, as published and with planted errors. */
import { checkGrids } from '../../../src/core/engine/check';
import { BUDGET_RULES } from '../../../src/core/rules';
import { buildSheet, loadSeed, sheetName, sheetToGrid, type SheetModel } from '../../fixtures/layout';

function unitSet(edit?: (sheets: SheetModel[]) => void) {
  const used = new Set<string>();
  const budget = loadSeed('seed-002-budget.tsv').map((t) => buildSheet(sheetName(t.name.replace(/^单位预算/, ''), used), [t], { levels: 'merged', percentAsNumber: false }));
  const projects = loadSeed('seed-002.tsv').map((t) => buildSheet(sheetName(t.name, used), [t], { levels: 'merged', percentAsNumber: false }));
  const sheets = [...budget, ...projects];
  edit?.(sheets);
  return sheets.map((s) => sheetToGrid(s, true));
}

function setCell(sheets: SheetModel[], sheet: string, row: number, col: number, value: number | string) {
  const s = sheets.find((x) => x.name === sheet)!;
  const c = s.cells.find((x) => x.row === row && x.col === col);
  if (c) c.value = value;
  else s.cells.push({ row, col, value });
}

const crossTable = (grids: ReturnType<typeof unitSet>) =>
  checkGrids(grids)
    .findings.filter((f) => f.rule.startsWith('budget-') && !BUDGET_RULES.some((r) => r.meta.id === f.rule))
    .map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cells: f.cells, message: f.message }));

describe('cross-table rules', () => {
  it('find nothing to report on the published set', () => {
    expect(crossTable(unitSet())).toEqual([]);
  });

  it('budget-projects-sum: a project’s 预算数 that no longer adds up to 项目支出', () => {
    const f = crossTable(unitSet((s) => setCell(s, '驻村干部工作经费', 3, 2, 14)));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'budget-projects-sum', severity: 'error', sheet: '支出总表' });
    expect(f[0]!.cells[0]).toBe('F6');
    expect(f[0]!.cells).toContain('驻村干部工作经费!C4');
    expect(f[0]!.message).toBe('支出总表的项目支出 1550.33 万元不等于 22 张项目表的预算数之和 1551.33 万元（相差 1 万元）');
  });

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

  it('budget-general-within-total: a 一般公共预算 科目 larger than the same 科目 in 支出总表', () => {
    const f = crossTable(unitSet((s) => setCell(s, '一般公共预算财政拨款支出表', 9, 5, 366.33)));
    expect(f.map((x) => [x.rule, x.severity, x.sheet, x.cells, x.message])).toEqual([
      [
        'budget-general-within-total',
        'error',
        '一般公共预算财政拨款支出表',
        ['F10', '支出总表!F10'],
        '一般公共预算财政拨款支出表科目 2013299“其他组织事务支出”的项目支出 366.33 万元超过支出总表的 356.33 万元',
      ],
    ]);
  });

  it('takes an untitled 基本支出 + 项目支出 table for the 支出总表', () => {
    const untitled = (edit?: (s: SheetModel[]) => void) =>
      unitSet((s) => {
        setCell(s, '支出总表', 0, 0, '');
        edit?.(s);
      });
    expect(crossTable(untitled())).toEqual([]);
    const f = crossTable(untitled((s) => setCell(s, '驻村干部工作经费', 3, 2, 14)));
    expect(f.map((x) => [x.rule, x.sheet, x.cells[0]])).toEqual([['budget-projects-sum', '支出总表', 'F6']]);
  });
  it('budget-figures-agree: 收支总表’s 一般公共预算拨款收入 against 财政拨款收支总表', () => {
    const f = crossTable(unitSet((s) => setCell(s, '财政拨款收支总表', 5, 2, 2248.02)));
    expect(f.map((x) => [x.rule, x.sheet, x.cells, x.message])).toEqual([
      ['budget-figures-agree', '收支总表', ['C6', '财政拨款收支总表!C6'], '收支总表“一般公共预算拨款收入”：2238.02 万元与财政拨款收支总表“一般公共预算拨款” 2248.02 万元不一致（相差 10 万元）'],
    ]);
  });
});




describe('within-table rules on the real 基本支出表 (经济分类)', () => {
  const rules = (grids: ReturnType<typeof unitSet>, rule: string) =>
    checkGrids(grids)
      .findings.filter((f) => f.rule === rule && f.sheet === '一般公共预算财政拨款基本支出表')
      .map((f) => ({ severity: f.severity, cells: f.cells, message: f.message }));

  it('accepts 301 = Σ 301xx and 合计 = 人员经费 + 公用经费 as published', () => {
    const grids = unitSet();
    expect(rules(grids, 'budget-code-hierarchy')).toEqual([]);
    expect(rules(grids, 'budget-total-column')).toEqual([]);
  });

  it('reports 基本工资 changed without its class 301', () => {
    // 30101 基本工资 158.31 → 168.31 in 合计 only.
    const f = rules(unitSet((s) => setCell(s, '一般公共预算财政拨款基本支出表', 7, 3, 168.31)), 'budget-code-hierarchy');
    expect(f[0]).toMatchObject({ severity: 'error', cells: expect.arrayContaining(['D7', 'D8']) });
    expect(f[0]!.cells[0]).toBe('D7');
    expect(f[0]!.message).toMatch(/^科目 301「工资福利支出」的合计 607\.57 万元不等于下级科目之和 617\.57 万元/);
  });

  it('reports a row whose 合计 is not 人员经费 + 公用经费', () => {
    const f = rules(unitSet((s) => setCell(s, '一般公共预算财政拨款基本支出表', 7, 4, 148.31)), 'budget-total-column');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cells: ['D8', 'E8'] });
  });
});
