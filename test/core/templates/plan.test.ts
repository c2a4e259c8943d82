/**
 * Insertion plans on TSV tables, executed by the fake Excel host (Excel's row-insert and merge
 * semantics), then read back and recognised: rows land in the right block, merges grow, labels are
 * written where the layout needs them, nothing that was there is lost.
 */
import { rangeA1 } from '../../../src/core/grid/address';
import type { Grid } from '../../../src/core/grid/grid';
import { recognizeProjectTables } from '../../../src/core/layouts/project';
import { LIBRARY } from '../../../src/core/templates/library';
import { insertionRefusal, planBlankTable, planInsertion, splitValue, type InsertionPlan } from '../../../src/core/templates/plan';
import { checkGrids, isProjectTable, recognizeSheet } from '../../../src/core/engine/check';
import { createGrid } from '../../../src/core/grid/grid';
import { loadRealTables, realSheet } from '../../fixtures/realworld';
import { buildSheet, loadSeed, sheetToGrid } from '../../fixtures/layout';
import type { Framework } from '../../../src/core/templates/suggest';
import { executeOnGrid, fillPlaceholders } from '../../support/executePlan';
import { hebei, ningxiaTsv } from '../../support/tables';
import { gridFromTsv, tsv } from '../../support/tsv';

const t = (id: string) => LIBRARY.indicator(id)!;

/** Runs a plan in the fake host (one sync) and returns the grid Excel would then show. */
async function execute(grid: Grid, p: InsertionPlan, excelApi = 13) {
  const out = await executeOnGrid(grid, p, excelApi);
  // One sync; one more before ExcelApi 1.9, to read the formats the new rows copy.
  expect(out.syncs).toBe(excelApi < 9 && p.steps.some((s) => s.kind === 'insertRows') ? 2 : 1);
  return out;
}

function plan(grid: Grid, ids: string[], framework: Framework = 'legacy', cursorRow?: number): InsertionPlan {
  const [table] = recognizeProjectTables(grid);
  return planInsertion({ table: table!, merges: grid.merges, templates: ids.map(t), framework, ...(cursorRow === undefined ? {} : { cursorRow }) });
}

const MERGED = tsv`
部门项目支出预算绩效目标表	<	<	<	<
(2024 年度)	<	<	<	<
项目名称	干部教育培训	<	<	<
项目资金（万元）	年度资金总额：	18	<	<
^	其中：财政拨款	18	<	<
^	其他资金		<	<
年度总体目标	举办干部培训班	<	<	<
名称	一级指标	二级指标	三级指标	指标值
绩效指标	产出指标	数量指标	培训人次	≥800人次
^	^	^	培训班次	≥4期
^	^	质量指标	培训合格率	100%
^	^	时效指标	完成时间	2024年12月底前
^	^	成本指标	培训费	≤18万元
^	效益指标	社会效益指标	干部能力素质	有效提升
^	满意度指标	服务对象满意度指标	学员满意度	≥95%
注：本表由组织部填报`;

