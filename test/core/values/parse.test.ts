import Decimal from 'decimal.js';
import { formatWan, parseAmount, parseIndicatorValue, unitInName, withNameUnit } from '../../../src/core/values/parse';

const p = (s: string) => parseIndicatorValue(s);

describe('parseIndicatorValue', () => {
  it.each([
    ['≥95%', 'percent', '≥', '95'],
    ['100百分比', 'percent', undefined, '100'],
    ['$\\geq 95\\%$', 'percent', '≥', '95'],
    ['＞＝95％', 'percent', '≥', '95'],
    ['不低于90%', 'percent', '≥', '90'],
    ['>12 个', 'count', '>', '12'],
    ['5个单位', 'count', undefined, '5'],
    ['≥32课时', 'count', '≥', '32'],
    ['10-20', 'number', undefined, '10'],
    ['≥10', 'number', '≥', '10'],
    ['24,268.22', 'number', undefined, '24268.22'],
    ['≤6月', 'duration', '≤', '6'],
    ['≤60天', 'duration', '≤', '60'],
    ['1年', 'duration', undefined, '1'],
    ['2024年度', 'date', undefined, '2024'],
    ['1-12 月份', 'date', undefined, '1'],
  ])('%s is %s', (text, kind, op, low) => {
    const v = p(text);
    expect(v.kind).toBe(kind);
    expect(v.op).toBe(op);
    expect(v.low?.toString()).toBe(low);
  });

  it.each(['2024 年底', '2024年1月-2024年12月', '12月31日前', '2024年12月底前', '持续至 2024 年底', '全年', '第二季度完成', '2024 年 1 月-12 月', '2024-12-31'])(
    '%s is a date or period',
    (text) => expect(p(text).kind).toBe('date'),
  );

  it.each(['显著提升', '有效提高', '明显改变', '持续发展', '有效 提高', '畅通', '设备正常运行'])('%s is a qualitative grade', (text) =>
    expect(p(text).kind).toBe('qualitative'),
  );

  it('normalises money to 万元 exactly', () => {
    expect(p('6420 元').wan?.low.toString()).toBe('0.642');
    expect(p('≤0.24万元').wan?.low.toString()).toBe('0.24');
    expect(p('4.2 万').wan?.low.toString()).toBe('4.2');
    expect(p('1.5亿元').wan?.low.toString()).toBe('15000');
    expect(p('500千元').wan?.low.toString()).toBe('50');
    expect(p('0.1万元').wan!.low.plus(p('0.2万元').wan!.low).toString()).toBe('0.3');
  });

  it('reads unit costs with what they are per', () => {
    expect(p('3 万元/个')).toMatchObject({ kind: 'money', per: ['个'] });
    expect(p('400 元/月')).toMatchObject({ kind: 'money', per: ['月'] });
    const v = p('2. 9657 万元/人/年');
    expect(v.kind).toBe('money');
    expect(v.per).toEqual(['人', '年']);
    expect(v.wan?.low.toString()).toBe('2.9657');
    expect(v.fix).toBe('2.9657 万元/人/年');
  });

  it('reads money ranges in both spellings', () => {
    const a = p('2000 元-5000 元/人');
    expect([a.wan?.low.toString(), a.wan?.high?.toString(), a.per]).toEqual(['0.2', '0.5', ['人']]);
    const b = p('2 万元/个-5 万元/个');
    expect([b.wan?.low.toString(), b.wan?.high?.toString(), b.per]).toEqual(['2', '5', ['个']]);
    const c = p('1-2万元/个');
    expect([c.wan?.low.toString(), c.wan?.high?.toString()]).toEqual(['1', '2']);
  });

  it('flags a value with several figures', () => {
    expect(p('395694件 700064卷')).toMatchObject({ kind: 'count', multiple: true });
  });

  it('reads a stated change', () => {
    expect(p('下降 0.5%')).toMatchObject({ kind: 'percent', change: 'down' });
  });

  it('finds the years a value names', () => {
    expect(p('2023年12月底前').years).toEqual([2023]);
    expect(p('2024年1月-2024年12月').years).toEqual([2024, 2024]);
    expect(p('≥95%').years).toEqual([]);
  });

  it('recognises placeholders, errors and blanks', () => {
    expect(p('≥**人').kind).toBe('placeholder');
    expect(p('XX万元').kind).toBe('placeholder');
    expect(p('待填写').kind).toBe('placeholder');
    expect(p('#REF!').kind).toBe('error');
    expect(parseIndicatorValue('', { error: '#N/A' }).kind).toBe('error');
    expect(p('   ').kind).toBe('empty');
  });

  it('offers the standard spelling only when the source is odd', () => {
    expect(p('100百分比').fix).toBe('100%');
    expect(p('$\\geq 95\\%$').fix).toBe('≥95%');
    expect(p('>=90%').fix).toBe('≥90%');
    expect(p('≥95%').fix).toBeUndefined();
    expect(p('显著提升').fix).toBeUndefined();
  });

  it('never throws on odd input', () => {
    for (const s of ['%', '-', '—', '百分比', '万元', '/', '1/0', '≥', '1e309', '9'.repeat(400), '\u0000', '(', '年']) {
      expect(() => parseIndicatorValue(s)).not.toThrow();
    }
  });
});

