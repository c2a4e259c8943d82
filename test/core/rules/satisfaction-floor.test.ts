import { resolveProfile } from '../../../src/core/rules/userProfile';
import { satisfactionFloor } from '../../../src/core/rules/satisfaction-floor';
import { run } from '../../support/rules';
import { ningxia } from '../../support/tables';

const table = ningxia(`
满意度指标	服务对象满意度指标	群众满意度	≥85%
		学员满意度	≥90%
		居民满意度	≥95%`);

describe('satisfaction-floor', () => {
  it('warns below the default floor of 90%', () => {
    expect(run(satisfactionFloor, table)).toEqual([{ messageId: 'below', cells: ['E11'], severity: 'warning' }]);
  });

  it('follows the floor set in the profile', () => {
    const r = resolveProfile({ extends: 'legacy', options: { satisfactionFloor: 95 } });
    if ('error' in r) throw new Error(r.error);
    expect(run(satisfactionFloor, table, r.profile).map((f) => f.cells[0])).toEqual(['E11', 'E12']);
  });
});
