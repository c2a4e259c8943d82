import { recognizeProjectTables } from '../../../src/core/layouts/project';
import { createGrid } from '../../../src/core/grid/grid';
import { projectName, type ProjectTable } from '../../../src/core/model';
import { gridFromTsv, tsv } from '../../support/tsv';
import { hebei, ningxia, ningxiaTsv, VALID_HEBEI } from '../../support/tables';
import { checkGrids } from '../../../src/core/engine/check';

/** What a table's indicator grid says, row by row, independent of how cells are merged. */
function shape(t: ProjectTable) {
  return t.indicators.map((r) => [r.values[0]!.cell.address, r.level1?.id, r.level2?.id, r.level3.text, r.values[0]!.cell.text]);
}

const MERGED = tsv`
部门项目支出预算绩效目标表	<	<	<	<
(2024 年度)	<	<	<	<
项目名称	干部教育培训	<	<	<
主管部门及代码	中共某县委组织部	<	实施单位	中共某县委组织部本级
项目属性	0101-一年期项目	<	项目期	1 年
项目资金 (万元)	年度资金总额:	18	<	<
^	其中: 财政拨款	18	<	<
^	其他资金		<	<
年度总体目标	举办各类培训班	<	<	<
名称	一级指标	二级指标	三级指标	指标值
绩效指标	产出指标	数量指标 (必填硬性指标)	培训人次	800
^	^	质量指标 (必填)	培训合格率	100%
^	^	时效指标（必填）	本年度完成所有任务	2024 年
^	^	成本指标（必填硬性指标）	党政正职、年轻干部培训	2 万元/期
^	效益指标	社会效益指标（必填）	促进地方社会经济效益发展	明显提高
^	^	可持续影响指标（必填）	促进高素质专业化干部队伍建设	有效提高
^	满意度指标	服务对象满意度指标（必填）	培训对象	≥95%`;

