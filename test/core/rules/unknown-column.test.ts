import { checkGrids } from '../../../src/core/engine/check';
import { unknownColumn } from '../../../src/core/rules/unknown-column';
import { run, runFull } from '../../support/rules';
import { TAUGHT_ROWS } from '../../support/storeWorkbook';
import { ningxia } from '../../support/tables';
import { gridFromTsv } from '../../support/tsv';

const taughtGrid = () => gridFromTsv(TAUGHT_ROWS.map((r) => r.join('\t')).join('\n'), { sheet: '文化活动' });

describe('unknown-column', () => {
  it('tells once, at its heading, of a column beside 指标值 that the vocabulary does not know', () => {
    expect(run(unknownColumn, taughtGrid())).toEqual([{ messageId: 'unknown', cells: ['E4'], severity: 'info' }]);
    expect(runFull(unknownColumn, taughtGrid())[0]!.message).toBe(
      '不认识栏目「计算单位」，已当作说明栏，其中内容不作检查；如果它是计量单位、指标性质、分值等，可在任务窗格中指定',
    );
  });

  it('is silent on a table whose columns are all known', () => {
    expect(run(unknownColumn, ningxia())).toEqual([]);
  });

  it('is silent once the user has taught the column a role, or to be ignored', () => {
    for (const role of ['unit', 'ignore'] as const) {
      const store = { version: 1 as const, columns: [{ sheet: '文化活动', heading: '计算单位', role }], dismissed: [] };
      expect(checkGrids([taughtGrid()], undefined, store).findings.filter((f) => f.rule === 'unknown-column')).toEqual([]);
    }
  });
});
