import { recognizeProjectTables } from '../../../src/core/layouts/project';
import { projectSpec } from '../../../src/core/layouts/specs';
import { BUILTIN_PROFILES } from '../../../src/core/rules/profiles';
import { LIBRARY, loadLibrary } from '../../../src/core/templates/library';
import { fillContextOf, fillValue, frameworkOf, labelsFor, missingLevel2, rankTypes, templatesForMissing, templatesToAdd, yearOfProjectCode } from '../../../src/core/templates/suggest';
import { hebei, ningxia } from '../../support/tables';
import Decimal from 'decimal.js';

describe('the indicator library', () => {
  it('has the county’s project types and the 通用 set, each covering every required 二级 of both layouts', () => {
    expect(LIBRARY.types.map((t) => t.name)).toEqual([
      ...['培训', '会议', '信息化运维', '信息化建设', '设备购置', '补助/补贴发放', '宣传', '维修改造/基建', '人才工作', '党建/组织工作', '日常运转'],
      ...['政府购买服务', '村级组织运转/补助', '专项转移支付/以奖代补', '水利工程', '农林生态/绿化', '道路交通', '教育/学校改造', '考核督查', '奖励表彰'],
      ...['档案整理/数字化', '驻村工作', '活动/纪念/群团', '代表履职', '课题调研'],
    ]);
    // The 宁夏 template's 必填 list, and the national minimum every untagged table is held to.
    const required = {
      'project/ningxia': projectSpec('project/ningxia')!.mandatory,
      national: ['quantity', 'quality', 'timeliness', 'cost', 'serviceSatisfaction'] as const,
    };
    for (const type of [...LIBRARY.types, LIBRARY.general]) {
      const level2s = new Set<string>(type.indicators.map((id) => LIBRARY.indicator(id)!.level2));
      for (const [layout, ids] of Object.entries(required)) {
        for (const id of ids) expect([type.name, layout, id, level2s.has(id)]).toEqual([type.name, layout, id, true]);
      }
      expect([type.name, ['socialBenefit', 'economicBenefit', 'ecologicalBenefit', 'sustainability'].some((id) => level2s.has(id))]).toEqual([type.name, true]);
    }
  });

  it('rejects malformed data and unknown references', () => {
    expect(() => loadLibrary([{ id: 'x', level1: 'output', level2: 'quantity', name: '', value: '1', description: '说明', basis: '计划标准' }], [])).toThrow();
    expect(() => loadLibrary([{ id: 'x', level1: 'output', level2: 'quantity', name: '数量', value: '1', description: '说明', basis: '拍脑袋' }], [])).toThrow();
    expect(() => loadLibrary(LIBRARY.indicators, [{ id: 'bad', name: '坏的', keywords: ['坏'], indicators: ['nope', 'a', 'b', 'c', 'd', 'e', 'f'] }])).toThrow(/unknown indicator nope/);
  });

  it('places 成本 templates under 成本指标/经济成本指标 in the 2021 framework', () => {
    expect(labelsFor(LIBRARY.indicator('total-cost')!, 'mof-2021')).toMatchObject({ level1: 'cost', level2: 'economicCost', level2Name: '经济成本指标' });
    expect(labelsFor(LIBRARY.indicator('total-cost')!, 'legacy')).toMatchObject({ level1: 'output', level2: 'cost' });
  });
});