describe('recognising project/ningxia tables', () => {
  it('reads fields, funds and indicators with their addresses', () => {
    const [t, ...rest] = recognizeProjectTables(MERGED);
    expect(rest).toHaveLength(0);
    expect(t!.kind).toBe('project/ningxia');
    expect(t!.rangeA1).toBe('A1:E17');
    expect(t!.year).toBe(2024);
    expect(projectName(t!)).toBe('干部教育培训');
    expect(t!.fields.department?.value.text).toBe('中共某县委组织部');
    expect(t!.fields.implementer?.value.address).toBe('E4');
    expect(t!.fields.projectPeriod?.value.text).toBe('1 年');
    expect(t!.fields.annualGoal?.value.address).toBe('B9');
    expect(t!.funds.total?.value.address).toBe('C6');
    expect(t!.funds.total?.amount?.toString()).toBe('18');
    expect(t!.funds.fiscal?.amount?.toString()).toBe('18');
    expect(t!.funds.other?.amount).toBeNull();
    expect(shape(t!)).toEqual([
      ['E11', 'output', 'quantity', '培训人次', '800'],
      ['E12', 'output', 'quality', '培训合格率', '100%'],
      ['E13', 'output', 'timeliness', '本年度完成所有任务', '2024 年'],
      ['E14', 'output', 'cost', '党政正职、年轻干部培训', '2 万元/期'],
      ['E15', 'benefit', 'socialBenefit', '促进地方社会经济效益发展', '明显提高'],
      ['E16', 'benefit', 'sustainability', '促进高素质专业化干部队伍建设', '有效提高'],
      ['E17', 'satisfaction', 'serviceSatisfaction', '培训对象', '≥95%'],
    ]);
    expect(t!.indicators[0]!.level2?.required).toBe(true);
    expect(t!.indicators[0]!.level1?.cell.address).toBe('B11');
    expect(t!.indicators[3]!.level1?.cell.address).toBe('B11');
    expect(t!.unplaced).toEqual([]);
  });

  it('recognises the same table without merge information (Excel 2016)', () => {
    const merged = recognizeProjectTables(MERGED)[0]!;
    expect(MERGED.merges).not.toBeNull();
    const plain = createGrid({
      sheet: 'Sheet1',
      values: Array.from({ length: MERGED.rowCount }, (_, r) => Array.from({ length: MERGED.colCount }, (_, c) => MERGED.value(r, c))),
      merges: null,
    });
    const t = recognizeProjectTables(plain)[0]!;
    expect(shape(t)).toEqual(shape(merged));
    expect(t.rangeA1).toBe(merged.rangeA1);
  });

  it('recognises 一级/二级 repeated on every row', () => {
    const t = recognizeProjectTables(
      ningxia(`
产出指标	数量指标	培训人次	800人次
产出指标	数量指标	培训班次	≥4期
产出指标	质量指标	培训合格率	100%
效益指标	社会效益指标	干部素质	有效提高
满意度指标	服务对象满意度指标	学员满意度	≥95%`),
    )[0]!;
    expect(shape(t).map((r) => [r[1], r[2]])).toEqual([
      ['output', 'quantity'],
      ['output', 'quantity'],
      ['output', 'quality'],
      ['benefit', 'socialBenefit'],
      ['satisfaction', 'serviceSatisfaction'],
    ]);
  });

  it('finds several tables stacked in one sheet with titles and blank rows between', () => {
    const first = `附件 2：中共某县委组织部项目支出预算绩效目标表\n${[...ningxiaLines('甲项目')].join('\n')}`;
    const second = [...ningxiaLines('乙项目')].join('\n');
    const grid = gridFromTsv(`${first}\n\n\n中共某县委组织部项目支出预算绩效目标表\n${second}\n`);
    const tables = recognizeProjectTables(grid);
    expect(tables.map((t) => [projectName(t), t.rangeA1, t.index])).toEqual([
      ['甲项目', 'A1:E18', 0],
      ['乙项目', 'A21:E38', 1],
    ]);
    expect(tables[1]!.indicators[0]!.values[0]!.cell.address).toBe('E32');
  });

  it('reads label variants: numbered levels, 绩效值, 主管部门, 项目期限, 年度总体绩效目标, 全角/半角', () => {
    const [t] = recognizeProjectTables(tsv`
部门项目支出预算绩效目标表
（ 2024 年度）
项目名称	平罗县妇联工作保障经费
主管部门	中共平罗县委办公室	实施单位	平罗县委办公室本级
项目属性	0101—一年期项目	项目期限	2024 年 1-12 月
项目资金\n（万元）	年度资金总额 ：	25
	其中:财政拨款	25
	其他资金
年度总体绩效目标	保障妇女工作有序开展
名称	一级指标	二级指标	三级指标	绩效值
绩效指标	1-产出指标	11-数量指标（必填 硬性指标）	开展“三八”妇女节等活动	10 场
		12-质量指标 (必填)	保障妇联工作有序进行	≥95%
		13-时效指标（必填）	保障全年日常办公顺利开展	持续至 2024 年底
		14-成本指标（必填 硬性指标）	妇女工作保障经费	25万元
	2-效益指标	21-经济效益
		22-社会效益（必填）	妇女儿童工作持续健康发展	显著提升
		24-可持续影响（必填）	推动妇女儿童工作全面发展	显著 改变
	3-满意度指标	31-服务对象满意度（必填）	群众对妇联工作的满意度	≥95%`);
    expect(t!.year).toBe(2024);
    expect(t!.fields.department?.value.text).toBe('中共平罗县委办公室');
    expect(t!.fields.projectPeriod?.value.text).toBe('2024 年 1-12 月');
    expect(t!.fields.annualGoal?.value.text).toBe('保障妇女工作有序开展');
    expect(t!.funds.total?.amount?.toString()).toBe('25');
    expect(shape(t!).map((r) => r[2])).toEqual([
      'quantity',
      'quality',
      'timeliness',
      'cost',
      'economicBenefit',
      'socialBenefit',
      'sustainability',
      'serviceSatisfaction',
    ]);
    expect(t!.indicators[4]!.level3.text).toBe('');
    expect(t!.indicators.every((r) => r.level2?.required === !/经济效益/.test(r.level2?.cell.text ?? ""))).toBe(true);
  });

  it('finds a table placed anywhere in the sheet', () => {
    const lines = [...ningxiaLines('偏移项目')].map((l) => `\t\t${l}`);
    const grid = gridFromTsv(`\n\n\n\n${lines.join('\n')}`);
    const [t] = recognizeProjectTables(grid);
    expect(t!.rangeA1).toBe('C4:G20');
    expect(t!.indicators[0]!.values[0]!.cell.address).toBe('G14');
  });

  it('ends a table at notes and sign-off lines', () => {
    const grid = gridFromTsv(`${[...ningxiaLines('甲')].join('\n')}\n注：本表金额单位为万元\n填表人：张三\t联系电话：123`);
    const [t] = recognizeProjectTables(grid);
    expect(t!.indicators).toHaveLength(7);
    expect(t!.rangeA1).toBe('A1:E17');
  });

  it('skips a header repeated after a page break inside the table', () => {
    const lines = [...ningxiaLines('甲')];
    lines.splice(14, 0, '名称\t一级指标\t二级指标\t三级指标\t指标值');
    const tables = recognizeProjectTables(gridFromTsv(lines.join('\n')));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.indicators).toHaveLength(7);
  });

  it('reports cells it cannot place instead of dropping them', () => {
    const lines = [...ningxiaLines('甲')];
    lines[11] = `${lines[11]}\t备注：按季度考核`;
    lines[3] = `${lines[3]}\t\t多余内容`;
    const [t] = recognizeProjectTables(gridFromTsv(lines.join('\n')));
    expect(t!.unplaced.map((c) => [c.address, c.text])).toEqual([
      ['F4', '多余内容'],
      ['F12', '备注：按季度考核'],
    ]);
  });

  it('recognises a half-filled table without 项目名称', () => {
    const [t] = recognizeProjectTables(tsv`
名称	一级指标	二级指标	三级指标	指标值
绩效指标	产出指标	数量指标	培训人次`);
    expect(t!.rangeA1).toBe('A1:E2');
    expect(projectName(t!)).toBeUndefined();
    expect(t!.indicators[0]!.values[0]!.cell.text).toBe('');
    expect(t!.indicators[0]!.values[0]!.cell.address).toBe('E2');
  });

  it('finds nothing in an empty sheet or a sheet of other tables', () => {
    expect(recognizeProjectTables(createGrid({ sheet: '空', values: [] }))).toEqual([]);
    expect(recognizeProjectTables(tsv`
序号	项目	预算数
1	一般公共服务支出	925.07`)).toEqual([]);
  });

  it('keeps error values as errors', () => {
    const grid = createGrid({
      sheet: 'S',
      values: [
        ['项目名称', '甲'],
        ['项目资金（万元）', '年度资金总额', { error: '#REF!' }],
        ['名称', '一级指标', '二级指标', '三级指标', '指标值'],
        ['绩效指标', '产出指标', '数量指标', '人数', { error: '#N/A' }],
      ],
    });
    const [t] = recognizeProjectTables(grid);
    expect(t!.funds.total?.amount).toBe('invalid');
    expect(t!.indicators[0]!.values[0]!.parsed.kind).toBe('error');
  });
});

