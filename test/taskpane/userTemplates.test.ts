/**
 * Templates learned from the user's own tables, through the pane's controller on the fake Excel
 * host: a seed table becomes a named set in the workbook store (numbers that change year to year as
 * placeholders), is exported as a file, imported into another workbook and inserted there as a
 * blank table — with the same 三级 rows as the table it was learned from.
 */
import { join } from 'path';
import { parseRangeA1 } from '../../src/core/grid/address';
import { isProjectTable, recognizeSheet } from '../../src/core/engine/check';
import { projectName } from '../../src/core/model';
import { harvestTemplate, readTemplateFile, valuePattern } from '../../src/core/templates/userTemplates';
import type { ExcelHost } from '../../src/excel/host';
import { excelPaneHost } from '../../src/excel/paneHost';
import { memoryLegacySettings } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { FakeExcelHost } from '../support/fakeExcel/host';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';
import Decimal from 'decimal.js';

const FIXTURES = join(__dirname, '..', 'fixtures');

async function open(file: string) {
  const fake = new FakeExcelHost(await fakeWorkbookFromXlsx(join(FIXTURES, file)), { excelApi: 13 });
  const checker = new Checker(excelPaneHost(fake as unknown as ExcelHost), memoryLegacySettings({ live: false }), { debounceMs: 0 });
  await checker.fullCheck();
  return { fake, checker };
}

describe('a value as a pattern', () => {
  it('turns counts, amounts, the funds and years into placeholders, and keeps rates, scores and deadline months', () => {
    const total = new Decimal(130);
    expect(valuePattern('65人', total)).toBe('{n}人');
    expect(valuePattern('≥800人次', total)).toBe('≥{n}人次');
    expect(valuePattern('≤130万元', total)).toBe('≤{total}万元');
    expect(valuePattern('2万元/人/年', total)).toBe('{n}万元/人/年');
    expect(valuePattern('2024年12月底前', total)).toBe('{year}年12月底前');
    expect(valuePattern('≥95%', total)).toBe('≥95%');
    expect(valuePattern('100百分比', total)).toBe('100百分比');
    expect(valuePattern('有效提升', total)).toBe('有效提升');
  });
});

describe('a template learned from a seed table', () => {
  it('keeps each row’s place, name and value pattern, with 历史标准 as its basis', async () => {
    const { grids } = await readWorkbookFile(join(FIXTURES, 'seed-001-tongfu.xlsx'));
    const table = recognizeSheet(grids[2]!).filter(isProjectTable)[0]!;
    expect(projectName(table)).toBe('村干部报酬自治区补助资金');
    const set = harvestTemplate(table, grids[2]!.sheet)!;
    expect(set.name).toBe('村干部报酬自治区补助资金');
    expect(set.indicators.map((t) => t.name)).toEqual(table.indicators.map((r) => r.level3.text.trim()));
    expect(set.indicators.every((t) => t.basis === '历史标准')).toBe(true);
    expect(set.indicators.find((t) => t.level2 === 'quantity')!.value).toMatch(/\{n\}/);
  });

  it('is refused as a file when it is not one, in Chinese', () => {
    expect(readTemplateFile('not json')).toEqual({ error: '不是模板文件：内容不是 JSON' });
    expect(readTemplateFile('{"format":"other"}')).toEqual({ error: '不是本助手导出的模板文件（缺少 format: perf-target-templates）' });
    expect('error' in readTemplateFile('{"format":"perf-target-templates","version":1,"sets":[]}')).toBe(true);
  });
});

describe('harvest, export, import into another workbook, insert', () => {
  it('gives the same 三级 rows as the table it was learned from', async () => {
    const a = await open('seed-000-pingluo-zuzhibu.xlsx');
    const source = a.checker.getSnapshot().result.tables.find((t) => t.name === '干部教育培训')!;
    const set = await a.checker.harvestTable(source.sheet, parseRangeA1(source.range)!.top);
    expect(set).toBeDefined();
    // In the workbook's store, listed for the pane.
    expect(a.checker.userTemplateSets().map((s) => s.id)).toEqual([set!.id]);
    expect(a.checker.getSnapshot().templateSets?.map((s) => s.name)).toEqual(['干部教育培训']);
    const file = a.checker.exportTemplates()!;

    const b = await open('seed-003-pingluo-xianweiban.xlsx');
    expect(b.checker.userTemplateSets()).toEqual([]);
    expect(await b.checker.importTemplates(file)).toEqual({ count: 1 });
    const sheets = b.fake.model.sheets.length;
    const plan = await b.checker.insertBlankTable(b.checker.getSnapshot().result.tables[0]!.sheet, set!.id, true);
    expect(plan).toBeDefined();
    expect(b.fake.model.sheets.length).toBe(sheets + 1);
    const made = b.checker.getSnapshot().result.tables.filter((t) => t.sheet === b.fake.model.sheets.at(-1)!.name);
    expect(made).toHaveLength(1);
    const inserted = b.checker.indicatorTableAt(made[0]!.sheet, parseRangeA1(made[0]!.range)!.top)!;
    const learned = a.checker.indicatorTableAt(source.sheet, parseRangeA1(source.range)!.top)!;
    expect(inserted.indicators.map((r) => r.level3.text.trim())).toEqual(learned.indicators.map((r) => r.level3.text.trim()));
    expect(inserted.indicators.map((r) => r.level2?.id)).toEqual(learned.indicators.map((r) => r.level2?.id));
  });

  it('offers only the rows a table does not have yet, and a set can be removed', async () => {
    const a = await open('seed-000-pingluo-zuzhibu.xlsx');
    const source = a.checker.getSnapshot().result.tables.find((t) => t.name === '干部教育培训')!;
    const top = parseRangeA1(source.range)!.top;
    const set = (await a.checker.harvestTable(source.sheet, top))!;
    // The table it came from already has every row.
    expect(a.checker.templateSuggestions(source.sheet, top)!.forType(set.id)).toEqual([]);
    await a.checker.removeTemplateSet(set.id);
    expect(a.checker.userTemplateSets()).toEqual([]);
  });
});
