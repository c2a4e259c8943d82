import { valueFormat } from '../../../src/core/rules/value-format';
import { run, runFull } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('value-format', () => {
  it('offers the standard spelling of odd but valid values', () => {
    const table = ningxia(`
产出指标	质量指标	续费率	100百分比
	成本指标	长聘人员经费标准	2. 9657 万元/人/年
满意度指标	服务对象满意度指标	满意度提升	$\\geq 95\\%$
		群众满意度	>=90%`);
    const findings = runFull(valueFormat, table);
    expect(findings.map((f) => [f.cells[0], f.fix?.text])).toEqual([
      ['E11', '100%'],
      ['E12', '2.9657 万元/人/年'],
      ['E13', '≥95%'],
      ['E14', '≥90%'],
    ]);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    expect(findings[0]!.suggestion).toBe('改为「100%」');
  });

  it('respells fund amounts with extraction spaces', () => {
    const table = ningxia(VALID_INDICATORS, { total: '2. 9567', fiscal: '2. 9567' });
    expect(run(valueFormat, table)).toEqual([
      { messageId: 'respellAmount', cells: ['C6'], severity: 'info' },
      { messageId: 'respellAmount', cells: ['C7'], severity: 'info' },
    ]);
  });

  it('leaves standard spellings alone', () => {
    expect(run(valueFormat, ningxia(VALID_INDICATORS))).toEqual([]);
  });

  it('files an odd spelling of a value under respell', () => {
    expect(run(valueFormat, ningxia(`
产出指标	质量指标	续费率	100百分比`))).toEqual([{ messageId: 'respell', cells: ['E11'], severity: 'info' }]);
  });
});