describe('recognising project/hebei tables', () => {
  it('reads code, budget, use of funds, spending plan and the six-column grid', () => {
    const [t] = recognizeProjectTables(hebei(VALID_HEBEI, { total: '2.00', fiscal: '2.00', plan: ['', '40%', '60%', '100%'] }));
    expect(t!.kind).toBe('project/hebei');
    expect(t!.rangeA1).toBe('A1:G15');
    expect(t!.fields.projectCode?.value.text).toBe('13102824P00262910214E');
    expect(projectName(t!)).toBe('工资管理信息系统经费');
    expect(t!.fields.useOfFunds?.value.address).toBe('B5');
    expect(t!.fields.annualGoal?.value.address).toBe('B8');
    expect(t!.funds.total?.value.address).toBe('C4');
    expect(t!.funds.fiscal?.value.address).toBe('E4');
    expect(t!.funds.other?.value.address).toBe('G4');
    expect(t!.spendingPlan.map((p) => [p.label.text, p.value.address, p.percent === null ? null : p.percent.toString()])).toEqual([
      ['3月底', 'B7', null],
      ['6月底', 'D7', '40'],
      ['10月底', 'E7', '60'],
      ['12月底', 'F7', '100'],
    ]);
    expect(shape(t!)[0]).toEqual(['F10', 'output', 'quantity', '单位个数', '≥58个']);
    expect(t!.indicators[0]!.description?.text).toBe('使用系统的单位数量');
    expect(t!.indicators[0]!.basis?.address).toBe('G10');
    expect(t!.indicators[3]!.level1?.cell.address).toBe('A10');
    expect(t!.unplaced).toEqual([]);
  });
});

