/**
 * The 政府采购预算表 as seed 002 publishes it (no 栏次 row, title without 表), with one planted
 * error per rule, a 尾差 and a project bought in two lines.
 */
import { checkTable, recognizeSheet } from '../../../../src/core/engine/check';
import type { BudgetTable } from '../../../../src/core/layouts/budget';
import { BUILTIN_PROFILES } from '../../../../src/core/rules/profiles';
import { gridFromTsv, gridWithEdits } from '../../../support/tsv';

const PROJECT = '公务员信息采集统计上报一体化系统及公务员考核经费';

/** Rows as published; `edit` replaces cells (`H6` style), `extra` appends lines after the last. */
function procurement(edit: Record<string, string> = {}, extra: string[] = []) {
  const rows = [
    '单位政府采购预算',
    '203001中共大厂回族自治县委组织部\t\t\t\t\t\t\t单位：万元',
    '政府采购项目来源\t\t采购物品名称\t政府采购目录序号\t计量  单位\t数量\t单价\t政府采购金额（当年部门预算安排资金）\t\t\t\t\t\t\t2024年  预留中  小微企  业份额',
    '项目名称\t预算    资金\t\t\t\t\t\t合计\t一般公共预算拨款\t基金预算拨款\t国有资本经营预算拨款\t财政专户核拨\t单位    资金\t上年结转结余',
    '合  计\t\t\t\t\t\t\t1.16\t1.16\t\t\t\t\t\t1.16',
    '中共大厂回族自治县委组织部小计\t\t\t\t\t\t\t1.16\t1.16\t\t\t\t\t\t1.16',
    `${PROJECT}\t2.14\t便携式计算机\tA02010108\t台\t1\t1.16\t1.16\t1.16\t\t\t\t\t\t1.16`,
    ...extra,
    '',
    '注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。',
  ];
  return gridWithEdits(rows, edit, { sheet: '政府采购预算', rawStrings: true });
}

function findings(grid: ReturnType<typeof procurement>, rule?: string) {
  return recognizeSheet(grid)
    .flatMap((t) => checkTable(t, BUILTIN_PROFILES.legacy))
    .filter((f) => !rule || f.rule === rule)
    .map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells, message: f.message }));
}

describe('recognising the 政府采购预算表', () => {
  it('reads the published table without a 栏次 row: kind, range, column roles, lines', () => {
    const [t] = recognizeSheet(procurement()) as BudgetTable[];
    expect(t!.kind).toBe('budget/政府采购预算表');
    expect(t!.rangeA1).toBe('A1:O7');
    expect(t!.title?.text).toBe('单位政府采购预算');
    const roles = Object.fromEntries(t!.columns.map((c) => [c.heading, c.role]));
    expect(roles).toMatchObject({
      项目名称: 'item',
      预算资金: 'reference',
      采购物品名称: 'name',
      政府采购目录序号: 'text',
      计量单位: 'text',
      数量: 'measure',
      单价: 'measure',
      合计: 'amount',
      一般公共预算拨款: 'amount',
      上年结转结余: 'amount',
      '2024年预留中小微企业份额': 'reference',
    });
    expect(t!.rows.map((r) => r.row)).toEqual([4, 5, 6]);
  });

  it('checks clean as published', () => {
    expect(findings(procurement())).toEqual([]);
  });

  it('recognises a renamed table with a 栏次 row by its columns', () => {
    const grid = gridFromTsv(
      [
        '2024年部门政府采购预算明细',
        '项目名称\t采购品目名称\t数量\t单价\t合计\t一般公共预算拨款',
        '栏次\t1\t2\t3\t4\t5',
        '合计\t\t\t\t3.00\t3.00',
        '办公设备购置\t复印机\t2\t1.50\t3.00\t3.00',
      ].join('\n'),
      { sheet: 'Sheet1' },
    );
    const [t] = recognizeSheet(grid) as BudgetTable[];
    expect(t!.kind).toBe('budget/政府采购预算表');
    expect(findings(grid)).toEqual([]);
  });
});

