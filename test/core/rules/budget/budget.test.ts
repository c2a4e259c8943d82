/**
 * The 单位预算 rules on tables written as they are published (seed 002), each with a planted error
 * and with a last-digit 尾差.
 */
import { checkTable, recognizeSheet } from '../../../../src/core/engine/check';
import type { BudgetTable } from '../../../../src/core/layouts/budget';
import { BUILTIN_PROFILES } from '../../../../src/core/rules/profiles';
import { gridFromTsv, gridWithEdits } from '../../../support/tsv';

/** 支出总表 as published; `edit` replaces one cell's text first (`D7` style address). */
function spending(edit: Record<string, string> = {}) {
  const rows = [
    '单位预算支出总表',
    '203001中共大厂回族自治县委组织部\t\t\t预算年度：2024\t单位：万元',
    '序号\t功能分类科目\t\t合计\t基本支出\t项目支出',
    '\t科目编码\t科目名称',
    '栏次\t1\t2\t3\t4\t5',
    '1\t\t合计\t2243.88\t693.55\t1550.33',
    '2\t201\t一般公共服务支出\t925.07\t568.74\t356.33',
    '3\t20132\t组织事务\t925.07\t568.74\t356.33',
    '4\t2013201\t行政运行\t568.74\t568.74',
    '5\t2013299\t其他组织事务支出\t356.33\t\t356.33',
    '6\t208\t社会保障和就业支出\t58.85\t58.85',
    '7\t20805\t行政事业单位养老支出\t58.85\t58.85',
    '8\t2080505\t机关事业单位基本养老保险缴费支出\t58.85\t58.85',
    '9\t213\t农林水支出\t1194.00\t\t1194.00',
    '10\t21307\t农村综合改革\t1194.00\t\t1194.00',
    '11\t2130705\t对村民委员会和村党支部的补助\t1194.00\t\t1194.00',
    '12\t221\t住房保障支出\t65.96\t65.96',
    '13\t22102\t住房改革支出\t65.96\t65.96',
    '14\t2210201\t住房公积金\t65.96\t65.96',
  ];
  return gridWithEdits(rows, edit, { sheet: '支出总表' });
}

function findings(grid: ReturnType<typeof spending>, rule: string) {
  return recognizeSheet(grid)
    .flatMap((t) => checkTable(t, BUILTIN_PROFILES.legacy))
    .filter((f) => f.rule === rule)
    .map((f) => ({ severity: f.severity, cells: f.cells, message: f.message }));
}

