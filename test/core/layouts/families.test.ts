/**
 * Tables of each new family, written for these tests from the families' descriptions (not from the
 * real tables the recogniser was tuned on): each checks clean when correct, and a planted defect
 * is reported at its cell.
 */
import { checkGrids } from '../../../src/core/engine/check';
import type { Grid } from '../../../src/core/grid/grid';
import { gridWithEdits } from '../../support/tsv';

function problems(grid: Grid): string[] {
  const r = checkGrids([grid]);
  return r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity[0]} ${f.rule}/${f.messageId} ${f.cells.join(',')}`);
}

function kinds(grid: Grid): string[] {
  return checkGrids([grid]).tables.map((t) => `${t.kind} ${t.range} ${t.name}`);
}

// A 2023 Gansu-style table: 成本指标 as a 一级 with 经济/社会/生态环境成本, listed after 产出.
const MOF_2021 = [
  '项目支出绩效目标表',
  '（2024年度）',
  '项目名称\t乡村道路养护\t主管部门\t某县交通运输局',
  '资金情况（万元）\t年度资金总额\t80\t其中：财政拨款\t80\t其他资金\t0',
  '年度目标\t完成全县乡村道路日常养护120公里，路面完好率达到90%以上。',
  '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
  '\t产出指标\t数量指标\t日常养护里程\t≥120公里',
  '\t\t质量指标\t路面完好率\t≥90%',
  '\t\t时效指标\t养护完成时间\t2024年12月底前',
  '\t成本指标\t经济成本指标\t每公里养护成本\t≤0.65万元/公里',
  '\t\t社会成本指标\t施工对群众出行的影响\t影响较小',
  '\t\t生态环境成本指标\t养护施工对环境的影响\t无明显影响',
  '\t效益指标\t社会效益指标\t群众出行条件\t明显改善',
  '\t满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%',
];

// A flat scored table: every row repeats 一级/二级, operator and unit columns, scores.
const FLAT = [
  '档案数字化项目绩效目标表',
  '(2024年)',
  '项目名称\t档案数字化',
  '项目类别\t部门预算项目',
  '投入目标(万元)\t资金来源\t年初安排金额(万元)',
  '\t资金总额\t12',
  '\t其中: 财政拨款\t12',
  '\t其他资金\t0',
  '年度目标\t完成馆藏档案数字化扫描20万页。',
  '绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)',
  '一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t目标值\t计量单位\t分值\t备注',
  '产出指标\t数量指标\t数字化扫描页数\t正向\t≥\t20\t万页\t20\t',
  '产出指标\t质量指标\t扫描合格率\t正向\t≥\t98\t%\t10\t',
  '产出指标\t时效指标\t完成时间\t正向\t=\t2024年11月底\t\t10\t',
  '产出指标\t成本指标\t每页扫描成本\t反向\t≤\t0.5\t元/页\t10\t',
  '效益指标\t社会效益指标\t档案查阅效率\t正向\t=\t明显提高\t\t30\t',
  '满意度指标\t服务对象满意度指标\t查档群众满意度\t正向\t≥\t95\t%\t10\t',
];

// 中期 and 年度 blocks side by side, with the 中期 budget beside the year's.
const TERMS = [
  '某市财政项目支出绩效目标批复表',
  '( 2024 年度)',
  '项目名称\t智慧停车建设\t中期市财政预算(万元)\t900\t本年度申请市财政预算资金(万元)\t300',
  '总体目标\t中期滚动目标(2024年--2026年)\t\t\t年度目标',
  '\t建成智慧停车泊位3000个。\t\t\t建成智慧停车泊位1000个。',
  '绩效指标\t一级指标\t二级指标\t三级指标\t指标值(或计划水平)\t二级指标\t三级指标\t计划指标值(或计划水平)',
  '\t产出指标\t数量指标\t建成智慧泊位\t3000个\t数量指标\t建成智慧泊位\t1000个',
  '\t\t质量指标\t系统验收合格率\t100%\t质量指标\t系统验收合格率\t100%',
  '\t\t时效指标\t完成时间\t2026年12月底前\t时效指标\t完成时间\t2024年12月底前',
  '\t\t成本指标\t泊位建设成本\t≤0.3万元/个\t成本指标\t泊位建设成本\t≤0.3万元/个',
  '\t效益指标\t社会效益指标\t停车难问题\t有效缓解\t社会效益指标\t停车难问题\t有所缓解',
  '\t满意度指标\t服务对象满意度指标\t市民满意度\t≥90%\t服务对象满意度指标\t市民满意度\t≥90%',
];

// One value column per village under a transfer-fund heading block.
const VILLAGES = [
  '2024年以奖代补资金绩效目标表',
  '项目名称\t以奖代补资金\t主管部门(单位)名称\t某县农业农村局',
  '资金情况(万元)\t资金总额\t30\t其中:财政拨款\t30\t其他资金\t0',
  '总体目标\t奖补3个村开展人居环境整治。',
  '绩效指标\t一级指标\t二级指标\t三级指标\t指标解释\t东村\t西村\t南村',
  '\t产出指标\t数量指标\t整治村庄(个)\t反映整治村数\t1\t1\t1',
  '\t\t质量指标\t验收合格率\t反映验收情况\t100%\t100%\t100%',
  '\t\t时效指标\t完成时间\t反映完成进度\t2024年10月\t2024年11月\t2024年12月',
  '\t\t成本指标\t奖补资金\t反映每村奖补额\t≤10万元\t≤10万元\t≤10万元',
  '\t效益指标\t生态效益指标\t村庄环境\t反映环境变化\t明显改善\t明显改善\t明显改善',
  '\t满意度指标\t服务对象满意度指标\t村民满意度\t反映村民评价\t≥90%\t≥90%\t≥90%',
];

describe('a correct table of each family checks clean', () => {
  it.each([
    ['2021 framework', MOF_2021, 'project/basic A1:G14 乡村道路养护'],
    ['flat scored', FLAT, 'project/scored A1:I17 档案数字化'],
    ['中期 | 年度', TERMS, 'project/term-blocks A1:H12 智慧停车建设'],
    ['per village', VILLAGES, 'project/transfer A1:H11 以奖代补资金'],
  ])('%s', (_, rows, kind) => {
    const grid = gridWithEdits(rows, {});
    expect(kinds(grid)).toEqual([kind]);
    expect(problems(grid)).toEqual([]);
  });
});

describe('a planted defect is reported at its cell', () => {
  it('2021 framework: a count under 经济成本指标', () => {
    expect(problems(gridWithEdits(MOF_2021, { E10: '120公里' }))).toEqual(['e cost-value-is-money/notMoney E10']);
  });

  it('2021 framework: a qualitative 社会成本 is fine, but 经济成本 missing is not', () => {
    const rows = MOF_2021.filter((r) => !r.includes('每公里养护成本'));
    rows[9] = '\t成本指标\t社会成本指标\t施工对群众出行的影响\t影响较小';
    expect(problems(gridWithEdits(rows, {}))).toEqual(['e required-level2/missingLevel2 C11']);
  });

  it('flat scored: a percentage as 时效 (operator and unit columns read with the value)', () => {
    expect(problems(gridWithEdits(FLAT, { F14: '100', G14: '%' }))).toEqual(['e timeliness-value-is-time/percentWithoutRate F14']);
  });

  it('flat scored: scores that no longer add up to the 产出 weight', () => {
    expect(problems(gridWithEdits(FLAT, { H12: '25' }))).toEqual(['e scores-add-up/level1 A10,H12,H13,H14,H15', 'e scores-add-up/total A10,H12,H13,H14,H15,H16,H17']);
  });

  it('中期 | 年度: a 年度 satisfaction of 明显提高 is found in its own block', () => {
    expect(problems(gridWithEdits(TERMS, { H12: '明显提高' }))).toEqual(['e satisfaction-is-percent/notPercent H12']);
  });

  it('中期 | 年度: a 中期 block copied from the 年度 block', () => {
    const copied = gridWithEdits(TERMS, { E7: '1000个', E9: '2024年12月底前', E11: '有所缓解' });
    expect(problems(copied)).toEqual(['w medium-differs-from-annual/copied E7,E8,E9,E10,E11,E12']);
  });

  it('per village: one village value that is not a date', () => {
    expect(problems(gridWithEdits(VILLAGES, { G8: '及时' }))).toEqual(['e timeliness-value-is-time/notTime G8']);
  });

  it('per village: one village cost beyond the total', () => {
    expect(problems(gridWithEdits(VILLAGES, { H9: '≤40万元' }))).toEqual(['e cost-within-total/exceeds H9,C3']);
  });
});

// A declaration form: 计量单位 and 指标性质 before 指标值, funds by level, narrative fields.
const DECLARATION = [
  '项目绩效目标表',
  '(2024年度)',
  '申报单位\t县水利局\t项目(专项)名称\t小型水库除险加固',
  '具体实施单位\t县水利局\t项目属性\t新增',
  '资金情况(万元)\t年度资金总额:\t120',
  '\t其中:1.中央资金\t80',
  '\t2.市级资金\t30',
  '\t3.区级资金\t10',
  '\t4.其他资金\t',
  '预算分类\t一般公共预算',
  '项目概况及立项依据\t对3座小型水库实施除险加固。',
  '项目年度目标\t完成3座小型水库除险加固，消除安全隐患。',
  '绩效指标\t一级指标\t二级指标\t三级指标\t计量单位\t指标性质\t指标值',
  '\t产出指标\t数量指标\t除险加固水库\t座\t=\t3',
  '\t\t质量指标\t工程验收合格率\t%\t≥\t95',
  '\t\t时效指标\t完工时间\t\t≤\t2024年11月',
  '\t\t成本指标\t单座水库加固成本\t万元/座\t≤\t40',
  '\t效益指标\t社会效益指标\t受益人口\t人\t≥\t5000',
  '\t满意度指标\t服务对象满意度指标\t受益群众满意度\t%\t≥\t90',
];

describe('a declaration form with unit and operator columns', () => {
  it('checks clean, its funds by level adding up and 预算分类 read as a field, not a fund line', () => {
    const grid = gridWithEdits(DECLARATION, {});
    expect(kinds(grid)).toEqual(['project/declaration A1:G19 小型水库除险加固']);
    expect(problems(grid)).toEqual([]);
  });

  it('flags funds by level that do not add up', () => {
    expect(problems(gridWithEdits(DECLARATION, { C7: '40' }))).toEqual(['e fund-total-sum/sourcesMismatch C5,C6,C7,C8,C9']);
  });

  it('flags a count in the 成本 row once its unit column says 座', () => {
    expect(problems(gridWithEdits(DECLARATION, { E17: '座' }))).toEqual(['e cost-value-is-money/notMoney G17']);
  });
});

describe('funds written with their parts in one cell', () => {
  const inCell = (funds: string) =>
    gridWithEdits(
      [
        '项目名称\t高标准农田建设',
        funds,
        '年度目标\t建设高标准农田1万亩。',
        '一级指标\t二级指标\t三级指标\t指标值',
        '产出指标\t数量指标\t建设面积\t≥1万亩',
      ],
      {},
    );

  it('reads the total and accepts parts that add up', () => {
    const r = checkGrids([inCell('年度本级预算金额\t854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)')]);
    expect(r.findings.filter((f) => f.rule === 'fund-total-sum' || f.rule === 'fund-amount-readable')).toEqual([]);
  });

  it('reports parts that do not add up, at the cell', () => {
    const r = checkGrids([inCell('资金总额: 250 一、预算资金:200 二、自有资金:0 三、其他:0')]);
    expect(r.findings.filter((f) => f.rule === 'fund-total-sum').map((f) => [f.messageId, f.cells])).toEqual([['partsMismatch', ['A2']]]);
  });
});

describe('a caption row over the grid', () => {
  it('绩效项目指标表 between the header and the grid is neither a cell out of place nor the end of the table', () => {
    const rows = [...DECLARATION.slice(0, 12), '绩效项目指标表', ...DECLARATION.slice(12)];
    expect(problems(gridWithEdits(rows, {}))).toEqual([]);
  });
});
