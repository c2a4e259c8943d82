/** Formulas re-pointed as Excel re-points them when rows go in: here 2 rows before row 10 of 表1. */
import { quoteSheetNames, sheetPrefix, shiftFormula } from '../../src/cli/formulaShift';

const shift = (formula: string, home = '表1') => shiftFormula(formula, home, '表1', 9, 2);

describe('re-pointing a formula when rows are inserted', () => {
  it.each([
    ['C31+C32', 'C33+C34'],
    ['C5+C9', 'C5+C9'],
    ['$C$31*$D10', '$C$33*$D12'],
    ['SUM(D5:D12)', 'SUM(D5:D14)'],
    ['SUM(D10:D12)/COUNT(D3:D9)', 'SUM(D12:D14)/COUNT(D3:D9)'],
    ['SUM(12:12)+SUM(A:A)', 'SUM(14:14)+SUM(A:A)'],
    ['"见C31"&C31', '"见C31"&C33'],
    ['IF(C31>=90%,"≥90%","C31")', 'IF(C33>=90%,"≥90%","C31")'],
    ['ROUND(C31*1.5E2,2)', 'ROUND(C33*1.5E2,2)'],
  ])('on its own sheet: =%s becomes =%s', (formula, expected) => {
    expect(shift(formula)).toEqual({ formula: expected });
  });

  it('moves references to the sheet from other sheets, and leaves other sheets’ cells alone', () => {
    expect(shift("'表1'!C31+表1!C5+汇总!C31", '汇总')).toEqual({ formula: "'表1'!C33+表1!C5+汇总!C31" });
    expect(shift('C31', '汇总')).toEqual({ formula: 'C31' });
    expect(shiftFormula("'表 1'!A10:B11", '汇总', '表 1', 9, 1)).toEqual({ formula: "'表 1'!A11:B12" });
  });

  it.each([
    ['INDIRECT("C"&ROW())', 'INDIRECT 函数'],
    ['OFFSET(C1,3,0)', 'OFFSET 函数'],
    ['SUM(Table1[金额])', '结构化引用或外部工作簿引用'],
    ['[1]Sheet1!A1', '结构化引用或外部工作簿引用'],
    ['资金合计*2', '名称或无法读懂的引用「资金合计」'],
    ['R1C1+1', 'R1C1 样式的引用'],
  ])('refuses =%s, naming what it cannot re-point', (formula, reason) => {
    const r = shift(formula);
    expect('refused' in r && r.refused).toContain(reason);
  });
});

describe('sheet names as Excel reads them', () => {
  it('quotes a sheet name that begins with a digit, as exceljs leaves it out (03!$A$1)', () => {
    expect(quoteSheetNames('03!$A$1')).toBe("'03'!$A$1");
    expect(quoteSheetNames('SUM(03!$A$1:$A$3,表1!B2)')).toBe("SUM('03'!$A$1:$A$3,表1!B2)");
    expect(shiftFormula('03!$A$5', '', '03', 2, 1)).toEqual({ formula: "'03'!$A$6" });
  });

  it('leaves names that need no quotes, and quoted ones, as they are', () => {
    for (const f of ["'表 2'!A1:B3", '表1!$C$4', "'It''s'!A1", 'Sheet1!A1+1', 'A1']) expect(quoteSheetNames(f)).toBe(f);
  });

  it('quotes what would read as a cell or R1C1 reference', () => {
    expect(sheetPrefix('A1')).toBe("'A1'!");
    expect(sheetPrefix('R2C3')).toBe("'R2C3'!");
    expect(sheetPrefix("项目'表")).toBe("'项目''表'!");
    expect(sheetPrefix('汇总表')).toBe('汇总表!');
  });
});