describe('insertion plans on a merged table', () => {
  it('appends a row to its 二级 block and grows the 二级, 一级 and 绩效指标 merges', async () => {
    const p = plan(MERGED, ['meeting-attendance']);
    expect(p.steps[0]).toEqual({ kind: 'insertRows', at: 10, count: 1, formatFrom: 9, width: 5 });
    expect(p.rows).toEqual([{ template: 'meeting-attendance', row: 10, valueCell: 'E11', open: true }]);
    expect(p.select).toBe('E11');
    const { grid, fake } = await execute(MERGED, p);
    expect(grid.text(10, 3)).toBe('参会人数');
    expect(grid.text(10, 4)).toBe('≥**人');
    expect(grid.text(10, 2)).toBe(''); // inside the merged 二级 cell
    const merges = grid.merges!.map(rangeA1);
    expect(merges).toEqual(expect.arrayContaining(['C9:C11', 'B9:B14', 'A9:A16']));
    // Everything below moved down one row, untouched.
    expect(grid.text(16, 0)).toBe('注：本表由组织部填报');
    expect(grid.text(11, 3)).toBe('培训合格率');
    // Formats of the new row are the neighbour's.
    expect(fake.model.sheet('Sheet1')!.get(10, 3)?.format).toEqual({ borders: 'thin', fontName: '宋体' });
    const [table] = recognizeProjectTables(grid);
    expect(table!.indicators.find((r) => r.row === 10)).toMatchObject({ level1: { id: 'output' }, level2: { id: 'quantity' } });
    expect(fake.model.selection.address).toBe('E11');
  });

  it('creates a missing 二级 block at the end of its 一级 block, merged like the others', async () => {
    const p = plan(MERGED, ['talent-retained', 'staff-stability']);
    expect(p.summary).toContain('新增“可持续影响指标” 2 行');
    const { grid } = await execute(MERGED, p);
    expect([grid.text(14, 2), grid.text(14, 3), grid.text(15, 3)]).toEqual(['可持续影响指标', '引进人才留用率', '聘用人员队伍稳定率']);
    expect(grid.merges!.map(rangeA1)).toEqual(expect.arrayContaining(['C15:C16', 'B14:B16', 'A9:A17']));
    const [table] = recognizeProjectTables(grid);
    expect(table!.indicators.filter((r) => r.level2?.id === 'sustainability').map((r) => r.row)).toEqual([14, 15]);
    expect(table!.indicators.find((r) => r.row === 16)?.level1?.id).toBe('satisfaction');
  });

  it('fills {total} and {year} from the table and leaves {n} for the user', () => {
    const p = plan(MERGED, ['total-cost', 'completion-deadline', 'training-sessions']);
    const writes = p.steps.filter((s) => s.kind === 'write' && s.col === 4).map((s) => (s as { text: string }).text);
    expect(writes.sort()).toEqual(['2024年12月底前', '≤18万元', '≥**期'].sort());
    expect(p.rows.filter((r) => r.open)).toHaveLength(1);
  });

  it('puts a template right below the cursor row of its 二级', async () => {
    const p = plan(MERGED, ['training-sessions'], 'legacy', 8);
    expect(p.steps[0]).toMatchObject({ kind: 'insertRows', at: 9 });
    const { grid } = await execute(MERGED, p);
    expect([grid.text(8, 3), grid.text(9, 3), grid.text(10, 3)]).toEqual(['培训人次', '培训班次', '培训班次']);
  });

  it('adds a missing 一级 block where the framework puts it (mof-2021: 成本 before 效益)', async () => {
    const p = plan(MERGED, ['total-cost'], 'mof-2021');
    const { grid } = await execute(MERGED, p);
    expect([grid.text(13, 1), grid.text(13, 2), grid.text(13, 3)]).toEqual(['成本指标', '经济成本指标', '项目总成本']);
    const [table] = recognizeProjectTables(grid);
    expect(table!.indicators.find((r) => r.row === 13)).toMatchObject({ level1: { id: 'cost' }, level2: { id: 'economicCost' } });
  });
});

describe('insertion plans without merge information (Excel 2016)', () => {
  const blank = gridFromTsv(ningxiaTsv(`
产出指标	数量指标	培训人次	≥800人次
	质量指标	培训合格率	≥95%
	时效指标	完成时间	2024年12月底前
	成本指标	培训总成本	≤10万元
效益指标	社会效益指标	干部能力素质	有效提升
满意度指标	服务对象满意度指标	参训学员满意度	≥95%`));

  it('writes no merges and labels a new 二级 block so it reads back right', async () => {
    expect(blank.merges).toBeNull();
    const p = plan(blank, ['talent-retained']);
    expect(p.steps.some((s) => s.kind === 'merge')).toBe(false);
    const { grid } = await execute(blank, p, 7);
    const [table] = recognizeProjectTables(grid);
    expect(table!.indicators.map((r) => r.level2?.id)).toEqual([
      'quantity',
      'quality',
      'timeliness',
      'cost',
      'socialBenefit',
      'sustainability',
      'serviceSatisfaction',
    ]);
  });

  it('repeats 一级/二级 on new rows when the table repeats them', async () => {
    const repeated = gridFromTsv(ningxiaTsv(`
产出指标	数量指标	培训人次	≥800人次
产出指标	质量指标	培训合格率	≥95%
效益指标	社会效益指标	干部能力素质	有效提升
满意度指标	服务对象满意度指标	参训学员满意度	≥95%`));
    const { grid } = await execute(repeated, plan(repeated, ['training-sessions']), 7);
    expect([grid.text(11, 1), grid.text(11, 2), grid.text(11, 3)]).toEqual(['产出指标', '数量指标', '培训班次']);
  });
});

