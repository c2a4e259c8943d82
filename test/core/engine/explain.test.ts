/**
 * Nothing silent: a workbook in which no table is recognised is told what looked like one and why
 * it was not taken, for every family; a workbook with nothing of the kind is told so.
 */
import { checkGrids } from '../../../src/core/engine/check';
import { nothingRecognised } from '../../../src/core/engine/explain';
import { WorkbookState } from '../../../src/core/engine/workbookState';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from '../../../src/core/rules/profiles';
import { gridFromTsv } from '../../support/tsv';

describe('when no table is recognised', () => {
  it('a sheet with nothing like a table gets the plain message', () => {
    const grid = gridFromTsv('人员名单\n张三\t办公室\n李四\t财务科', { sheet: '名单' });
    const result = checkGrids([grid]);
    expect(result.tables).toEqual([]);
    expect(result.unrecognized).toEqual([]);
    expect(nothingRecognised(result.unrecognized!)).toBe(
      '未识别到绩效目标表、部门整体表或单位预算表：工作簿中没有“三级指标”“指标值”表头、“栏次”行、项目名称/资金总额或三公经费等内容。',
    );
  });

  it('a half-readable workbook is told the nearest candidates of each family and why each was not taken', () => {
    const grid = gridFromTsv(
      [
        '项目绩效目标表',
        '一级指标\t二级指标\t考核内容\t目标',
        '产出指标\t数量指标\t培训人数\t≥100人',
        '',
        '公务接待费\t3.5',
        '',
        '栏次\t1\t3',
      ].join('\n'),
      { sheet: '草稿' },
    );
    const result = checkGrids([grid]);
    expect(result.tables).toEqual([]);
    expect(result.unrecognized?.map((m) => [m.cell, m.family])).toEqual([
      ['A2', '项目绩效目标表'],
      ['A5', '“三公”经费表'],
      ['A7', '单位预算表'],
    ]);
    expect(nothingRecognised(result.unrecognized!).split('\n')).toEqual([
      '未识别到绩效目标表、部门整体表或单位预算表。最接近的是：',
      '工作表「草稿」A2（项目绩效目标表）：有表头「一级指标」「二级指标」，但没有「三级指标」或「指标值」列（也可写作“指标内容”“指标名称”/“目标值”“绩效值”等）',
      '工作表「草稿」A5（“三公”经费表）：有「公务接待费」，但找不到预算数、上年/本年或增减等列标题',
      '工作表「草稿」A7（单位预算表）：有「栏次」行，但其后不是连续的列序号 1、2、3…',
    ]);
  });

  it('the pane’s workbook state gives the same explanation', () => {
    const state = new WorkbookState(BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
    state.setSheet(gridFromTsv('一级指标\t二级指标\t考核内容\t目标\n产出指标\t数量指标\t培训人数\t≥100人', { sheet: '草稿' }));
    expect(state.result().unrecognized?.map((m) => m.cell)).toEqual(['A1']);
  });

  it('a workbook with a table says nothing of the kind', () => {
    const grid = gridFromTsv('项目名称\t培训\n年度资金总额\t10\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥100人');
    expect(checkGrids([grid]).unrecognized).toBeUndefined();
  });
});

describe('the pane’s workbook state and the store', () => {
  const rows = '项目名称\t文化活动\n年度资金总额\t8\n一级指标\t二级指标\t三级指标\t指标值\t计算单位\n产出指标\t数量指标\t活动场次\t12\t场';

  it('reads a taught column with its role, like the CLI', () => {
    const state = new WorkbookState(BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
    const before = state.setSheet(gridFromTsv(rows, { sheet: '文化' })).findings.map((f) => f.rule);
    state.setStore({ version: 1, columns: [{ sheet: '文化', heading: '计算单位', role: 'unit' }], dismissed: [] });
    const after = state.setSheet(gridFromTsv(rows, { sheet: '文化' })).findings.map((f) => f.rule);
    expect(before).toContain('quantity-value-is-count');
    expect(after).not.toContain('quantity-value-is-count');
  });

  it('never reads the store’s sheet as a table or explains it', () => {
    const state = new WorkbookState(BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
    const r = state.setSheet(gridFromTsv('{"version":1,"columns":[],"dismissed":[]}', { sheet: '__绩效目标表助手' }));
    expect([r.tables, r.unread]).toEqual([[], []]);
  });
});