describe('budget-procurement-quantity-price', () => {
  it('reports 数量 × 单价 that is not the 合计, naming the three cells', () => {
    const f = findings(procurement({ F7: '2' }), 'budget-procurement-quantity-price');
    expect(f).toEqual([
      {
        rule: 'budget-procurement-quantity-price',
        severity: 'error',
        cells: ['H7', 'F7', 'G7'],
        message: '「便携式计算机」数量 2 × 单价 1.16 万元 = 2.32 万元，与合计 1.16 万元不符（相差 1.16 万元）',
      },
    ]);
  });

  it('takes a rounded 单价 as a 尾差 warning', () => {
    const f = findings(procurement({ F7: '3', G7: '0.39' }), 'budget-procurement-quantity-price');
    expect(f.map((x) => [x.severity, x.cells])).toEqual([['warning', ['H7', 'F7', 'G7']]]);
    expect(f[0]!.message).toContain('相差 0.01 万元（尾差）');
  });
});

describe('budget-procurement-totals', () => {
  it('reports a 合计 row that is not the sum of the 小计 rows', () => {
    const f = findings(procurement({ H5: '1.26', I5: '1.26' }), 'budget-procurement-totals');
    expect(f.map((x) => [x.severity, x.cells])).toEqual([
      ['error', ['H5', 'H6']],
      ['error', ['I5', 'I6']],
    ]);
    expect(f[0]!.message).toBe('「合计」的合计 1.26 万元不等于各小计之和 1.16 万元（相差 0.1 万元）');
  });

  it('reports a 小计 that is not the sum of its lines, in the 中小企业 share too', () => {
    const f = findings(procurement({ O6: '0.5', O5: '0.5' }), 'budget-procurement-totals');
    expect(f.map((x) => x.cells)).toEqual([['O6', 'O7']]);
    expect(f[0]!.message).toContain('「中共大厂回族自治县委组织部小计」的2024年预留中小微企业份额 0.5 万元不等于其下各采购品目之和 1.16 万元');
  });

  it('sums the lines of a project bought in two lines (project name not repeated)', () => {
    const extra = ['\t\t彩色打印机\tA02020400\t台\t1\t0.60\t0.60\t0.60\t\t\t\t\t\t0.60'];
    const edit = { H5: '1.76', I5: '1.76', O5: '1.76', H6: '1.76', I6: '1.76', O6: '1.76' };
    expect(findings(procurement(edit, extra))).toEqual([]);
    const f = findings(procurement({ ...edit, H6: '1.16', I6: '1.16' }, extra), 'budget-procurement-totals');
    expect(f.map((x) => x.cells)).toEqual([
      ['H5', 'H6'],
      ['I5', 'I6'],
      ['H6', 'H7', 'H8'],
      ['I6', 'I7', 'I8'],
    ]);
  });
});

describe('budget-total-column on the 政府采购预算表', () => {
  it('reports a line whose 合计 is not the sum of its fund columns, and leaves 数量, 单价, 预算资金 out', () => {
    const f = findings(procurement({ I7: '1.06' }), 'budget-total-column');
    expect(f.map((x) => [x.severity, x.cells])).toEqual([['error', ['H7', 'I7']]]);
  });
});

describe('budget-procurement-within-budget', () => {
  it('reports a project whose purchases exceed its 预算资金', () => {
    const f = findings(procurement({ B7: '1.00' }), 'budget-procurement-within-budget');
    expect(f).toEqual([
      {
        rule: 'budget-procurement-within-budget',
        severity: 'error',
        cells: ['B7', 'H7'],
        message: `项目「${PROJECT}」的政府采购金额 1.16 万元超过其预算资金 1 万元`,
      },
    ]);
  });

  it('adds up every line of the project against its 预算资金', () => {
    const extra = ['\t\t彩色打印机\tA02020400\t台\t2\t0.60\t1.20\t1.20\t\t\t\t\t\t1.20'];
    const edit = { H5: '2.36', I5: '2.36', O5: '2.36', H6: '2.36', I6: '2.36', O6: '2.36' };
    const f = findings(procurement(edit, extra), 'budget-procurement-within-budget');
    expect(f.map((x) => x.cells)).toEqual([['B7', 'H7', 'H8']]);
    expect(f[0]!.message).toContain('2.36 万元超过其预算资金 2.14 万元');
  });
});
