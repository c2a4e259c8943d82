import { spendingPlan } from '../../../src/core/rules/spending-plan';
import { run, runFull } from '../../support/rules';
import { hebei, VALID_HEBEI } from '../../support/tables';

describe('spending-plan', () => {
  it('accepts cumulative plans reaching 100% (seed 002 农村干部基础职务补贴: 25/50/75/100)', () => {
    expect(run(spendingPlan, hebei(VALID_HEBEI, { plan: ['25%', '50%', '75%', '100%'] }))).toEqual([]);
    expect(run(spendingPlan, hebei(VALID_HEBEI, { plan: ['', '', '100%', '100%'] }))).toEqual([]);
  });

  it('reports a plan that decreases', () => {
    expect(run(spendingPlan, hebei(VALID_HEBEI, { plan: ['30%', '60%', '50%', '100%'] }))).toEqual([
      { messageId: 'decreasing', cells: ['D7', 'E7'], severity: 'error' },
    ]);
  });

  it('reports a plan that does not reach 100% by 12月底, with a fix', () => {
    const [f] = runFull(spendingPlan, hebei(VALID_HEBEI, { plan: ['', '', '60%', '90%'] }));
    expect(f).toMatchObject({ messageId: 'notFull', cells: ['F7'], fix: { cell: 'F7', text: '100%' }, suggestion: '12月底填写「100%」' });
  });

  it('reports values that are not percentages or out of range', () => {
    expect(run(spendingPlan, hebei(VALID_HEBEI, { plan: ['一季度', '', '120%', '100%'] }))).toEqual([
      { messageId: 'invalid', cells: ['B7'], severity: 'error' },
      { messageId: 'outOfRange', cells: ['E7'], severity: 'error' },
    ]);
  });
});