describe('insertion plans on hebei tables', () => {
  it('adds a missing 满意度 block with its labels, the description and the 指标值确定依据 columns (seed 002 驻村干部)', async () => {
    const table = hebei(`
产出指标	数量指标	工作组个数	驻村工作队数为13个	13个
	质量指标	经费拨付覆盖率	占比	100%
	时效指标	完成时间	按照要求时间	≤1年
	成本指标	驻村工作经费单位成本	每个工作队	≤1万元
效益指标	社会效益指标	加快推进乡村振兴步伐	加快推进乡村振兴步伐	有效推进`);
    const p = plan(table, ['beneficiary-satisfaction']);
    const { grid } = await execute(table, p, 7);
    expect([grid.text(14, 0), grid.text(14, 1), grid.text(14, 2), grid.text(14, 3), grid.text(14, 5), grid.text(14, 6)]).toEqual([
      '满意度指标',
      '服务对象满意度指标',
      '受益群众满意度',
      '调查中满意的受益群众占比',
      '≥90%',
      '行业标准',
    ]);
    const [t2] = recognizeProjectTables(grid);
    expect(t2!.indicators.at(-1)).toMatchObject({ level1: { id: 'satisfaction' }, level2: { id: 'serviceSatisfaction' } });
  });
});

describe('a blank table in the hebei 部门预算 layout', () => {
  it('is read back as a hebei table with the set’s rows, its description and 指标值确定依据 columns filled, and only the header left to the user', async () => {
    const type = LIBRARY.type('training')!;
    const p = planBlankTable({ sheet: 'S', newSheet: false, top: 0, templates: type.indicators.map((id) => t(id)), framework: 'legacy', typeName: type.name, layout: 'hebei', year: 2025 });
    const { grid } = await executeOnGrid(createGrid({ sheet: 'S', values: [], texts: [], merges: [] }), p, 13);
    const [table] = recognizeSheet(grid).filter(isProjectTable);
    expect(table!.kind).toBe('project/hebei');
    expect(table!.indicators.map((r) => r.level3.text)).toEqual(type.indicators.map((id) => t(id).name));
    expect(table!.indicators.map((r) => r.basis?.text)).toEqual(type.indicators.map((id) => t(id).basis));
    expect(table!.indicators[0]!.description?.text).toBe(t(type.indicators[0]!).description);
    // The rows check clean once the numbers are in; what is left is the header the user fills.
    const findings = checkGrids([fillPlaceholders(grid)]).findings;
    expect(findings.filter((f) => f.cells.some((c) => Number(/\d+/.exec(c)![0]) > 9))).toEqual([]);
    expect(findings.map((f) => f.rule).sort()).toEqual(['fund-amount-readable', 'required-fields', 'required-fields', 'spending-plan']);
  });
});

describe('labels of new blocks written the way the table writes its own', () => {
  it('numbers and tags a new 二级 as the table’s others are (seed 003 妇联: `24-可持续影响指标（必填）`), and it reads back as required', async () => {
    const seed = loadSeed('seed-003.tsv').find((t) => t.name === '平罗县妇联工作保障经费')!;
    // The table without its 可持续影响 row.
    const rows = seed.rows.filter((r) => !r.some((c) => c.includes('24-可持续影响')));
    const grid = sheetToGrid(buildSheet('S', [{ ...seed, rows }], { levels: 'merged', percentAsNumber: false }, 0), true);
    const p = plan(grid, ['talent-retained']);
    const label = p.steps.find((s) => s.kind === 'write' && s.col === 2);
    expect(label).toMatchObject({ text: '24-可持续影响指标（必填）' });
    const { grid: after } = await executeOnGrid(grid, p, 13);
    const [t2] = recognizeProjectTables(after);
    expect(t2!.indicators.filter((r) => r.level2?.id === 'sustainability').map((r) => [r.level2!.required, r.level2!.tagged])).toEqual([[true, true]]);
  });

  it('leaves a 2021-only entry out of a legacy table and says so', () => {
    const p = plan(MERGED, ['ecological-cost-pollution', 'talent-retained']);
    expect(p.rows.map((r) => r.template)).toEqual(['talent-retained']);
    expect(p.summary).toContain('未插入 “施工造成的环境污染事件”：社会成本、生态环境成本指标只用于财预〔2021〕101号框架的表');
  });
});

describe('a realworld table with one value column per village (安溪 水利, 06)', () => {
  it('gets the inserted rows’ values in all seven village columns, read back as seven values each', async () => {
    const grid = sheetToGrid(realSheet(loadRealTables().find((x) => x.id === '06')!), true);
    const p = plan(grid, ['construction-quality', 'water-people']);
    const { grid: after } = await executeOnGrid(grid, p, 13);
    const [t2] = recognizeProjectTables(after);
    for (const planned of p.rows) {
      const read = t2!.indicators.find((r) => r.row === planned.row)!;
      expect(read.values.map((v) => v.cell.text)).toEqual(Array(7).fill(planned.template === 'water-people' ? '**人' : '100%'));
      expect(read.values.map((v) => v.label)).toContain('西坪镇尧山村');
    }
  });
});

