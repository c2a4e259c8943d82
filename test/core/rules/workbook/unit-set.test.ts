/** unit-set: tables as they are published, correct and with a planted error. */
import { unitSet, setCell, crossTable } from '../../../support/budgetTables';
import { type SheetModel } from '../../../fixtures/layout';

describe('the seed 002 unit set across its tables', () => {
  it('find nothing to report on the published set', () => {
    expect(crossTable(unitSet())).toEqual([]);
  });

  it('takes an untitled 基本支出 + 项目支出 table for the 支出总表', () => {
    const untitled = (edit?: (s: SheetModel[]) => void) =>
      unitSet((s) => {
        setCell(s, '支出总表', 0, 0, '');
        edit?.(s);
      });
    expect(crossTable(untitled())).toEqual([]);
    const f = crossTable(untitled((s) => setCell(s, '驻村干部工作经费', 3, 2, 14)));
    expect(f.map((x) => [x.rule, x.sheet, x.cells[0]])).toEqual([['budget-projects-sum', '支出总表', 'F6']]);
  });
});
