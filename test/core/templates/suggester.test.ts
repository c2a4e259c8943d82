/**
 * The suggester over every project of the seeds and of the realworld tables: the type each should
 * get, pinned (a project whose money plainly serves two purposes accepts either, the first listed
 * being the reviewer's first choice); at least 90% right, and a table that matches nothing gets no
 * recommendation — the 通用 set, said as such — never another type's entries.
 */
import { join } from 'path';
import { readWorkbookFile } from '../../../src/cli/readWorkbook';
import { recognizeSheet } from '../../../src/core/engine/check';
import { isProjectTable, projectName, type ProjectTable } from '../../../src/core/model';
import { BUILTIN_PROFILES } from '../../../src/core/rules/profiles';
import { recognizeProjectTables } from '../../../src/core/layouts/project';
import { LIBRARY } from '../../../src/core/templates/library';
import { headOf, rankTypes, recommendedType, templatesForMissing } from '../../../src/core/templates/suggest';
import { ningxia } from '../../support/tables';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** [fixture, 项目名称, acceptable type ids, first the expected one]. */
const EXPECTED: Array<[string, string, string[]]> = [
  ["seed-000-pingluo-zuzhibu", "党群服务及村干部学历提升补助", ["subsidy", "construction"]],
  ["seed-000-pingluo-zuzhibu", "非公企业和社会组织党建项目补助", ["party-building"]],
  ["seed-000-pingluo-zuzhibu", "干部教育培训", ["training"]],
  ["seed-000-pingluo-zuzhibu", "庆祝七一建党经费、党史工作经费", ["activity"]],
  ["seed-000-pingluo-zuzhibu", "人才工作经费", ["talent"]],
  ["seed-000-pingluo-zuzhibu", "关工委、老年大学、离退休党工委工作经费", ["activity"]],
  ["seed-000-pingluo-zuzhibu", "基层党建工作及村书记、社区书记教育培训及公务员管理经费", ["party-building", "training"]],
  ["seed-000-pingluo-zuzhibu", "农村党员教育培训及农村基层党建专项经费", ["party-building", "training"]],
  ["seed-000-pingluo-zuzhibu", "社区党务工作者津贴", ["subsidy"]],
  ["seed-000-pingluo-zuzhibu", "全县机关事业单位网上名称管理费, 财政一体化工资审核网络维护费, 机构编制管理系统及编制库维护费", ["it"]],
  ["seed-000-pingluo-zuzhibu", "社区为民服务资金", ["village-org"]],
  ["seed-000-pingluo-zuzhibu", "乡村整治专项资金", ["village-org"]],
  ["seed-000-pingluo-zuzhibu", "村级活动场所建设资金", ["construction"]],
  ["seed-000-pingluo-zuzhibu", "政府长期聘用人员经费", ["operations"]],
  ["seed-000-pingluo-zuzhibu", "离休干部生活补贴", ["subsidy"]],
  ["seed-000-pingluo-zuzhibu", "人才工程建设资金", ["talent"]],
  ["seed-000-pingluo-zuzhibu", "四大人才工程优厚待遇保障金", ["talent"]],
  ["seed-000-pingluo-zuzhibu", "涉密信息系统建设资金", ["it-build"]],
  ["seed-001-tongfu", "村干部民族团结奖", ["award"]],
  ["seed-001-tongfu", "村级组织办公经费自治区补助资金", ["village-org"]],
  ["seed-001-tongfu", "村干部报酬自治区补助资金", ["subsidy"]],
  ["seed-001-tongfu", "乡镇“两个中心”运行费", ["operations"]],
  ["seed-001-tongfu", "村委会办公经费", ["village-org"]],
  ["seed-001-tongfu", "组干部任职补贴", ["subsidy"]],
  ["seed-001-tongfu", "村干部任职补贴", ["subsidy"]],
  ["seed-001-tongfu", "村级党务工作者津贴", ["subsidy"]],
  ["seed-001-tongfu", "村干部任职年限补贴", ["subsidy"]],
  ["seed-001-tongfu", "政府长聘人员经费", ["operations"]],
  ["seed-001-tongfu", "2024 年助力乡村振兴驻村工作队经费", ["village-team"]],
  ["seed-002-dachang-projects", "“政务”、“公益”中文域名续费专项经费", ["it"]],
  ["seed-002-dachang-projects", "大组工网运行维护费", ["it"]],
  ["seed-002-dachang-projects", "督考办工作经费", ["assessment"]],
  ["seed-002-dachang-projects", "干部档案数字化及党员档案集中管理运维费", ["archives"]],
  ["seed-002-dachang-projects", "河北省机关事业单位工资管理信息系统经费", ["it"]],
  ["seed-002-dachang-projects", "农村党员干部现代化远程教育建设及网络运行维护费", ["it", "training"]],
  ["seed-002-dachang-projects", "拍摄制作电教课件经费", ["publicity"]],
  ["seed-002-dachang-projects", "网宣专线运行维护费", ["it"]],
  ["seed-002-dachang-projects", "县镇党代表任期制工作经费", ["deputies"]],
  ["seed-002-dachang-projects", "2023年度县处级领导班子和市委管理干部考核工作经费", ["assessment"]],
  ["seed-002-dachang-projects", "2023年度县管领导班子和县委管理干部考核工作经费", ["assessment", "award"]],
  ["seed-002-dachang-projects", "城市基层党建工作专项经费", ["party-building"]],
  ["seed-002-dachang-projects", "党员教育工作经费", ["training", "party-building"]],
  ["seed-002-dachang-projects", "公务员信息采集统计上报一体化系统及公务员考核经费", ["it-build", "it", "assessment"]],
  ["seed-002-dachang-projects", "关于提前下达2023年度下派选调生到村工作中央财政补助资金的通知冀财行【2022】94号", ["subsidy"]],
  ["seed-002-dachang-projects", "关于提前下达2024年度下派选调生到村工作中央财政补助资金的通知冀财行【2023】88号", ["subsidy"]],
  ["seed-002-dachang-projects", "农村干部基础职务补贴", ["subsidy"]],
  ["seed-002-dachang-projects", "全县非公企业和社会组织党建工作专项经费", ["party-building"]],
  ["seed-002-dachang-projects", "全县干部培训经费", ["training"]],
  ["seed-002-dachang-projects", "人才工作经费", ["talent"]],
  ["seed-002-dachang-projects", "人才奖励支持资金", ["talent", "award"]],
  ["seed-002-dachang-projects", "驻村干部工作经费", ["village-team"]],
  ["seed-003-pingluo-xianweiban", "平罗县委宣传部宣传部公益性文化专项支出资金（创城经费）", ["publicity"]],
  ["seed-003-pingluo-xianweiban", "平罗县委宣传部宣传部公益性文化专项支出资金（新时代文明实践经费）", ["publicity"]],
  ["seed-003-pingluo-xianweiban", "平罗县委宣传部宣传学习教育工作专项资金", ["publicity"]],
  ["seed-003-pingluo-xianweiban", "县委办公室电子政务内网、机要密码通信、会议费及公务活动经费", ["operations", "meeting", "it"]],
  ["seed-003-pingluo-xianweiban", "县委办提前人员住房公积金（蒋志发）", ["operations"]],
  ["seed-003-pingluo-xianweiban", "平罗县档案馆工作经费", ["archives"]],
  ["seed-003-pingluo-xianweiban", "平罗县妇联工作保障经费", ["activity", "operations"]],
  ["seed-003-pingluo-xianweiban", "平罗县妇联购买婚姻家庭纠纷调解调适服务、婚姻家庭心理服务、家庭教育指导服务项目", ["purchased-service"]],
  ["realworld-projects", "再生资源回收市场管理经费", ["operations"]],
  ["realworld-projects", "镇际联网路升级改造工程一期", ["roads"]],
  ["realworld-projects", "农村义务教育薄弱学校改造补助资金", ["school"]],
  ["realworld-projects", "省级第七批水利专项资金", ["water"]],
  ["realworld-projects", "农村饮水安全巩固提升工程专项", ["water"]],
  ["realworld-projects", "原州区2022年南部水源涵养林建设项目", ["forestry"]],
  ["realworld-projects", "古昌镇大青冈村乡村振兴绿化美化项目", ["forestry"]],
  ["realworld-projects", "“四好农村路”、“三个一号旅游路”工作经费", ["roads"]],
  ["realworld-projects", "省级第七批水利专项资金", ["water"]],
];

