import { resolveProfile } from '../../../src/core/rules/userProfile';

describe('a user’s rule profile', () => {
  it('sets rules and options on top of a built-in profile', () => {
    const r = resolveProfile({ extends: 'legacy', rules: { 'satisfaction-floor': 'off', 'unknown-column': 'warning' }, options: { satisfactionFloor: 95 } });
    expect('profile' in r && [r.profile.rules, r.profile.options.satisfactionFloor, r.profile.options.framework]).toEqual([
      { 'satisfaction-floor': 'off', 'unknown-column': 'warning' },
      95,
      'legacy',
    ]);
  });

  it('names a rule id nobody knows as an error, as ESLint does, instead of ignoring it', () => {
    expect(resolveProfile({ rules: { 'satisfaction-flor': 'off', 'cost-value-is-money': 'warning', 'no-such-rule': 'error' } })).toEqual({
      error: '规则配置无效：没有名为「satisfaction-flor」、「no-such-rule」的规则（规则列表见 README 的“检查规则”）',
    });
  });

  it('knows the workbook rules too', () => {
    expect('profile' in resolveProfile({ rules: { 'unread-region': 'off', 'budget-list-projects': 'warning' } })).toBe(true);
  });

  it('says what is wrong with a base it does not know or a bad setting', () => {
    expect(resolveProfile({ extends: 'hubei' })).toEqual({ error: '未知的基础规则配置「hubei」，可选：auto、legacy、mof-2021' });
    expect(resolveProfile({ rules: { 'cost-value-is-money': 'loud' } })).toMatchObject({ error: expect.stringMatching(/^规则配置无效：rules\.cost-value-is-money/) });
  });
});
