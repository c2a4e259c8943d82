/**
 * `insert` never loses the user's work: custom properties and the add-in's webextension parts are
 * carried through; a workbook holding what exceljs would not write back (images, charts, comments)
 * is refused with what would be lost; formulas, names, print areas, conditional formats and
 * validations follow the inserted rows, and a reference that cannot is refused, naming it; OUT is never IN (links included), an existing OUT is replaced
 * only with --force, and a write that fails leaves no half-written file. A 部门整体 table's
 * indicators can be completed too.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { insertIntoFile, parseInsertArgs } from '../../src/cli/templatesCommand';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { checkGrids } from '../../src/core/engine/check';
import { CUSTOM_REL, PACKAGE_PARTS, TASKPANES_REL, withOfficeParts, withPackageParts, type OfficePart } from '../support/officeParts';
import { writeTaughtWorkbook, TAUGHT_ROWS } from '../support/storeWorkbook';

const dir = mkdtempSync(join(tmpdir(), 'perf-target-insert-safety-'));
const FIXTURES = join(__dirname, '..', 'fixtures');
/** The county table without its unit column, which has no 满意度 row yet. */
const ROWS = TAUGHT_ROWS.map((r) => r.slice(0, 4)).filter((r) => r[0] !== '满意度指标');
let plain = '';
let n = 0;

beforeAll(async () => {
  plain = join(dir, 'plain.xlsx');
  await writeTaughtWorkbook(plain, undefined, ROWS);
});

const args = (input: string, output: string, ...extra: string[]) =>
  parseInsertArgs(['--sheet', '文化活动', '--table', '1', '--indicator', 'beneficiary-satisfaction', ...extra, input, output]);

async function refusal(input: string, ...extra: string[]): Promise<string> {
  const output = join(dir, `out-${n++}.xlsx`);
  const before = readFileSync(input);
  const error = await insertIntoFile(args(input, output, ...extra)).then(
    () => 'written',
    (e: Error) => e.message,
  );
  expect(existsSync(output)).toBe(error === 'written');
  expect(readFileSync(input).equals(before)).toBe(true);
  return error;
}

