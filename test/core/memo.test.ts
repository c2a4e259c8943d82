import { remembered } from '../../src/core/memo';

describe('remembered', () => {
  it('reads each key once, a null answer included', () => {
    const map = new Map<string, string | null>();
    const asked: string[] = [];
    const read = (k: string) => {
      asked.push(k);
      return k.startsWith('指标') ? null : k.toUpperCase();
    };
    expect([remembered(map, 'abc', read), remembered(map, '指标1', read), remembered(map, 'abc', read), remembered(map, '指标1', read)]).toEqual(['ABC', null, 'ABC', null]);
    expect(asked).toEqual(['abc', '指标1']);
  });

  it('stays bounded on a workbook of endless distinct texts', () => {
    const map = new Map<number, number>();
    for (let i = 0; i < 50_000; i++) expect(remembered(map, i, (k) => k * 2)).toBe(i * 2);
    expect(map.size).toBeLessThanOrEqual(20_000);
  });
});
