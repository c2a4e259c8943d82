import { createGrid, createSparseGrid } from '../../../src/core/grid/grid';
import { SheetIndex } from '../../../src/core/grid/sheetIndex';

const rowText = (index: SheetIndex, row: number) => index.cells(row).map((c) => `${c.col}:${c.text}`);

describe('SheetIndex', () => {
  // A project table's header rows as a host hands them over: row by row, left to right.
  const grid = createGrid({
    sheet: '项目表',
    values: [
      ['项目支出绩效目标表', null, null],
      [null, null, null],
      ['项目名称', '农村饮水安全巩固提升工程', ''],
      ['主管部门', '  ', '县水利局'],
      [null, null, null],
      ['一级指标', '二级指标', '三级指标'],
    ],
  });

  it('keeps the filled rows in order and each row\'s visible cells left to right', () => {
    const index = new SheetIndex(grid);
    expect(index.rows).toEqual([0, 2, 3, 5]);
    expect(rowText(index, 2)).toEqual(['0:项目名称', '1:农村饮水安全巩固提升工程']);
    // A cell of spaces is not visible.
    expect(rowText(index, 3)).toEqual(['0:主管部门', '2:县水利局']);
    expect(index.cells(1)).toEqual([]);
    expect(index.cells(99)).toEqual([]);
  });

  it('answers look-ups in any order, not only the order the rows are walked', () => {
    const index = new SheetIndex(grid);
    const asked = [5, 0, 3, 3, 2, 4, 0, 5, 1, 2];
    expect(asked.map((r) => rowText(index, r).length)).toEqual([3, 1, 2, 2, 2, 0, 1, 3, 0, 2]);
    expect(index.rowsBetween(1, 4)).toEqual([2, 3]);
    expect(index.firstAtOrAfter(4)).toBe(3);
  });

  it('puts cells handed over out of order back in row and column order', () => {
    // A sparse grid hands its cells in the order they were set: rows and columns mixed, one row split.
    const sparse = createSparseGrid('稀疏', [
      { row: 7, col: 2, value: '≥95%' },
      { row: 1048575, col: 16383, value: '备注' },
      { row: 7, col: 0, value: '产出指标' },
      { row: 3, col: 1, value: '项目名称' },
      { row: 7, col: 1, value: '质量指标' },
    ]);
    const index = new SheetIndex(sparse);
    expect(index.rows).toEqual([3, 7, 1048575]);
    expect(rowText(index, 7)).toEqual(['0:产出指标', '1:质量指标', '2:≥95%']);
    expect(rowText(index, 1048575)).toEqual(['16383:备注']);
    expect(index.rowsBetween(0, 1048575)).toEqual([3, 7, 1048575]);
  });
});
