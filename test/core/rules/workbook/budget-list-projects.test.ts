/**
 * budget-list-projects: a 专项资金安排表 against the project tables of the same workbook, by name —
 * each row against the table of the project it names, or the list's 合计 against the table of the
 * fund its title names.
 */
import { checkGrids } from '../../../../src/core/engine/check';
import { ningxiaTsv } from '../../../support/tables';
import { gridFromTsv } from '../../../support/tsv';

const list = (title: string, rows: string[], total: string) =>
  gridFromTsv(
    [title, '单位:万元', '序号\t乡镇\t项目名称\t安排金额', ...rows.map((r, i) => `${i + 1}\t${r}`), `合计\t\t\t${total}`].join('\n'),
    { sheet: '安排表', rawStrings: true },
  );

const project = (name: string, total: string) => gridFromTsv(ningxiaTsv(undefined, { total, fiscal: total }, { name, year: '(2025 年度)' }), { sheet: name });

const found = (grids: Parameters<typeof checkGrids>[0]) =>
  checkGrids(grids).findings.filter((f) => f.rule === 'budget-list-projects').map((f) => [f.severity, f.cells, f.message]);

const villages = (a = '12.5') => list('2025年县级农村饮水安全维修养护资金安排表', [`石门镇\t石门镇供水管网维修\t${a}`, '青山乡\t青山乡水厂消毒设备更换\t20'], a === '12.5' ? '32.5' : String(Number(a) + 20));

describe('budget-list-projects', () => {
  it('accepts rows that match their project tables', () => {
    expect(found([villages(), project('石门镇供水管网维修', '12.5'), project('青山乡水厂消毒设备更换', '20')])).toEqual([]);
  });

  it('reports a row whose amount is not its project table’s 资金总额, naming both cells', () => {
    expect(found([villages(), project('石门镇供水管网维修', '15'), project('青山乡水厂消毒设备更换', '20')])).toEqual([
      ['error', ['D4', '石门镇供水管网维修!C6'], '清单中「石门镇供水管网维修」的金额 12.5 万元与其项目表的资金总额 15 万元不一致（相差 2.5 万元）'],
    ]);
  });

  it('calls a gap within the rounding tolerance a 尾差 warning', () => {
    expect(found([villages(), project('石门镇供水管网维修', '12.504')])).toEqual([
      ['warning', ['D4', '石门镇供水管网维修!C6'], '清单中「石门镇供水管网维修」的金额 12.5 万元与其项目表的资金总额 12.504 万元相差 0.004 万元（尾差）'],
    ]);
  });

  it('checks the 合计 of a fund’s list against the fund’s own project table', () => {
    const fund = list('2025年省级第二批水利专项资金安排表', ['石门镇\t石门镇供水管网维修\t60', '青山乡\t青山乡水厂改造\t40'], '100');
    expect(found([fund, project('省级第二批水利专项资金', '100')])).toEqual([]);
    expect(found([fund, project('省级第二批水利专项资金', '90')])).toEqual([
      ['error', ['D6', '省级第二批水利专项资金!C6'], '清单「省级第二批水利专项资金」的合计 100 万元与项目表的资金总额 90 万元不一致（相差 10 万元）'],
    ]);
  });

  it('leaves a name that matches two project tables of the list’s year alone rather than guess; another year’s table does not count', () => {
    const other = (year: string) => gridFromTsv(ningxiaTsv(undefined, { total: '99', fiscal: '99' }, { name: '石门镇供水管网维修', year }), { sheet: '另一张' });
    expect(found([villages(), project('石门镇供水管网维修', '15'), other('(2025 年度)')])).toEqual([]);
    expect(found([villages(), project('石门镇供水管网维修', '15'), other('(2024 年度)')]).map((f) => f[1])).toEqual([['D4', '石门镇供水管网维修!C6']]);
  });
});
