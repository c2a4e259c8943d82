/** Marks as rectangles: one conditional format per rectangle of flagged cells of one severity. */
import { markAreas, planMarks } from '../../../src/core/engine/workbookState';
import type { Severity } from '../../../src/core/rules/types';

const cells = (list: Array<[string, Severity]>) => new Map(list);

describe('markAreas', () => {
  it('joins a column’s run of flagged cells, and side-by-side runs of the same rows', () => {
    expect(
      markAreas(
        cells([
          ['E102', 'error'],
          ['E103', 'error'],
          ['E104', 'error'],
          ['D102', 'error'],
          ['D103', 'error'],
          ['D104', 'error'],
          ['E106', 'error'],
          ['C50', 'warning'],
          ['C51', 'warning'],
        ]),
      ),
    ).toEqual(
      new Map([
        ['D102:E104', 'error'],
        ['E106', 'error'],
        ['C50:C51', 'warning'],
      ]),
    );
  });

  it('keeps severities apart and a gap apart', () => {
    expect(
      markAreas(
        cells([
          ['E5', 'error'],
          ['E6', 'warning'],
          ['E8', 'error'],
        ]),
      ),
    ).toEqual(
      new Map([
        ['E5', 'error'],
        ['E8', 'error'],
        ['E6', 'warning'],
      ]),
    );
  });

  it('stays bounded on a huge sheet: a column of 10,000 flagged cells is one mark', () => {
    const many = cells(Array.from({ length: 10000 }, (_, i) => [`E${i + 1}`, 'warning'] as [string, Severity]));
    expect([...markAreas(many)]).toEqual([['E1:E10000', 'warning']]);
  });

  it('the plan replaces a rectangle that changed and keeps those that did not', () => {
    const existing = new Map([
      ['E102:E104', { id: 'cf1', severity: 'error' as Severity }],
      ['E106', { id: 'cf2', severity: 'error' as Severity }],
    ]);
    // E103 was put right: the run splits in two.
    const plan = planMarks(existing, markAreas(cells([['E102', 'error'], ['E104', 'error'], ['E106', 'error']])));
    expect(plan).toEqual({ remove: ['cf1'], add: [{ cell: 'E102', severity: 'error' }, { cell: 'E104', severity: 'error' }] });
    // Nothing changed: nothing to write.
    expect(planMarks(existing, markAreas(cells([['E102', 'error'], ['E103', 'error'], ['E104', 'error'], ['E106', 'error']])))).toEqual({ remove: [], add: [] });
  });
});