function* ningxiaLines(name: string): Generator<string> {
  yield '部门项目支出预算绩效目标表';
  yield '(2024 年度)';
  yield `项目名称\t${name}`;
  yield '主管部门及代码\t中共某县委组织部\t实施单位\t本级';
  yield '项目属性\t0101-一年期项目\t项目期\t1 年';
  yield '项目资金（万元）\t年度资金总额：\t10';
  yield '\t其中：财政拨款\t10';
  yield '\t其他资金';
  yield '年度总体目标\t完成年度任务';
  yield '名称\t一级指标\t二级指标\t三级指标\t指标值';
  yield '绩效指标\t产出指标\t数量指标\t培训人次\t≥100人次';
  yield '\t\t质量指标\t培训合格率\t≥95%';
  yield '\t\t时效指标\t完成时间\t2024年底';
  yield '\t\t成本指标\t培训费\t≤10万元';
  yield '\t效益指标\t社会效益指标\t干部素质\t有效提高';
  yield '\t\t可持续影响指标\t长效机制\t持续发展';
  yield '\t满意度指标\t服务对象满意度指标\t学员满意度\t≥95%';
}

describe('where a table ends', () => {
  const findings = (text: string) => checkGrids([gridFromTsv(text)]);

  it.each([
    ['a sign-off line in the first column', '审核：李四\t\t填表人：张三\n备注：资金来源为县级财政'],
    ['sign-off lines under the grid', '\t审核：李四\n\t备注'],
    ['a sign-off line across the indicator columns', '\t\t审核：李四\t\t联系电话：0951-1234567'],
    ['a date line', '\t\t\t日期：2024年1月10日'],
  ])('%s is not an indicator row (no false findings)', (_name, notes) => {
    const result = findings(`${ningxiaTsv()}\n${notes}`);
    expect(result.tables.map((t) => t.range)).toEqual(['A1:E17']);
    expect(result.findings).toEqual([]);
  });

  it('an indicator whose name begins like a sign-off (审核通过率, 日期准确率) is still an indicator row', () => {
    const lines = ningxiaTsv().split('\n');
    lines.splice(12, 0, '\t\t\t审核通过率\t≥98%', '\t\t\t日期录入准确率\t100%');
    const [t] = recognizeProjectTables(gridFromTsv(lines.join('\n')));
    expect(t!.indicators.map((r) => r.level3.text)).toEqual(expect.arrayContaining(['审核通过率', '日期录入准确率']));
    expect(t!.rangeA1).toBe('A1:E19');
  });

  it('a stray cell far below the grid does not stretch the table to it', () => {
    const result = findings(`${ningxiaTsv()}\n${'\n'.repeat(300)}\t\t\t\t\t\t\t\t合计`);
    expect(result.tables.map((t) => t.range)).toEqual(['A1:E17']);
    expect(result.findings).toEqual([]);
  });

  it('an empty row or two inside the grid keeps the rows after it in the table', () => {
    const lines = ningxiaTsv().split('\n');
    lines.splice(13, 0, '', '');
    const [t] = recognizeProjectTables(gridFromTsv(lines.join('\n')));
    expect(t!.rangeA1).toBe('A1:E19');
    expect(t!.indicators).toHaveLength(7);
  });
});
