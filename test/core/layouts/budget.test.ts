/** budget: tables as they are published, correct and with a planted error. */
import { checkTable, recognizeSheet } from '../../../src/core/engine/check';
import type { BudgetTable } from '../../../src/core/layouts/budget';
import { spending } from '../../support/budgetTables';

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