async function projects(): Promise<Array<{ file: string; table: ProjectTable }>> {
  const out: Array<{ file: string; table: ProjectTable }> = [];
  for (const file of [...new Set(EXPECTED.map((e) => e[0]))]) {
    const { grids } = await readWorkbookFile(join(FIXTURES, `${file}.xlsx`));
    for (const g of grids) for (const t of recognizeSheet(g)) if (isProjectTable(t)) out.push({ file, table: t });
  }
  return out;
}

describe('the suggester on every seed and realworld project', () => {
  let found: Array<{ file: string; table: ProjectTable }>;
  beforeAll(async () => {
    found = await projects();
  });

  it('covers every project the fixtures hold', () => {
    expect(found.map(({ file, table }) => [file, projectName(table)])).toEqual(EXPECTED.map(([file, name]) => [file, name]));
  });

  it('picks the expected type for at least 90% of them, and recommends something for each', () => {
    const wrong: string[] = [];
    found.forEach(({ table }, i) => {
      const [, name, ids] = EXPECTED[i]!;
      const picked = recommendedType(table);
      expect([name, picked !== undefined]).toEqual([name, true]);
      if (!ids.includes(picked!.type.id)) wrong.push(`${name}: ${picked!.type.id}, expected ${ids.join(' / ')}`);
    });
    expect(wrong.length / found.length).toBeLessThanOrEqual(0.1);
    // Today every one is right; a change that makes one wrong shows it here.
    expect(wrong).toEqual([]);
  });
});

