/**
 * The binary workbooks reviewers receive: .xls (Excel 97-2003) and .et (WPS, the same compound-file
 * format — the .et case below is an .xls renamed .et, which is what WPS writes), read by content,
 * not extension, into exactly the grids of the same workbook saved as .xlsx; and directories walked.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { runCheck } from '../../src/cli/main';
import { checkGrids } from '../../src/core/engine/check';
import ExcelJS from 'exceljs';
import { existsSync } from 'fs';
import type { Grid } from '../../src/core/grid/grid';

const FIXTURES = join(__dirname, '..', 'fixtures');
const SEEDS = ['seed-000-pingluo-zuzhibu', 'seed-001-tongfu', 'seed-002-dachang-projects', 'seed-002-dachang-unit', 'seed-003-pingluo-xianweiban', 'seed-004-suixi-department'];
const dir = mkdtempSync(join(tmpdir(), 'perf-target-binary-'));

/** A grid as values, displayed text and merges. */
function cellsOf(g: Grid): string {
  const rows: string[] = [];
  for (let r = 0; r < g.rowCount; r++) {
    const row: string[] = [];
    for (let c = 0; c < g.colCount; c++) if (g.value(r, c) !== null) row.push(`${c}=${JSON.stringify(g.value(r, c))}|${g.text(r, c)}`);
    rows.push(row.join(';'));
  }
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  const merges = [...(g.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left);
  return JSON.stringify({ sheet: g.sheet, rows, merges });
}

describe.each(SEEDS)('%s saved as .xls', (seed) => {
  it('reads as the .xlsx does: values, displayed text, merges, findings', async () => {
    const [xlsx, xls] = [await readWorkbookFile(join(FIXTURES, `${seed}.xlsx`)), await readWorkbookFile(join(FIXTURES, 'xls', `${seed}.xls`))];
    expect(xls.grids.map(cellsOf)).toEqual(xlsx.grids.map(cellsOf));
    expect(checkGrids(xls.grids).findings).toEqual(checkGrids(xlsx.grids).findings);
  });
});

describe('binary workbooks by content', () => {
  it('reads a WPS .et (an .xls renamed .et) and an .xls named .xlsx alike', async () => {
    const et = join(dir, '单位.et');
    const misnamed = join(dir, '其实是xls.xlsx');
    copyFileSync(join(FIXTURES, 'xls', 'seed-001-tongfu.xls'), et);
    copyFileSync(join(FIXTURES, 'xls', 'seed-001-tongfu.xls'), misnamed);
    const expected = checkGrids((await readWorkbookFile(join(FIXTURES, 'seed-001-tongfu.xlsx'))).grids).findings;
    expect(checkGrids((await readWorkbookFile(et)).grids).findings).toEqual(expected);
    expect(checkGrids((await readWorkbookFile(misnamed)).grids).findings).toEqual(expected);
  });

  it('names a damaged compound file in Chinese', async () => {
    const broken = join(dir, '坏的.xls');
    const bytes = readFileSync(join(FIXTURES, 'xls', 'seed-001-tongfu.xls'));
    writeFileSync(broken, bytes.subarray(0, 600));
    await expect(readWorkbookFile(broken)).rejects.toThrow(/^(\.xls \/ \.et 文件已损坏|这个文件里没有工作表)/);
  });
});

describe('a directory of submissions', () => {
  it('checks its workbooks recursively, skips other files and lock files with a note, same names in two folders apart', async () => {
    const root = join(dir, '县财政局');
    mkdirSync(join(root, '甲镇'), { recursive: true });
    mkdirSync(join(root, '乙镇'), { recursive: true });
    copyFileSync(join(FIXTURES, 'seed-003-pingluo-xianweiban.xlsx'), join(root, '甲镇', '绩效目标表.xlsx'));
    copyFileSync(join(FIXTURES, 'xls', 'seed-003-pingluo-xianweiban.xls'), join(root, '乙镇', '绩效目标表.xls'));
    copyFileSync(join(FIXTURES, 'xls', 'seed-004-suixi-department.xls'), join(root, '乙镇', '部门整体.et'));
    writeFileSync(join(root, '乙镇', '说明.txt'), '请于周五前报送');
    writeFileSync(join(root, '甲镇', '~$绩效目标表.xlsx'), 'lock');
    let out = '';
    const stream = { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream;
    const code = await runCheck(['--format', 'json', root], stream, stream, false);
    const doc = JSON.parse(out) as { files: Array<{ file: string; error: string | null; findings: unknown[] }>; skipped: Array<{ file: string; reason: string }> };
    // In a stable order (names compared as written, folder by folder).
    expect(doc.files.map((f) => f.file.slice(root.length + 1))).toEqual([join('乙镇', '绩效目标表.xls'), join('乙镇', '部门整体.et'), join('甲镇', '绩效目标表.xlsx')]);
    expect(doc.files.every((f) => f.error === null)).toBe(true);
    // The .xls gives the .xlsx's findings.
    expect(doc.files[0]!.findings).toEqual(doc.files[2]!.findings);
    expect(doc.skipped.map((s) => [s.file.slice(root.length + 1), s.reason])).toEqual([
      [join('乙镇', '说明.txt'), '不是工作簿（.txt）'],
      [join('甲镇', '~$绩效目标表.xlsx'), 'Excel / WPS 打开工作簿时留下的临时锁文件'],
    ]);
    expect(code).toBe(1);
  });

  it('draws a progress line on a terminal’s stderr, while stdout stays one JSON document', async () => {
    let out = '';
    let err = '';
    const stdout = { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream;
    const stderr = { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WritableStream;
    const files = [join(FIXTURES, 'seed-001-tongfu.xlsx'), join(FIXTURES, 'xls', 'seed-003-pingluo-xianweiban.xls')];
    await runCheck(['--format', 'json', '--jobs', '2', ...files], stdout, stderr, false, true, true);
    const files2 = (JSON.parse(out) as { files: Array<{ error: string | null; findings: unknown[] }> }).files;
    expect(files2).toHaveLength(2);
    // Read in the workers (from source: tsx registered there), the .xls too.
    expect(files2.map((f) => f.error)).toEqual([null, null]);
    expect(files2[1]!.findings.length).toBeGreaterThan(0);
    expect(err).toContain('已检查 2/2 个文件，错误 ');
    expect(err).toContain('正在检查：');
    expect(err.endsWith('\r\x1b[K')).toBe(true);
  }, 60000);

  it('--out writes 汇总.xlsx: a row per file and table with its status, every finding with its file, filters and frozen headings; inputs untouched', async () => {
    const root = join(dir, '汇总测试');
    mkdirSync(root, { recursive: true });
    copyFileSync(join(FIXTURES, 'seed-003-pingluo-xianweiban.xlsx'), join(root, 'a.xlsx'));
    copyFileSync(join(FIXTURES, 'xls', 'seed-001-tongfu.xls'), join(root, 'b.xls'));
    writeFileSync(join(root, 'c.xlsx'), 'not a workbook');
    const before = ['a.xlsx', 'b.xls', 'c.xlsx'].map((f) => readFileSync(join(root, f)));
    const out = join(dir, '汇总输出');
    let text = '';
    const stream = { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream;
    expect(await runCheck(['--out', out, root], stream, stream, false)).toBe(2);
    expect(text).toContain(`汇总已写入「${join(out, '汇总.xlsx')}」`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, '汇总.xlsx'));
    const sheet = wb.getWorksheet('汇总')!;
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(sheet.getRow(1).values).toEqual([undefined, '文件', '工作表', '表格', '类型', '错误', '警告', '提示', '状态']);
    // 8 tables of a.xlsx, 11 of b.xls (and its cross-table line if any), c.xlsx unreadable.
    const statuses = rows.map((r) => r[8]);
    expect(statuses.filter((x) => x === '无法读取')).toHaveLength(1);
    expect(statuses.every((x) => ['通过', '需修改', '无法读取'].includes(String(x)))).toBe(true);
    expect(rows.filter((r) => String((r[1] as { text?: string }).text ?? r[1]).endsWith('a.xlsx'))).toHaveLength(8);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    const problems = wb.getWorksheet('问题')!;
    expect(problems.rowCount - 1).toBe(checkGrids((await readWorkbookFile(join(root, 'a.xlsx'))).grids).findings.length + checkGrids((await readWorkbookFile(join(root, 'b.xls'))).grids).findings.length);
    // The annotated copy of a.xlsx: its findings' cells filled and noted, a 检查结果 sheet at the end.
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(join(out, 'a.xlsx'));
    const found = checkGrids((await readWorkbookFile(join(root, 'a.xlsx'))).grids).findings.find((f) => f.severity === 'error')!;
    const cell = copy.getWorksheet(found.sheet)!.getCell(found.cells[0]!);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(JSON.stringify(cell.note)).toContain(found.message.slice(0, 10));
    // Only the flagged cells: a neighbour that shared its style is not coloured with it.
    const flagged = new Set(checkGrids((await readWorkbookFile(join(root, 'a.xlsx'))).grids).findings.flatMap((f) => f.cells));
    const ws = copy.getWorksheet(found.sheet)!;
    let coloured = 0;
    ws.eachRow((row) => row.eachCell((c) => void (['FFFFC7CE', 'FFFFEB9C'].includes(String((c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb)) && (coloured++, expect(flagged.has(c.address)).toBe(true)))));
    expect(coloured).toBeGreaterThan(0);
    expect(copy.worksheets.at(-1)!.name).toBe('检查结果');
    expect(copy.worksheets.at(-1)!.getCell('A1').value).toBe('绩效目标表检查结果');
    // The copy reads back with the original's tables.
    expect((await readWorkbookFile(join(out, 'a.xlsx'))).grids.filter((g) => g.sheet !== '检查结果').length).toBe((await readWorkbookFile(join(root, 'a.xlsx'))).grids.length);
    // The .xls gets an .xlsx copy that says what the conversion kept; the unreadable file has none.
    const converted = new ExcelJS.Workbook();
    await converted.xlsx.readFile(join(out, 'b.xlsx'));
    expect(String(converted.worksheets.at(-1)!.getCell('A2').value)).toContain('本副本由 .xls / .et 转换为 .xlsx');
    expect(existsSync(join(out, 'c.xlsx'))).toBe(false);
    // Each file's name links to its copy beside 汇总.xlsx, the unreadable one to itself.
    const links = new Map(rows.map((r) => [String((r[1] as { text: string }).text), (r[1] as { hyperlink: string }).hyperlink]));
    expect(links.get(join(root, 'a.xlsx'))).toBe('a.xlsx');
    expect(links.get(join(root, 'b.xls'))).toBe('b.xlsx');
    expect(links.get(join(root, 'c.xlsx'))).toBe(relative(out, join(root, 'c.xlsx')));
    // Inputs byte for byte as they were; a second run keeps the summary unless --force.
    expect(['a.xlsx', 'b.xls', 'c.xlsx'].map((f) => readFileSync(join(root, f)))).toEqual(before);
    text = '';
    expect(await runCheck(['--out', out, root], stream, stream, false)).toBe(2);
    expect(text).toContain('已存在；要覆盖请加 --force');
    expect(await runCheck(['--out', out, '--force', root], stream, stream, false)).toBe(2);
    expect(existsSync(join(out, '汇总.xlsx'))).toBe(true);
  }, 60000);
});