describe('units in the 三级 name', () => {
  it('reads 万元 in the name and applies it to a bare number', () => {
    expect(unitInName('新闻出版、行政审批及扫黄打非工作经费（万元）')).toBe('万元');
    expect(unitInName('培训人次')).toBeUndefined();
    const v = withNameUnit(p('95'), '万元');
    expect(v.kind).toBe('money');
    expect(v.wan?.low.toString()).toBe('95');
  });
});

describe('parseAmount', () => {
  it('reads fund cells exactly', () => {
    expect(parseAmount('2. 9567', '2. 9567')?.toString()).toBe('2.9567');
    expect(parseAmount('24,268.22', '24,268.22')?.toString()).toBe('24268.22');
    expect(parseAmount('12.4273', 12.4273)?.toString()).toBe('12.4273');
    expect(parseAmount('6420元', '6420元')?.toString()).toBe('0.642');
    expect(parseAmount('', null)).toBeNull();
    expect(parseAmount('—', '—')?.toString()).toBe('0');
    expect(parseAmount('六十', '六十')).toBe('invalid');
    expect(parseAmount('#REF!', { error: '#REF!' })).toBe('invalid');
  });

  it('gives the same answers for a figure met again, under whatever unit its table states', () => {
    // A 元 table and a 万元 table holding the same cells: the unit of the table applies each time.
    const yuan = new Decimal('0.0001');
    for (let round = 0; round < 2; round++) {
      expect(parseAmount('6420', 6420)?.toString()).toBe('6420');
      expect(parseAmount('6420', 6420, yuan)?.toString()).toBe('0.642');
      expect(parseAmount('6420', '6420', yuan)?.toString()).toBe('0.642');
      // A text that names its own unit is not scaled again.
      expect(parseAmount('6420元', '6420元', yuan)?.toString()).toBe('0.642');
      expect(parseAmount('—', '—', yuan)?.toString()).toBe('0');
      // The same number shown as a date is not an amount, even after it was read as one.
      expect(parseAmount('1900-03-01', 61)).toBe('invalid');
      expect(parseAmount('61', 61)?.toString()).toBe('61');
    }
  });

  it('formats 万元 without float noise or trailing zeros', () => {
    expect(formatWan(new Decimal('0.1').plus('0.2'))).toBe('0.3');
    expect(formatWan(new Decimal('60.000'))).toBe('60');
    expect(formatWan(new Decimal('2.9657').mul(60))).toBe('177.942');
  });
});
