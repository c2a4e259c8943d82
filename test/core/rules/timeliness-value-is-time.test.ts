import { timelinessValueIsTime } from '../../../src/core/rules/timeliness-value-is-time';
import { run, runFull } from '../../support/rules';
import { ningxia } from '../../support/tables';

describe('timeliness-value-is-time', () => {
  it('accepts dates, deadlines, periods and rates named as rates', () => {
    const table = ningxia(`
产出指标	时效指标	完成时间	2024年12月底前
		资金拨付时间	≤6月
		工作时段	2024年1月-2024年12月
		完成时限	2024 年底
		各项工作开展时间	1-12 月份
		资金拨付及时率	100%
		按时完成率	≥95%
		完成年度	2024`);
    expect(run(timelinessValueIsTime, table)).toEqual([]);
  });

  it('reports a percentage under a name that is not a rate (seed 000 人才工作经费)', () => {
    const table = ningxia(`
产出指标	时效指标（必填）	保障人才工作有效开展	95%`);
    expect(run(timelinessValueIsTime, table)).toEqual([{ messageId: 'percentWithoutRate', cells: ['E11'], severity: 'error' }]);
  });

  it('reports a number without a time unit (seed 003 档案馆 ≥10) and money', () => {
    const table = ningxia(`
产出指标	时效指标	保障《平罗年鉴》	≥10
		完成时间	7万元`);
    expect(run(timelinessValueIsTime, table)).toEqual([
      { messageId: 'bareNumber', cells: ['E11'], severity: 'error' },
      { messageId: 'notTime', cells: ['E12'], severity: 'error' },
    ]);
  });

  it('recognises a date serial left without a date format', () => {
    const [f] = runFull(timelinessValueIsTime, ningxia(`
产出指标	时效指标	完成时间	45657`));
    expect(f).toMatchObject({ messageId: 'serial', fix: { cell: 'E11', text: '2024-12-31' }, suggestion: '把单元格设置为日期格式，或改为「2024-12-31」' });
    expect(f!.message).toContain('2024-12-31');
  });
});
