import { satisfactionIsPercent } from '../../../src/core/rules/satisfaction-is-percent';
import { run, runFull } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('satisfaction-is-percent', () => {
  it('accepts percentages in every spelling', () => {
    const table = ningxia(`
满意度指标	服务对象满意度指标	群众满意度	≥95%
		学员满意度	≥90百分比
		满意度提升	$\\geq 95\\%$
		居民满意度	98%`);
    expect(run(satisfactionIsPercent, table)).toEqual([]);
  });

  it('reports grades and prose (seed 000 乡村整治, seed 001 两个中心)', () => {
    const table = ningxia(`
满意度指标	服务对象满意度指标（必填）	村级组织为民服务能力	明显提高
			群众对“两个中心”工作的满意度`);
    expect(run(satisfactionIsPercent, table)).toEqual([
      { messageId: 'notPercent', cells: ['E11'], severity: 'error' },
      { messageId: 'notPercent', cells: ['E12'], severity: 'error' },
    ]);
  });

  it('offers a percent sign for a bare number', () => {
    const [f] = runFull(satisfactionIsPercent, ningxia(`
满意度指标	服务对象满意度指标	群众满意度	≥95`));
    expect(f).toMatchObject({ messageId: 'bareNumber', fix: { cell: 'E11', text: '≥95%' }, suggestion: '改为「≥95%」' });
  });
});
