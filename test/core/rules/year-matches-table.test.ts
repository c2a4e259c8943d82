import { yearMatchesTable } from '../../../src/core/rules/year-matches-table';
import { run } from '../../support/rules';
import { hebei, ningxia } from '../../support/tables';

describe('year-matches-table', () => {
  it('warns on an earlier year copied from last year’s table', () => {
    const table = ningxia(`
产出指标	时效指标	完成时间	2023年12月底前
		工作时段	2023年1月-2023年12月`);
    expect(run(yearMatchesTable, table)).toEqual([
      { messageId: 'otherYear', cells: ['E11'], severity: 'warning' },
      { messageId: 'otherYear', cells: ['E12'], severity: 'warning' },
    ]);
  });

  it('accepts the table year, later years, and tables with no year line', () => {
    expect(run(yearMatchesTable, ningxia(`
产出指标	时效指标	完成时间	2024年12月底前
		项目期	2024年1月-2025年6月`))).toEqual([]);
    expect(run(yearMatchesTable, hebei(`
产出指标	时效指标	完成时间	完成时间	2023年12月底前`))).toEqual([]);
  });
});