describe('recognising 单位预算 tables', () => {
  it('reads the kind from the title and the columns from the headings above 栏次', () => {
    const [t] = recognizeSheet(spending());
    expect(t!.kind).toBe('budget/支出总表');
    expect(t!.rangeA1).toBe('A1:F19');
  });

  it('recognises an untitled table by its 栏次 row and columns, reading 2,243.88 and — as numbers', () => {
    const grid = spending({ A1: '', D6: '2,243.88', F6: '1,550.33', F9: '—', E10: '-' });
    const [t] = recognizeSheet(grid) as BudgetTable[];
    expect(t!.kind).toBe('budget/支出表');
    expect(t!.rows[0]!.amounts.get(3)!.amount!.toString()).toBe('2243.88');
    expect(recognizeSheet(grid).flatMap((x) => checkTable(x)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads a table published in 元 into 万元, from the unit line or a column heading', () => {
    const [yuan] = recognizeSheet(spending({ E2: '单位：元', D6: '22438800' })) as BudgetTable[];
    expect(yuan!.amountUnit).toBe('元');
    expect(yuan!.rows[0]!.amounts.get(3)!.amount!.toString()).toBe('2243.88');
    const [heading] = recognizeSheet(spending({ D3: '合计(元)', D6: '22438800' })) as BudgetTable[];
    expect(heading!.amountUnit).toBe('万元');
    expect(heading!.rows[0]!.amounts.get(3)!.amount!.toString()).toBe('2243.88');
    expect(heading!.rows[0]!.amounts.get(4)!.amount!.toString()).toBe('693.55');
  });

  it.each([
    ['大厂回族自治县委组织部2024年部门预算支出预算表', 'budget/支出总表'],
    ['2024年度单位决算收入支出决算总表', 'budget/收支总表'],
    ['单位预算财政拨款收入支出总表', 'budget/财政拨款收支总表'],
    ['一般公共预算基本支出表', 'budget/一般公共预算财政拨款基本支出表'],
    ['部门预算收支总表', 'budget/收支总表'],
    ['收入支出预算总表', 'budget/收支总表'],
    ['2023年度部门决算财政拨款收入支出决算总表', 'budget/财政拨款收支总表'],
    ['中共某县委组织部2024年一般公共预算支出表', 'budget/一般公共预算财政拨款支出表'],
  ])('knows the renamed title “%s” as %s', (title, kind) => {
    expect(recognizeSheet(spending({ A1: title }))[0]!.kind).toBe(kind);
  });
});

describe('budget-code-hierarchy', () => {
  it('accepts codes that add up', () => {
    expect(findings(spending(), 'budget-code-hierarchy')).toEqual([]);
  });

  it('reports a parent that is not the sum of its children, naming all the cells', () => {
    expect(findings(spending({ D9: '600.00', E9: '600.00' }), 'budget-code-hierarchy')[0]).toEqual({
      severity: 'error',
      cells: ['D8', 'D9', 'D10'],
      message: '科目 20132「组织事务」的合计 925.07 万元不等于下级科目之和 956.33 万元（相差 31.26 万元）',
    });
  });
});

describe('budget-total-row', () => {
  it('accepts a 合计 row equal to the top-level codes', () => {
    expect(findings(spending(), 'budget-total-row')).toEqual([]);
  });

  it('reports a 合计 that is off, and calls a last-digit gap a 尾差 warning', () => {
    expect(findings(spending({ F6: '1500.33' }), 'budget-total-row').map((f) => [f.severity, f.cells[0]])).toEqual([['error', 'F6']]);
    expect(findings(spending({ D6: '2243.87' }), 'budget-total-row').map((f) => [f.severity, f.cells[0]])).toEqual([['warning', 'D6']]);
  });
});

describe('budget-total-column', () => {
  it('accepts 合计 = 基本支出 + 项目支出 on every row', () => {
    expect(findings(spending(), 'budget-total-column')).toEqual([]);
  });

  it('reports a row whose 合计 is not the sum of its parts', () => {
    const [f] = findings(spending({ D15: '1194.50' }), 'budget-total-column').filter((x) => x.cells[0] === 'D15');
    expect(f).toEqual({ severity: 'error', cells: ['D15', 'F15'], message: '第 15 行「农村综合改革」的合计 1194.5 万元不等于各分项之和 1194 万元（相差 0.5 万元）' });
  });

  it('checks a 小计 against its group (收入总表: 本年收入 小计 = 财政拨款收入 + …)', () => {
    const income = gridFromTsv(
      [
        '单位预算收入总表',
        '序号\t功能分类科目\t\t合计\t本年收入\t\t\t上年结转',
        '\t科目编码\t科目名称\t\t小计\t财政拨款收入\t事业收入',
        '栏次\t1\t2\t3\t4\t5\t6\t7',
        '1\t201\t一般公共服务支出\t925.07\t919.22\t900.00\t\t5.85',
      ].join('\n'),
    );
    const f = recognizeSheet(income).flatMap((t) => checkTable(t)).filter((x) => x.rule === 'budget-total-column');
    // 财政拨款收入 900 breaks both the 小计 and the 合计 of the row.
    expect(f.map((x) => [x.severity, x.cells])).toEqual([
      ['error', ['D5', 'F5', 'H5']],
      ['error', ['E5', 'F5']],
    ]);
    expect(f[1]!.message).toContain('本年收入小计');
  });
});

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

describe('budget-sangong', () => {
  const sangong = (edit: Record<number, string> = {}) => {
    const lines = [
      '单位预算财政拨款“三公”经费支出表',
      '203001中共大厂回族自治县委组织部\t\t\t预算年度：2024\t单位：万元',
      '序号\t项  目\t资 金 性 质',
      '\t\t合计\t一般公共预算财政拨款\t政府性基金预算拨款\t国有资本经营预算财政拨款',
      '栏次\t1\t2\t3\t4\t5',
      '1\t“三公”经费小计\t8.83\t8.83',
      '2\t一、因公出国（境）费',
      '3\t其中：教学科研人员因公出国（境）费',
      '4\t其他因公出国（境）费',
      '5\t二、公务用车购置及运维费\t8.40\t8.40',
      '6\t其中：公务用车购置费',
      '7\t公务用车运行维护费\t8.40\t8.40',
      '8\t三、公务接待费\t0.43\t0.43',
    ];
    for (const [i, line] of Object.entries(edit)) lines[Number(i)] = line;
    return gridFromTsv(lines.join('\n'), { sheet: '三公' });
  };
  const run = (grid: ReturnType<typeof sangong>) =>
    recognizeSheet(grid)
      .flatMap((t) => checkTable(t))
      .filter((f) => f.rule === 'budget-sangong')
      .map((f) => ({ severity: f.severity, cells: f.cells, message: f.message }));

  it('accepts seed 002’s table: 8.83 = 0 + 8.40 + 0.43 and 8.40 = 0 + 8.40', () => {
    expect(recognizeSheet(sangong())[0]!.kind).toBe('budget/财政拨款“三公”经费支出表');
    expect(run(sangong())).toEqual([]);
  });

  it('reports a 小计 that leaves out 公务接待费', () => {
    const f = run(sangong({ 5: '1\t“三公”经费小计\t8.40\t8.40' }));
    expect(f.map((x) => [x.severity, x.cells[0]])).toEqual([
      ['error', 'C6'],
      ['error', 'D6'],
    ]);
    expect(f[0]!.message).toBe('「“三公”经费小计」的合计 8.4 万元不等于出国、车辆、接待之和 8.83 万元（相差 0.43 万元）');
    expect(f[0]!.cells).toEqual(['C6', 'C10', 'C13']);
  });

  it('reports 公务用车购置及运维费 that is not 购置费 + 运行维护费', () => {
    const f = run(sangong({ 6: '6\t其中：公务用车购置费\t2.00\t2.00' }));
    expect(f.map((x) => x.cells[0])).toEqual(['C10', 'D10']);
    expect(f[0]!.message).toBe('「公务用车购置及运维费」的合计 8.4 万元不等于购置费与运行维护费之和 10.4 万元（相差 2 万元）');
  });
});

describe('amount-readable', () => {
  it('names a #REF! and a figure written as words, and leaves the sums around them unchecked', () => {
    const grid = spending({ D9: '#REF!', E12: '见附表' });
    expect(findings(grid, 'amount-readable')).toEqual([
      { severity: 'error', cells: ['D9'], message: '「行政运行」的合计是错误值「#REF!」，相关合计无法核对，请检查公式或引用' },
      { severity: 'error', cells: ['E12'], message: '「行政事业单位养老支出」的基本支出「见附表」不是有效的数字，相关合计无法核对' },
    ]);
    expect(findings(grid, 'budget-code-hierarchy').filter((f) => f.cells.includes('D9') || f.cells.includes('E12'))).toEqual([]);
  });

  it('accepts blanks, dashes and thousands separators', () => {
    expect(findings(spending({ D6: '2,243.88', F9: '—', E10: '-' }), 'amount-readable')).toEqual([]);
  });
});
