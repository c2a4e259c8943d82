/**
 * unread-region: beside the tables that were read, a place that looks like a table but was not read
 * is a warning at its cell naming what was not understood, in the CLI and the pane alike.
 */
import { checkGrids } from '../../../../src/core/engine/check';
import { WorkbookState } from '../../../../src/core/engine/workbookState';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from '../../../../src/core/rules/profiles';
import { gridFromTsv } from '../../../support/tsv';

describe('unread-region', () => {
  const good = '项目名称\t培训\n年度资金总额\t10\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥100人';
  const half = ['项目名称\t乡村道路维护', '年度资金总额\t20', '', '一级指标\t二级指标\t考核内容\t目标', '产出指标\t数量指标\t维护里程\t≥12公里'].join('\n');

  it('is a warning at its cell naming what was not understood, in the CLI and the pane alike', () => {
    const grids = [gridFromTsv(good, { sheet: '培训' }), gridFromTsv(half, { sheet: '道路' })];
    const result = checkGrids(grids);
    expect(result.tables.map((t) => t.sheet)).toEqual(['培训']);
    expect(result.unrecognized).toBeUndefined();
    const unread = result.findings.filter((f) => f.rule === 'unread-region');
    expect(unread.map((f) => [f.sheet, f.cells, f.severity, f.message])).toEqual([
      ['道路', ['A4'], 'warning', '这里像项目绩效目标表，但没有读成表格，未作检查：有表头「一级指标」「二级指标」，但没有「三级指标」或「指标值」列（也可写作“指标内容”“指标名称”/“目标值”“绩效值”等）'],
    ]);
    const state = new WorkbookState(BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
    for (const g of grids) state.setSheet(g);
    expect(state.result().findings.filter((f) => f.rule === 'unread-region')).toEqual(unread);
    // The cell is marked in its sheet like any warning.
    expect([...state.marksFor('道路')]).toEqual([['A4', 'warning']]);
  });

  it('a correct table alone draws no such warning', () => {
    const result = checkGrids([gridFromTsv(good, { sheet: '培训' })]);
    expect(result.findings.filter((f) => f.rule === 'unread-region')).toEqual([]);
  });

  it('once the heading is fixed the warning goes and the table is read', () => {
    const fixed = half.replace('考核内容\t目标', '三级指标\t指标值');
    const result = checkGrids([gridFromTsv(good, { sheet: '培训' }), gridFromTsv(fixed, { sheet: '道路' })]);
    expect(result.tables.map((t) => t.sheet)).toEqual(['培训', '道路']);
    expect(result.findings.filter((f) => f.rule === 'unread-region')).toEqual([]);
  });
});
