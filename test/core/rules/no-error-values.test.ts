import { createGrid } from '../../../src/core/grid/grid';
import { noErrorValues } from '../../../src/core/rules/no-error-values';
import { run, runFull } from '../../support/rules';
import { gridWithRawCells } from '../../support/tsv';
import { ningxia } from '../../support/tables';

describe('no-error-values', () => {
  it('reports error values in funds and indicators', () => {
    const grid = createGrid({
      sheet: 'S',
      values: [
        ['项目名称', '甲'],
        ['项目资金（万元）', '年度资金总额', { error: '#REF!' }],
        ['年度总体目标', '完成任务'],
        ['名称', '一级指标', '二级指标', '三级指标', '指标值'],
        ['绩效指标', '产出指标', '数量指标', '人数', { error: '#N/A' }],
      ],
    });
    expect(run(noErrorValues, grid)).toEqual([
      { messageId: 'errorValue', cells: ['C2'], severity: 'error' },
      { messageId: 'errorValue', cells: ['E5'], severity: 'error' },
    ]);
  });

  it('knows every error Excel shows, as a value or as the text a host hands over, in any case', () => {
    const grid = createGrid({
      sheet: 'S',
      values: [
        ['项目名称', '甲'],
        ['项目资金（万元）', '年度资金总额', '#GETTING_DATA'],
        ['年度总体目标', '完成任务'],
        ['名称', '一级指标', '二级指标', '三级指标', '指标值'],
        ['绩效指标', '产出指标', '数量指标', '人数', '#n/a'],
        ['', '', '', '覆盖率', { error: '#SPILL!' }],
        ['', '', '', '话题', '#话题讨论'],
      ],
    });
    expect(run(noErrorValues, grid)).toEqual([
      { messageId: 'errorValue', cells: ['C2'], severity: 'error' },
      { messageId: 'errorValue', cells: ['E5'], severity: 'error' },
      { messageId: 'errorValue', cells: ['E6'], severity: 'error' },
    ]);
  });

  it('accepts ordinary values', () => {
    expect(run(noErrorValues, ningxia())).toEqual([]);
  });

  it('says a formula the file holds no result for was never calculated, naming the formula', () => {
    const grid = gridWithRawCells(ningxia(), { C6: { value: { error: '#未计算', formula: 'C31+C32' }, text: '=C31+C32' } });
    expect(runFull(noErrorValues, grid).map((f) => [f.messageId, f.cells, f.message])).toEqual([
      ['uncalculated', ['C6'], '单元格是公式「=C31+C32」，文件中没有它的计算结果（Excel 尚未计算过），无法检查；请在 Excel 或 WPS 中打开、保存后再检查'],
    ]);
  });
});
