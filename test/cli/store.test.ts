/**
 * The workbook store through exceljs / the CLI reader and the `insert` command: a very hidden sheet
 * the recognisers never read, whose column roles change what the CLI finds.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFiles } from '../../src/cli/main';
import { toText } from '../../src/cli/report';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { insertIntoFile, parseInsertArgs } from '../../src/cli/templatesCommand';
import { decodeStore, emptyStore, encodeStore, STORE_SHEET, type Store } from '../../src/core/store/document';
import { writeTaughtWorkbook, TAUGHT_ROWS } from '../support/storeWorkbook';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from '../../src/core/rules/profiles';

const dir = mkdtempSync(join(tmpdir(), 'perf-target-store-'));

const taught: Store = { ...emptyStore(), columns: [{ sheet: '文化活动', heading: '计算单位', role: 'unit' }] };

describe('the workbook store', () => {
  it('the settings the pane saved in the workbook are the CLI’s too, unless --profile asks for others', async () => {
    const plain = join(dir, 'settings-plain.xlsx');
    const saved = join(dir, 'settings-saved.xlsx');
    await writeTaughtWorkbook(plain);
    // Two rules the user switched off in the pane.
    await writeTaughtWorkbook(saved, { ...emptyStore(), settings: { profile: 'auto', satisfactionFloor: 95, roundingTolerancePerPart: 0.005, rulesOff: ['quality-value-kind', 'unknown-column'], live: true } });
    const rules = (r: { findings: Array<{ rule: string }> }) => [...new Set(r.findings.map((f) => f.rule))].sort();
    const [withDefaults] = await checkFiles([plain], undefined);
    const [withSaved] = await checkFiles([saved], undefined);
    expect(rules(withDefaults!)).toEqual(expect.arrayContaining(['quality-value-kind', 'unknown-column']));
    expect(rules(withSaved!)).toEqual(rules(withDefaults!).filter((r) => r !== 'quality-value-kind' && r !== 'unknown-column'));
    // An explicit profile wins over what the workbook holds.
    const [asked] = await checkFiles([saved], BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
    expect(rules(asked!)).toEqual(rules(withDefaults!));
  });

  it('round-trips through exceljs in a very hidden sheet that is never read as a table', async () => {
    const file = join(dir, 'stored.xlsx');
    await writeTaughtWorkbook(file, taught);
    const read = await readWorkbookFile(file);
    expect(read.store).toEqual(taught);
    expect(read.grids.map((g) => g.sheet)).toEqual(['文化活动']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet(STORE_SHEET)?.state).toBe('veryHidden');
  });

  it('a column taught as 计量单位 (计算单位) changes the CLI’s findings on that workbook', async () => {
    const plain = join(dir, 'plain.xlsx');
    const stored = join(dir, 'taught.xlsx');
    await writeTaughtWorkbook(plain);
    await writeTaughtWorkbook(stored, taught);
    const profile = BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!;
    const [before] = await checkFiles([plain], profile);
    const [after] = await checkFiles([stored], profile);
    // Untaught: the 计算单位 column is a note beside the values, which then lack their units.
    expect(before!.findings.filter((f) => f.cells.some((c) => /^D\d+$/.test(c))).map((f) => `${f.rule} ${f.cells}`)).toEqual([
      'quantity-value-is-count D5',
      'quality-value-kind D6',
      'cost-value-is-money D8',
      'satisfaction-is-percent D10',
    ]);
    // Taught: `12` · `场` is 12场, `95` · `%` is 95%: the values check clean.
    expect(after!.findings.filter((f) => f.cells.some((c) => /^[DE]\d+$/.test(c)))).toEqual([]);
    expect(after!.findings.length).toBeLessThan(before!.findings.length);
  });

  it('survives the insert command', async () => {
    const input = join(dir, 'insert-in.xlsx');
    const output = join(dir, 'insert-out.xlsx');
    // Without the unit column (insertion refuses tables with a unit column it cannot fill).
    await writeTaughtWorkbook(input, taught, TAUGHT_ROWS.map((r) => r.slice(0, 4)));
    await insertIntoFile(parseInsertArgs(['--sheet', '文化活动', '--table', '1', '--indicator', 'beneficiary-satisfaction', input, output]));
    const read = await readWorkbookFile(output);
    expect(read.store).toEqual(taught);
    expect(read.grids.map((g) => g.sheet)).toEqual(['文化活动']);
  });

  it('a damaged store is ignored and the CLI says so, the tables still checked', async () => {
    const file = join(dir, 'damaged.xlsx');
    await writeTaughtWorkbook(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.addWorksheet(STORE_SHEET, { state: 'veryHidden' }).getCell('A1').value = '{"version":1,"columns":[{';
    await wb.xlsx.writeFile(file);
    const [r] = await checkFiles([file], BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
    expect(r!.storeError).toBe('工作簿中保存的助手数据已损坏，已忽略，检查照常进行');
    expect(r!.tables.map((t) => t.sheet)).toEqual(['文化活动']);
    expect(toText([r!], false)).toContain('注意：工作簿中保存的助手数据已损坏');
  });

  it('a damaged or newer store is ignored with a Chinese message, and a long one is chunked under the cell limit', () => {
    expect(decodeStore(['{"version":1,'])).toEqual({ error: '工作簿中保存的助手数据已损坏，已忽略，检查照常进行' });
    expect(decodeStore(['{"version":2}'])).toEqual({ error: '工作簿中保存的助手数据来自更新的版本，已忽略' });
    const big: Store = { ...emptyStore(), columns: Array.from({ length: 2000 }, (_, i) => ({ sheet: `表${i}`, heading: `第${i}村`, role: 'value' as const })) };
    const chunks = encodeStore(big);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= 32767)).toBe(true);
    expect(decodeStore(chunks)).toEqual({ store: big });
  });
});
