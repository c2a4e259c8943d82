import { optionalRowUnfilled } from '../../../src/core/rules/optional-row-unfilled';
import { run } from '../../support/rules';
import { ningxia, VALID_INDICATORS } from '../../support/tables';

describe('optional-row-unfilled', () => {
  it('notes an optional 二级 row left empty (seed 003: 21-经济效益, 23-生态效益)', () => {
    const table = ningxia(`
效益指标	21-经济效益
	22-社会效益（必填）	扩大宣传覆盖面	显著改变
	23-生态效益`);
    expect(run(optionalRowUnfilled, table)).toEqual([
      { messageId: 'unfilled', cells: ['D11', 'E11'], severity: 'info' },
      { messageId: 'unfilled', cells: ['D13', 'E13'], severity: 'info' },
    ]);
  });

  it('is silent on filled rows and on required ones', () => {
    expect(run(optionalRowUnfilled, ningxia(VALID_INDICATORS))).toEqual([]);
    expect(run(optionalRowUnfilled, ningxia(`
效益指标	可持续影响指标（必填）`))).toEqual([]);
  });
});