/** The plain workbook with `edit` applied through exceljs. */
async function edited(edit: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(plain);
  edit(wb, wb.getWorksheet('文化活动')!);
  const file = join(dir, `edited-${n++}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('insert refuses what it would damage', () => {
  it.each<[OfficePart, string]>([
    ['image', '图片'],
    ['chart', '图表'],
    ['chartsheet', '图表、图表工作表'],
    ['comments', '批注'],
    ['comments-folder', '批注'],
  ])('a workbook with %s, naming it', async (part, name) => {
    const input = join(dir, `with-${part}.xlsx`);
    writeFileSync(input, await withOfficeParts(readFileSync(plain), [part]));
    expect(await refusal(input)).toBe(`「${input}」含有${name}，命令行插入后会丢失这些内容，未写入。请在 Excel 中用任务窗格插入`);
  });

  it('carries custom properties (as WPS writes them) and the add-in’s webextension parts through, byte for byte', async () => {
    const input = join(dir, 'with-props.xlsx');
    writeFileSync(input, await withPackageParts(readFileSync(plain)));
    const output = join(dir, `out-${n++}.xlsx`);
    await insertIntoFile(args(input, output));

    const out = await JSZip.loadAsync(readFileSync(output));
    for (const [name, text] of Object.entries(PACKAGE_PARTS)) expect(await out.file(name)!.async('string')).toBe(text);
    const outTypes = await out.file('[Content_Types].xml')!.async('string');
    for (const name of ['docProps/custom.xml', 'xl/webextensions/taskpanes.xml', 'xl/webextensions/webextension1.xml']) {
      expect(outTypes.split(`PartName="/${name}"`)).toHaveLength(2);
    }
    const outRels = [...(await out.file('_rels/.rels')!.async('string')).matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]);
    const ids = outRels.map((r) => /Id="([^"]+)"/.exec(r)![1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(outRels.filter((r) => r.includes(CUSTOM_REL) && r.includes('Target="docProps/custom.xml"'))).toHaveLength(1);
    expect(outRels.filter((r) => r.includes(TASKPANES_REL) && r.includes('Target="xl/webextensions/taskpanes.xml"'))).toHaveLength(1);
    // The row went in, and the file still opens.
    const { grids } = await readWorkbookFile(output);
    expect(grids[0]!.text(9, 3)).toBe('≥90%');
  });

  it('re-points formulas as Excel does: on the sheet, below the new rows, and on other sheets', async () => {
    const input = await edited((wb, ws) => {
      ws.getCell('B2').value = { formula: 'D8', result: 8 } as ExcelJS.CellFormulaValue;
      // Well below the table (not one of its rows).
      ws.getCell('F20').value = { formula: 'SUM(D5:D10)', result: 3025 } as ExcelJS.CellFormulaValue;
      wb.addWorksheet('汇总').getCell('A1').value = { formula: "'文化活动'!F20*2", result: 6050 } as ExcelJS.CellFormulaValue;
    });
    const output = join(dir, `out-${n++}.xlsx`);
    await insertIntoFile(args(input, output));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('文化活动')!;
    // The new 满意度 row went in at row 10: B2 still reads D8; F20 moved to F21 and its range grew; 汇总 follows it.
    expect(ws.getCell('D10').value).toBe('≥90%');
    expect(ws.getCell('B2').value).toEqual({ formula: 'D8', result: 8 });
    expect(ws.getCell('F21').value).toEqual({ formula: 'SUM(D5:D11)', result: 3025 });
    expect(wb.getWorksheet('汇总')!.getCell('A1').value).toEqual({ formula: "'文化活动'!F21*2", result: 6050 });
  });

  it('a formula it cannot re-point (INDIRECT, a name, an array the rows would split), naming the cell and why', async () => {
    const indirect = await edited((_, ws) => (ws.getCell('F12').value = { formula: 'INDIRECT("D"&9)', result: 0 } as ExcelJS.CellFormulaValue));
    expect(await refusal(indirect)).toBe(
      'F12 的公式「=INDIRECT("D"&9)」含有INDIRECT 函数（由文字拼出的引用无法随插入的行调整），插入行后无法调整它的引用，未写入（不写错误的引用）。请在 Excel 中用任务窗格插入，Excel 会调整公式',
    );
    const named = await edited((wb) => (wb.addWorksheet('汇总').getCell('A1').value = { formula: '资金合计*2', result: 0 } as ExcelJS.CellFormulaValue));
    expect(await refusal(named)).toMatch(/^工作表「汇总」A1 的公式「=资金合计\*2」含有名称或无法读懂的引用「资金合计」/);
    // A new 数量指标 row goes in at row 6, between F5 and F6: Excel would refuse to split the array too.
    const array = await edited((_, ws) => {
      ws.getCell('F5').value = { formula: 'D5:D6*2', result: 24, shareType: 'array', ref: 'F5:F6' } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('F6').value = 190;
    });
    expect(await refusal(array, '--indicator', 'meeting-count')).toBe(
      '新行会插在数组公式 F5:F6（F5 的公式「=D5:D6*2」）的中间，Excel 也不允许只改数组的一部分，未写入。请先把数组公式移到表格之外',
    );
  });

  it('re-points array formulas and moves their ranges, on the sheet and on others', async () => {
    const input = await edited((wb, ws) => {
      // Above the new row, reading across it; and below it, moving down.
      ws.getCell('F5').value = { formula: 'SUM(D5:D10*1)', result: 3134, shareType: 'array', ref: 'F5' } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('F20').value = { formula: 'D5:D6*2', result: 24, shareType: 'array', ref: 'F20:F21' } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('F21').value = 190;
      wb.addWorksheet('汇总').getCell('A1').value = { formula: "'文化活动'!D9:D10+0", result: 3000, shareType: 'array', ref: 'A1:A2' } as unknown as ExcelJS.CellFormulaValue;
      wb.getWorksheet('汇总')!.getCell('A2').value = 90;
    });
    const output = join(dir, `out-${n++}.xlsx`);
    await insertIntoFile(args(input, output));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('文化活动')!;
    expect(ws.getCell('F5').value).toEqual({ formula: 'SUM(D5:D11*1)', result: 3134, shareType: 'array', ref: 'F5' });
    expect(ws.getCell('F20').value).toBeNull();
    expect(ws.getCell('F21').value).toEqual({ formula: 'D5:D6*2', result: 24, shareType: 'array', ref: 'F21:F22' });
    expect(ws.getCell('F22').value).toBe(190);
    expect(wb.getWorksheet('汇总')!.getCell('A1').value).toEqual({ formula: "'文化活动'!D9:D11+0", result: 3000, shareType: 'array', ref: 'A1:A2' });
    // Read back by the checker as the same values.
    expect((await readWorkbookFile(output)).grids.find((g) => g.sheet === '文化活动')!.value(20, 5)).toBe(24);
  });

  it('writes a shared formula out in each cell that shares it, and re-points each', async () => {
    const shared = await edited((_, ws) => {
      ws.getCell('F8').value = { formula: 'D8*2', result: 16, shareType: 'shared', ref: 'F8:F9' } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('F9').value = { sharedFormula: 'F8', result: 6000 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('F20').value = { formula: 'SUM(F8:F9)', result: 6016 } as ExcelJS.CellFormulaValue;
    });
    const output = join(dir, `out-${n++}.xlsx`);
    await insertIntoFile(args(shared, output));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('文化活动')!;
    expect([ws.getCell('F8').value, ws.getCell('F9').value, ws.getCell('F21').value]).toEqual([
      { formula: 'D8*2', result: 16 },
      { formula: 'D9*2', result: 6000 },
      { formula: 'SUM(F8:F9)', result: 6016 },
    ]);
  });

  it('moves conditional formats, data validations, names and the print area with the rows, as Excel does', async () => {
    const input = await edited((wb, ws) => {
      ws.addConditionalFormatting({ ref: 'D5:D12', rules: [{ type: 'expression', priority: 1, formulae: ['D12=""'], style: {} }] });
      ws.getCell('D9').dataValidation = { type: 'list', allowBlank: true, formulae: ['"是,否"'] };
      ws.getCell('D12').dataValidation = { type: 'list', allowBlank: true, formulae: ['$F$1:$F$2'] };
      wb.definedNames.add("'文化活动'!$D$5:$D$12", '指标值');
      wb.definedNames.add("'文化活动'!$B$2", '资金总额');
      ws.pageSetup.printArea = 'A1:D12';
      ws.pageSetup.printTitlesRow = '1:3';
    });
    const output = join(dir, `out-${n++}.xlsx`);
    await insertIntoFile(args(input, output));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('文化活动')!;
    // The new row went in at row 10: what spans it grows, what is below moves, what is above stays.
    expect((ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings.map((c) => [c.ref, c.rules[0]!.formulae])).toEqual([
      ['D5:D13', ['D13=""']],
    ]);
    expect(Object.keys((ws as unknown as { dataValidations: { model: object } }).dataValidations.model).sort()).toEqual(['D13', 'D9']);
    expect(ws.getCell('D13').dataValidation).toMatchObject({ formulae: ['$F$1:$F$2'] });
    expect(wb.definedNames.model.map((d) => [d.name, d.ranges])).toEqual([
      ['指标值', ["'文化活动'!$D$5:$D$13"]],
      ['资金总额', ["'文化活动'!$B$2"]],
    ]);
    expect([ws.pageSetup.printArea, ws.pageSetup.printTitlesRow]).toEqual(['A1:D13', '1:3']);
  });

  it('moves what other sheets point at in the table: their conditional formats’ and validations’ formulas', async () => {
    const input = await edited((wb) => {
      const other = wb.addWorksheet('汇总');
      other.addConditionalFormatting({ ref: 'A1:A20', rules: [{ type: 'expression', priority: 1, formulae: ["'文化活动'!$D$12=\"\""], style: {} }] });
      other.getCell('B3').dataValidation = { type: 'list', allowBlank: true, formulae: ["'文化活动'!$C$5:$C$12"] };
      other.getCell('B4').dataValidation = { type: 'list', allowBlank: true, formulae: ['$A$5:$A$12'] };
    });
    const output = join(dir, `out-${n++}.xlsx`);
    await insertIntoFile(args(input, output));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const other = wb.getWorksheet('汇总')!;
    // 汇总's own ranges stay where they are; what names 文化活动 follows the new row 10.
    expect((other as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings.map((c) => [c.ref, c.rules[0]!.formulae])).toEqual([
      ['A1:A20', ["'文化活动'!$D$13=\"\""]],
    ]);
    expect(other.getCell('B3').dataValidation).toMatchObject({ formulae: ["'文化活动'!$C$5:$C$13"] });
    expect(other.getCell('B4').dataValidation).toMatchObject({ formulae: ['$A$5:$A$12'] });
  });

  it('a conditional format whose formula it cannot re-point is refused, naming it', async () => {
    const cf = await edited((_, ws) => ws.addConditionalFormatting({ ref: 'D5:D12', rules: [{ type: 'expression', priority: 1, formulae: ['INDIRECT("D5")=""'], style: {} }] }));
    expect(await refusal(cf)).toBe('条件格式的公式（INDIRECT("D5")=""）含有INDIRECT 函数（由文字拼出的引用无法随插入的行调整），插入行后无法调整，未写入');
  });

  it('a file that is not a workbook, in Chinese', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const input = join(dir, 'report.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await refusal(input)).toBe(`无法读取「${input}」：这是 Word 文档（.docx），不是 Excel 工作簿`);
    const truncated = join(dir, 'truncated.xlsx');
    writeFileSync(truncated, readFileSync(plain).subarray(0, 200));
    expect(await refusal(truncated)).toBe(`无法读取「${truncated}」：不是有效的 .xlsx 文件（压缩包已损坏或不完整）`);
  });
});

describe('insert writes OUT whole, and never over IN', () => {
  it('refuses OUT that is IN through a hard link or a symbolic link', async () => {
    const hard = join(dir, 'hard.xlsx');
    const soft = join(dir, 'soft.xlsx');
    linkSync(plain, hard);
    symlinkSync(plain, soft);
    const before = readFileSync(plain);
    for (const out of [hard, soft]) {
      await expect(insertIntoFile(args(plain, out, '--force'))).rejects.toThrow('输出文件就是输入文件（经由链接），不修改原文件，未写入');
    }
    expect(readFileSync(plain).equals(before)).toBe(true);
  });

  it('replaces an existing OUT only with --force, and leaves no temporary file', async () => {
    const out = join(dir, 'existing.xlsx');
    writeFileSync(out, 'keep me');
    await expect(insertIntoFile(args(plain, out))).rejects.toThrow(`输出文件「${out}」已存在；要覆盖请加 --force`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    await insertIntoFile(args(plain, out, '--force'));
    const grid = (await readWorkbookFile(out)).grids[0]!;
    expect(checkGrids([grid]).findings.filter((f) => f.rule === 'required-level2')).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a write that cannot happen leaves nothing behind and says why', async () => {
    const out = join(dir, 'no-such-folder', 'out.xlsx');
    await expect(insertIntoFile(args(plain, out))).rejects.toThrow(`无法写入「${out}」：输出文件夹不存在，没有留下不完整的文件`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('insert into a 部门整体 table', () => {
  it('completes the indicators under its tasks (seed 004), named by the department', async () => {
    const out = join(dir, 'department.xlsx');
    const summary = await insertIntoFile(
      parseInsertArgs(['--sheet', '部门整体绩效目标表', '--table', '1', '--indicator', 'beneficiary-satisfaction', join(FIXTURES, 'seed-004-suixi-department.xlsx'), out]),
    );
    expect(summary).toBe('「中共遂溪县委组织部」已插入 1 行：“服务对象满意度指标”下 1 行（受益群众满意度）');
    const [t] = checkGrids((await readWorkbookFile(out)).grids).tables;
    expect(t).toMatchObject({ kind: 'department', name: '中共遂溪县委组织部' });
  });
});
