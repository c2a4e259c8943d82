import { unplacedCell } from '../../../src/core/rules/unplaced-cell';
import { run } from '../../support/rules';
import { gridFromTsv } from '../../support/tsv';
import { ningxia, ningxiaTsv } from '../../support/tables';

describe('unplaced-cell', () => {
  it('reports a second value pushed into the next column of an indicator row', () => {
    const lines = ningxiaTsv().split('\n');
    lines[12] = `${lines[12]}\t2024年12月底前`;
    expect(run(unplacedCell, gridFromTsv(lines.join('\n')))).toEqual([{ messageId: 'unplaced', cells: ['F13'], severity: 'warning' }]);
  });

  it('is silent on a well-formed table', () => {
    expect(run(unplacedCell, ningxia())).toEqual([]);
  });
});
