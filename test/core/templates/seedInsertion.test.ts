/**
 * Every project type's set, inserted into the seed layouts through the fake Excel host: the new
 * rows check clean once the user fills the `**`, the table's other findings and everything below
 * are unchanged; and a table made only of a type's set passes every rule.
 */
import { checkGrids } from '../../../src/core/engine/check';
import { recognizeProjectTables } from '../../../src/core/layouts/project';
import { BUILTIN_PROFILES } from '../../../src/core/rules/profiles';
import { LIBRARY } from '../../../src/core/templates/library';
import { planInsertion } from '../../../src/core/templates/plan';
import { fits, templatesToAdd } from '../../../src/core/templates/suggest';
import { buildSheet, loadSeed, sheetToGrid, type LevelMode } from '../../fixtures/layout';
import { executeOnGrid, fillPlaceholders } from '../../support/executePlan';
import { gridFromTsv } from '../../support/tsv';
import { ningxiaTsv } from '../../support/tables';

const seeds = {
  ningxia: loadSeed('seed-000.tsv').find((t) => t.name === '社区为民服务资金')!,
  numbered: loadSeed('seed-003.tsv').find((t) => t.name === '平罗县妇联工作保障经费')!,
  hebei: loadSeed('seed-002.tsv').find((t) => t.name === '全县干部培训经费')!,
};
const NOTE = '注：本表金额单位为万元';

/** What reviewers send back (issue 16): none of it is in the library's sets. */
const BOILERPLATE: Array<string | RegExp> = ['办公环境', '工作任务完成率', '长效工作机制', '持续发挥作用', '工作效率', '有效提高', '服务群众能力', /^覆盖率 /, '有效提升', '显著提升', '明显改善'];

const layouts: Array<[string, keyof typeof seeds, LevelMode, boolean]> = [
  ['ningxia merged', 'ningxia', 'merged', true],
  ['ningxia blank-below, no merge info', 'ningxia', 'blank', false],
  ['ningxia repeated', 'ningxia', 'repeated', false],
  ['numbered levels, merged', 'numbered', 'merged', true],
  ['hebei merged', 'hebei', 'merged', true],
];

function sheetWithNote(seed: keyof typeof seeds, levels: LevelMode, merges: boolean) {
  const sheet = buildSheet('S', [seeds[seed]], { levels, percentAsNumber: false }, 0);
  const last = Math.max(...sheet.cells.map((c) => c.row));
  sheet.cells.push({ row: last + 2, col: 0, value: NOTE });
  return sheetToGrid(sheet, merges);
}

function findingKeys(grid: ReturnType<typeof sheetToGrid>, skipRows: ReadonlySet<number>, shift: (row: number) => number) {
  return checkGrids([grid]).findings.filter((f) => !f.cells.some((c) => skipRows.has(Number(/\d+/.exec(c)![0]) - 1))).map((f) => `${f.rule}@${f.cells.map((c) => c.replace(/\d+/, (d) => String(shift(Number(d) - 1) + 1))).join(',')}`);
}

describe.each(layouts)('every project type into %s', (_label, seed, levels, merges) => {
  it.each(LIBRARY.types.map((t) => [t.name, t] as const))('%s', async (_name, type) => {
    const grid = sheetWithNote(seed, levels, merges);
    const [table] = recognizeProjectTables(grid);
    const templates = templatesToAdd(table!, type);
    const plan = planInsertion({ table: table!, merges: grid.merges, templates, framework: 'legacy' });
    const { grid: after, syncs } = await executeOnGrid(grid, plan, merges ? 13 : 7);
    // One sync; one more before ExcelApi 1.9, to read the formats the new rows copy.
    expect(syncs).toBe(merges ? 1 : 2);

    const filled = fillPlaceholders(after);
    const [t2] = recognizeProjectTables(filled);
    expect(t2!.indicators).toHaveLength(table!.indicators.length + templates.length);
    // The new rows sit under the 二级 they belong to.
    for (const p of plan.rows) {
      const row = t2!.indicators.find((r) => r.row === p.row)!;
      expect([p.template, row.level2?.id]).toEqual([p.template, LIBRARY.indicator(p.template)!.level2]);
    }
    // No finding touches an inserted row; the table's other findings are the same, moved down.
    const inserted = new Set(plan.rows.map((r) => r.row));
    const shifts = plan.steps.filter((s) => s.kind === 'insertRows') as Array<{ at: number; count: number }>;
    const shift = (row: number) => row + shifts.filter((s) => s.at <= row).reduce((n, s) => n + s.count, 0);
    expect(checkGrids([filled]).findings.filter((f) => f.cells.some((c) => inserted.has(Number(/\d+/.exec(c)![0]) - 1)))).toEqual([]);
    expect(findingKeys(filled, inserted, (r) => r)).toEqual(findingKeys(grid, new Set(), shift));
    // The note below the table is intact, moved down by the inserted rows.
    const noteRow = shift(Math.max(...[...Array(grid.rowCount).keys()].filter((r) => grid.text(r, 0) === NOTE)));
    expect(after.text(noteRow, 0)).toBe(NOTE);
  });
});

describe('a table made only of a type’s set', () => {
  it.each(LIBRARY.types.map((t) => [t.name, t] as const))('%s passes every rule once the numbers are filled in', async (_name, type) => {
    // An empty table: the header block and the indicator heading, nothing below.
    const skeleton = gridFromTsv(ningxiaTsv('').split('\n').slice(0, 10).join('\n').replace('年度资金总额：\t10', '年度资金总额：\t100').replace('其中：财政拨款\t10', '其中：财政拨款\t100'));
    const [table] = recognizeProjectTables(skeleton);
    expect(table!.indicators).toEqual([]);
    const templates = type.indicators.map((id) => LIBRARY.indicator(id)!).filter((t) => fits(t, 'legacy'));
    const plan = planInsertion({ table: table!, merges: null, templates, framework: 'legacy' });
    const { grid } = await executeOnGrid(skeleton, plan, 7);
    const filled = fillPlaceholders(grid);
    const result = checkGrids([filled], BUILTIN_PROFILES.legacy);
    expect(result.findings.map((f) => `${f.rule} ${f.cells.join(',')} ${f.message}`)).toEqual([]);
    // None of the phrases reviewers send back.
    const [made] = recognizeProjectTables(filled);
    for (const row of made!.indicators) {
      const text = `${row.level3?.text ?? ''} ${row.values.map((v) => v.cell.text).join(' ')}`;
      expect([text, BOILERPLATE.filter((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)))]).toEqual([text, []]);
    }
  });

  it.each(LIBRARY.types.map((t) => [t.name, t] as const))('%s passes every rule in a 2021-framework table, its 2021 cost entries under 成本指标', async (_name, type) => {
    const skeleton = gridFromTsv(ningxiaTsv('').split('\n').slice(0, 10).join('\n').replace('年度资金总额：\t10', '年度资金总额：\t100').replace('其中：财政拨款\t10', '其中：财政拨款\t100'));
    const [table] = recognizeProjectTables(skeleton);
    const templates = type.indicators.map((id) => LIBRARY.indicator(id)!).filter((t) => fits(t, 'mof-2021'));
    const plan = planInsertion({ table: table!, merges: null, templates, framework: 'mof-2021' });
    const { grid } = await executeOnGrid(skeleton, plan, 7);
    const result = checkGrids([fillPlaceholders(grid)], BUILTIN_PROFILES['mof-2021']);
    expect(result.findings.map((f) => `${f.rule} ${f.cells.join(',')} ${f.message}`)).toEqual([]);
  });
});