describe('values across the table’s operator and unit columns', () => {
  it('splits a template value as 指标性质 · 指标值 · 计量单位 where the table has those columns', () => {
    expect(splitValue('≥95%', true, true)).toEqual({ operator: '≥', value: '95', unit: '%' });
    expect(splitValue('**株', true, true)).toEqual({ operator: '=', value: '**', unit: '株' });
    expect(splitValue('≤10万元', false, true)).toEqual({ value: '10', unit: '万元' });
    expect(splitValue('≥95%', true, false)).toEqual({ operator: '≥', value: '95%' });
    // A deadline is one value, not a number with a unit.
    expect(splitValue('2024年12月底前', true, true)).toEqual({ value: '2024年12月底前' });
    expect(splitValue('≥95%', false, false)).toEqual({ value: '≥95%' });
  });

  it('writes them so in a realworld table with 计量单位 and 指标性质 columns (古昌镇绿化美化, 09), and they read back as one value', async () => {
    const grid = sheetToGrid(realSheet(loadRealTables().find((t) => t.id === '09')!), true);
    const [table] = recognizeProjectTables(grid);
    const h = table!.header!;
    const p = plan(grid, ['seedling-survival']);
    const { grid: after } = await executeOnGrid(grid, p, 13);
    const row = p.rows[0]!.row;
    expect([after.text(row, h.operatorCol!), after.text(row, h.valueCol), after.text(row, h.unitCol!)]).toEqual(['≥', '85', '%']);
    const [t2] = recognizeProjectTables(after);
    const read = t2!.indicators.find((r) => r.row === row)!;
    expect(read.values[0]!.parsed).toMatchObject({ kind: 'percent', op: '≥', unit: '%' });
    expect(read.values[0]!.parsed.low?.toNumber()).toBe(85);
  });
});

describe('tables whose columns a template cannot fill are refused whole, with a Chinese reason', () => {
  const refusal = (text: string) => insertionRefusal(recognizeProjectTables(gridFromTsv(text))[0]!);

  it('accepts a plain four-column grid', () => {
    expect(refusal(ningxiaTsv())).toBeUndefined();
  });

  it('fills one value column per village in each column, with no project total in a village’s column', () => {
    const text = ['项目名称\t以奖代补', '资金总额\t30', '总体目标\t奖补3个村。', '一级指标\t二级指标\t三级指标\t东村\t西村\t南村', '产出指标\t数量指标\t整治村庄(个)\t1\t1\t1'].join('\n');
    expect(refusal(text)).toBeUndefined();
    const p = planInsertion({ table: recognizeProjectTables(gridFromTsv(text))[0]!, merges: null, templates: [t('total-cost'), t('construction-quality')], framework: 'legacy' });
    const valuesOf = (template: string) => {
      const row = p.rows.find((r) => r.template === template)!.row;
      return p.steps.filter((s) => s.kind === 'write' && s.row === row && s.col >= 3).map((s) => (s as { text: string }).text);
    };
    expect(valuesOf('total-cost')).toEqual(['≤**万元', '≤**万元', '≤**万元']);
    expect(valuesOf('construction-quality')).toEqual(['100%', '100%', '100%']);
  });

  it('refuses 中期 and 年度 blocks side by side and scored grids, not separate operator or unit columns', () => {
    expect(refusal(['项目名称\tX', '一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t计划指标值', '产出指标\t数量指标\t泊位\t3个\t数量指标\t泊位\t1个'].join('\n'))).toMatch(/中期指标与年度指标并列/);
    expect(refusal(['项目名称\tX', '一级指标\t二级指标\t三级指标\t计量单位\t指标性质\t指标值', '产出指标\t数量指标\t绿化公路\t米\t=\t3500'].join('\n'))).toBeUndefined();
    expect(refusal(['项目名称\tX', '一级指标\t二级指标\t三级指标\t指标值\t分值', '产出指标\t数量指标\t整理档案\t≥1000卷\t20'].join('\n'))).toMatch(/分值/);
  });

  it('refuses a header block without a grid', () => {
    const text = ['项目名称\t工作经费', '主管部门及代码\t某局\t实施单位\t某中心', '项目属性\t延续', '项目资金(万元)\t年度资金总额\t25', '年度目标\t保障工作开展。'].join('\n');
    expect(refusal(text)).toMatch(/没有绩效指标表/);
  });
});