describe('what the suggester weighs', () => {
  const table = (name: string, goal = '保障工作开展', grid?: string) => recognizeProjectTables(ningxia(grid, {}, { name, goal }))[0]!;

  it('reads the head of a name past the words that say nothing', () => {
    expect(headOf('村干部报酬自治区补助资金')).toBe('村干部报酬自治区补助');
    expect(headOf('镇际联网路升级改造工程一期')).toBe('镇际联网路升级改造工程');
    expect(headOf('全县非公企业和社会组织党建工作专项经费')).toBe('全县非公企业和社会组织党建');
  });

  it('lets the head noun say what the money is, over the words around it', () => {
    // 党务 is a 党建 word, but the money is an allowance.
    expect(recommendedType(table('社区党务工作者津贴'))!.type.id).toBe('subsidy');
    expect(recommendedType(table('村干部民族团结奖'))!.type.id).toBe('award');
    expect(recommendedType(table('乡镇以奖代补'))!.type.id).toBe('transfer');
  });

  it('gives a catch-all word little weight: 建设 alone does not make a project 基建', () => {
    const ranked = rankTypes(table('涉密信息系统建设资金'));
    expect(ranked[0]!.type.id).toBe('it-build');
    const construction = ranked.find((r) => r.type.id === 'construction')!;
    expect(construction.score).toBe(0.5);
  });

  it('lets the table’s own 三级 rows vote when the name says little', () => {
    const rows = `
产出指标	数量指标	新建改造供水管网长度	12公里
	质量指标	供水水质达标率	100%
	时效指标	工程完工时间	2024年10月底前
	成本指标	工程建设成本	≤120万元
效益指标	社会效益指标	受益人口数量	3200人
满意度指标	服务对象满意度指标	受益群众满意度	≥90%`;
    expect(recommendedType(table('2024年第二批中央财政衔接资金', '完成年度任务', rows))!.type.id).toBe('water');
  });

  it('recommends nothing for a name and goal that match no type, and offers the 通用 set for what is missing, never 培训', () => {
    const t = table('其他支出', '按期完成', `
产出指标	数量指标	完成事项	3项`);
    expect(rankTypes(t)[0]!.score).toBe(0);
    expect(recommendedType(t)).toBeUndefined();
    const offered = templatesForMissing(t, BUILTIN_PROFILES.legacy!);
    expect(offered.length).toBeGreaterThan(0);
    for (const o of offered) expect([o.id, LIBRARY.general.indicators.includes(o.id)]).toEqual([o.id, true]);
    expect(offered.map((o) => o.name)).not.toContain('参训学员满意度');
  });
});