describe('suggestions', () => {
  it.each([
    ['干部教育培训', '培训'],
    ['大组工网运行维护费', '信息化运维'],
    ['农村干部基础职务补贴', '补助/补贴发放'],
    ['村级活动场所建设资金', '维修改造/基建'],
    ['人才工作经费', '人才工作'],
    ['拍摄制作电教课件经费', '宣传'],
    ['全县非公企业和社会组织党建工作专项经费', '党建/组织工作'],
  ])('ranks %s as %s first', (name, type) => {
    const [table] = recognizeProjectTables(ningxia(undefined, {}, { name, goal: '保障工作开展' }));
    expect(rankTypes(table!)[0]!.type.name).toBe(type);
  });

  it('lists the required 二级 a table lacks, with templates to add them', () => {
    const [table] = recognizeProjectTables(ningxia(`
产出指标	数量指标	培训人次	≥800人次
	质量指标	培训合格率	≥95%
效益指标	社会效益指标	干部能力素质	有效提升`));
    const profile = BUILTIN_PROFILES.legacy!;
    // Untagged: the national minimum (a 效益 indicator is there, 可持续影响 is not required).
    expect(missingLevel2(table!, profile)).toEqual(['timeliness', 'cost', 'serviceSatisfaction']);
    expect(templatesForMissing(table!, profile).map((t) => t.id)).toEqual(['training-deadline', 'per-capita-training-cost', 'trainee-satisfaction']);
  });

  it('fills the placeholders it can', () => {
    const t = LIBRARY.indicator('total-cost')!;
    expect(fillValue(t, { total: new Decimal('12.4273') })).toEqual({ text: '≤12.4273万元', open: false });
    expect(fillValue(t, {})).toEqual({ text: '≤**万元', open: true });
    expect(fillValue(LIBRARY.indicator('completion-deadline')!, { year: 2025 })).toEqual({ text: '2025年12月底前', open: false });
  });
});

describe('inserted rows follow the table’s own framework, not the profile', () => {
  const legacyTable = recognizeProjectTables(ningxia(`
产出指标	数量指标	培训人次	≥800人次
	成本指标	人均培训成本	≤300元/人
满意度指标	服务对象满意度指标	参训学员满意度	≥95%`))[0]!;
  const table2021 = recognizeProjectTables(ningxia(`
产出指标	数量指标	培训人次	≥800人次
成本指标	经济成本指标	人均培训成本	≤300元/人
满意度指标	服务对象满意度指标	参训学员满意度	≥95%`))[0]!;
  const noCost = recognizeProjectTables(ningxia(`
产出指标	数量指标	培训人次	≥800人次`))[0]!;

  it('reads the framework from the labels whatever the profile says', () => {
    expect(frameworkOf(table2021, BUILTIN_PROFILES.legacy)).toBe('mof-2021');
    expect(frameworkOf(legacyTable, BUILTIN_PROFILES['mof-2021'])).toBe('legacy');
    // A table with no cost row yet follows the profile.
    expect(frameworkOf(noCost, BUILTIN_PROFILES['mof-2021'])).toBe('mof-2021');
    expect(frameworkOf(noCost, BUILTIN_PROFILES.legacy)).toBe('legacy');
  });

  it('puts a cost template under the table’s own cost block: no second 成本 block either way', () => {
    const costUnder = (t: typeof legacyTable, profile: keyof typeof BUILTIN_PROFILES) => labelsFor(LIBRARY.indicator('total-cost')!, frameworkOf(t, BUILTIN_PROFILES[profile]));
    expect(costUnder(table2021, 'legacy')).toMatchObject({ level1Name: '成本指标', level2Name: '经济成本指标' });
    expect(costUnder(legacyTable, 'mof-2021')).toMatchObject({ level1Name: '产出指标', level2Name: '成本指标' });
  });

  it('offers 社会成本 and 生态环境成本 entries to a 2021 table only', () => {
    const water = LIBRARY.type('water')!;
    expect(templatesToAdd(table2021, water).some((t) => t.level2 === 'socialCost')).toBe(true);
    expect(templatesToAdd(legacyTable, water).some((t) => t.level2 === 'socialCost' || t.level2 === 'ecologicalCost')).toBe(false);
  });
});

describe('{year} for a hebei table without a year line', () => {
  it('comes from the 项目编码 (county code, two digits of the year, the kind)', () => {
    expect(yearOfProjectCode('13102824P00262910214E')).toBe(2024);
    expect(yearOfProjectCode('13102823P00262910214E')).toBe(2023);
    expect(yearOfProjectCode('XM-001')).toBeUndefined();
    expect(yearOfProjectCode(undefined)).toBeUndefined();
    // The hebei fixture has no year line: its deadline template gets the code's year.
    const [table] = recognizeProjectTables(hebei(`
产出指标	数量指标	单位个数	全县单位	120个`));
    expect(table!.year).toBeUndefined();
    expect(fillValue(LIBRARY.indicator('completion-deadline')!, fillContextOf(table!)).text).toBe('2024年12月底前');
  });
});
