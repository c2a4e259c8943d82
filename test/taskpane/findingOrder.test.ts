/** The pane's order of findings: errors first or by table, and the walk of 上一个 / 下一个问题 in sheet order. */
import { join } from 'path';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { checkGrids, type CheckResult } from '../../src/core/engine/check';
import { parseA1, splitCellRef } from '../../src/core/grid/address';
import { SEVERITY_RANK } from '../../src/core/rules/types';
import { findingKey, groupFindings, walkOrder } from '../../src/taskpane/findingOrder';

const ALL = { error: true, warning: true, info: true };
const NAMES = { unnamed: '（无项目名称）', acrossTables: '跨表核对', acrossSheets: '多张表' };
let unit: CheckResult;
let seed000: CheckResult;

beforeAll(async () => {
  unit = checkGrids(await readWorkbook(join(__dirname, '..', 'fixtures', 'seed-002-dachang-unit.xlsx')));
  seed000 = checkGrids(await readWorkbook(join(__dirname, '..', 'fixtures', 'seed-000-pingluo-zuzhibu.xlsx')));
});

describe('errors first', () => {
  it('puts the unit set’s errors at the top, not under its 30 notes', () => {
    const groups = groupFindings(unit, ALL, 'errorsFirst', NAMES);
    const flat = groups.flatMap((g) => g.findings);
    const errors = unit.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    // Every group with an error comes before every group without one; each group's errors lead it.
    const firstWithout = groups.findIndex((g) => g.worst !== 'error');
    expect(groups.slice(firstWithout).every((g) => g.worst !== 'error')).toBe(true);
    for (const g of groups) expect(g.findings.map((f) => SEVERITY_RANK[f.severity])).toEqual([...g.findings.map((f) => SEVERITY_RANK[f.severity])].sort((a, b) => b - a));
    expect(flat[0]!.severity).toBe('error');
    expect(flat).toHaveLength(unit.findings.length);
  });

  it('in table order, keeps the workbook’s order of tables and cells', () => {
    const groups = groupFindings(seed000, ALL, 'sheetOrder', NAMES);
    const tops = groups.filter((g) => g.range !== '').map((g) => parseA1(g.range.split(':')[0]!)!.row);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  it('leaves out what the filter hides', () => {
    const groups = groupFindings(seed000, { error: true, warning: false, info: false }, 'errorsFirst', NAMES);
    expect(groups.flatMap((g) => g.findings).every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('上一个问题 / 下一个问题', () => {
  it('walks the cells in sheet order: sheets as in the workbook, then rows, then columns', () => {
    const sheets = [...new Set(unit.tables.map((t) => t.sheet))];
    const walk = walkOrder(unit, ALL);
    expect(walk).toHaveLength(unit.findings.length);
    const pos = walk.map((f) => {
      const at = splitCellRef(f.cells[0]!, f.sheet);
      const cell = parseA1(at.cell)!;
      return [sheets.indexOf(at.sheet), cell.row, cell.col];
    });
    for (let i = 1; i < pos.length; i++) {
      const [a, b] = [pos[i - 1]!, pos[i]!];
      expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! <= b[2]!)))).toBe(true);
    }
  });

  it('tells every finding apart', () => {
    expect(new Set(seed000.findings.map(findingKey)).size).toBe(seed000.findings.length);
  });
});
