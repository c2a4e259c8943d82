/**
 * A reviewer's season in one command, as the compiled CLI runs it (each file in a worker): a
 * folder holding the seed fixtures as .xlsx and as .xls, a WPS .et (an .xls renamed .et — the
 * format is the same), a file that is not a workbook and a corrupt one, in two subfolders whose
 * files have the same names; `--out` writes the annotated copies and 汇总.xlsx. And the annotated
 * .xlsx copy of a binary input: what it keeps, and what makes it refuse.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { writeAnnotatedCopy } from '../../src/cli/annotate';
import { binaryPartsLost } from '../../src/cli/binaryCopy';
import { checkFile } from '../../src/cli/checkFile';
import { runCheck } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid/grid';

const FIXTURES = join(__dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'perf-target-reviewer-'));

interface Doc {
  files: Array<{ file: string; error: string | null; findings: Array<{ rule: string; cells: string[]; message: string }> }>;
  skipped: Array<{ file: string; reason: string }>;
}

function sink(): { stream: NodeJS.WritableStream; text: () => string } {
  let text = '';
  return { stream: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream, text: () => text };
}

/** Every file under `root`, as relative path → bytes. */
function snapshot(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(root, p), readFileSync(p));
    }
  };
  walk(root);
  return out;
}

const cells = (g: Grid) => {
  const rows: string[] = [];
  for (let r = 0; r < g.rowCount; r++) for (let c = 0; c < g.colCount; c++) if (g.value(r, c) !== null) rows.push(`${r},${c}=${JSON.stringify(g.value(r, c))}|${g.text(r, c)}`);
  return { sheet: g.sheet, rows, merges: [...(g.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left) };
};

describe('a district’s submissions in one command', () => {
  const root = join(dir, '报送');
  const out = join(dir, '结果');
  const seeds = ['seed-001-tongfu', 'seed-003-pingluo-xianweiban', 'seed-004-suixi-department'];
  let doc: Doc;
  let stderr: string;
  let code: number;
  let before: Map<string, Buffer>;

  beforeAll(async () => {
    // 甲镇 and 乙镇 hand in files of the same names; 乙镇's are the .xls (and one .et) of 甲镇's.
    mkdirSync(join(root, '甲镇'), { recursive: true });
    mkdirSync(join(root, '乙镇'), { recursive: true });
    for (const s of seeds) {
      copyFileSync(join(FIXTURES, `${s}.xlsx`), join(root, '甲镇', `${s}.xlsx`));
      copyFileSync(join(FIXTURES, 'xls', `${s}.xls`), join(root, '乙镇', s === 'seed-004-suixi-department' ? `${s}.et` : `${s}.xls`));
    }
    // An .xls beside the .xlsx of the same name: two copies that must not meet.
    copyFileSync(join(FIXTURES, 'xls', 'seed-001-tongfu.xls'), join(root, '甲镇', 'seed-001-tongfu.xls'));
    writeFileSync(join(root, '乙镇', '报送说明.docx'), 'PK\x03\x04 not really');
    writeFileSync(join(root, '乙镇', '通知.pdf'), '%PDF-1.4');
    writeFileSync(join(root, '甲镇', '损坏.xlsx'), readFileSync(join(FIXTURES, 'seed-001-tongfu.xlsx')).subarray(0, 5000));
    before = snapshot(root);
    const o = sink();
    const e = sink();
    code = await runCheck(['--format', 'json', '--out', out, root], o.stream, e.stream, false, true);
    doc = JSON.parse(o.text()) as Doc;
    stderr = e.text();
  }, 120000);

  const result = (rel: string) => doc.files.find((f) => f.file === join(root, rel))!;

  it('gives the .xls and the .et exactly the findings of the same workbook as .xlsx', () => {
    for (const s of seeds) {
      const binary = result(join('乙镇', s === 'seed-004-suixi-department' ? `${s}.et` : `${s}.xls`));
      expect(binary.error).toBeNull();
      expect(binary.findings).toEqual(result(join('甲镇', `${s}.xlsx`)).findings);
      expect(binary.findings.length).toBeGreaterThan(0);
    }
  });

  it('gives the bad files their Chinese messages and skips what is not a workbook, the others checked', () => {
    expect(result(join('甲镇', '损坏.xlsx')).error).toMatch(/^不是有效的 \.xlsx 文件|已损坏/);
    expect(doc.skipped.map((s) => relative(root, s.file)).sort()).toEqual([join('乙镇', '报送说明.docx'), join('乙镇', '通知.pdf')]);
    expect(doc.files.filter((f) => f.error !== null)).toHaveLength(1);
    expect(code).toBe(2);
  });

  it('writes an annotated copy of each readable input, without collisions, and none of the corrupt one', () => {
    const written = [...snapshot(out).keys()].sort();
    expect(written).toEqual(
      [
        '汇总.xlsx',
        join('甲镇', 'seed-001-tongfu.xlsx'),
        join('甲镇', 'seed-001-tongfu(2).xlsx'),
        join('甲镇', 'seed-003-pingluo-xianweiban.xlsx'),
        join('甲镇', 'seed-004-suixi-department.xlsx'),
        join('乙镇', 'seed-001-tongfu.xlsx'),
        join('乙镇', 'seed-003-pingluo-xianweiban.xlsx'),
        join('乙镇', 'seed-004-suixi-department.xlsx'),
      ].sort(),
    );
    expect(stderr).not.toContain('未写注释副本');
  });

  it('links each file in 汇总.xlsx to its copy', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, '汇总.xlsx'));
    const links = new Map<string, string>();
    wb.getWorksheet('汇总')!.eachRow((row, n) => {
      const v = row.getCell(1).value as { text?: string; hyperlink?: string };
      if (n > 1) links.set(v.text!, v.hyperlink!);
    });
    expect(links.get(join(root, '乙镇', 'seed-004-suixi-department.et'))).toBe('乙镇/seed-004-suixi-department.xlsx');
    expect(links.get(join(root, '甲镇', 'seed-001-tongfu.xls'))).toBe('甲镇/seed-001-tongfu(2).xlsx');
    for (const target of links.values()) if (!target.startsWith('..')) expect(existsSync(join(out, decodeURIComponent(target)))).toBe(true);
  });

  it('leaves every input byte for byte as it was', () => {
    expect(snapshot(root)).toEqual(before);
  });
});

describe('the .xlsx copy of a binary input', () => {
  it('reads back with the .xls’s own cells, merges and findings, its flagged cells filled, and says what it did not keep', async () => {
    const xls = join(FIXTURES, 'xls', 'seed-000-pingluo-zuzhibu.xls');
    const result = await checkFile(xls, undefined);
    const target = join(dir, 'copy', 'seed-000.xlsx');
    expect(await writeAnnotatedCopy(result, target, false, '2026/12/2 08:00:00')).toBeUndefined();
    const [original, copy] = [await readWorkbookFile(xls), await readWorkbookFile(target)];
    expect(copy.grids.slice(0, original.grids.length).map(cells)).toEqual(original.grids.map(cells));
    expect(copy.grids.at(-1)!.sheet).toBe('检查结果');
    expect(copy.grids.at(-1)!.text(1, 0)).toContain('不保留字体、边框和底色');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const error = result.findings.find((f) => f.severity === 'error')!;
    const cell = wb.getWorksheet(error.sheet)!.getCell(error.cells[0]!.replace(/^.*!/, ''));
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(JSON.stringify(cell.note)).toContain(error.message.slice(0, 8));
    // Column widths come across (the .xls's 项目名称 column is wider than its first).
    const ws = wb.worksheets[0]!;
    expect(ws.getColumn(3).width).toBeGreaterThan(ws.getColumn(1).width!);
  });

  it.each([
    ['image', '图片'],
    ['chart', '图表'],
    ['cf', '条件格式'],
    ['dv', '数据验证'],
  ])('refuses an .xls with %s, naming it', async (part, named) => {
    const xls = join(FIXTURES, 'xls', 'parts', `seed-001-${part}.xls`);
    expect(binaryPartsLost(readFileSync(xls))).toEqual([named]);
    const target = join(dir, 'refused', `${part}.xlsx`);
    expect(await writeAnnotatedCopy(await checkFile(xls, undefined), target, false, 'now')).toBe(`未写注释副本：工作簿含有${named}，转换为 .xlsx 的副本会丢失这些内容（检查结果见 汇总.xlsx）`);
    expect(existsSync(target)).toBe(false);
  });

  it('finds nothing to lose in a plain .xls, and refuses comments as it does for an .xlsx', async () => {
    expect(binaryPartsLost(readFileSync(join(FIXTURES, 'xls', 'seed-001-tongfu.xls')))).toEqual([]);
    const xls = join(FIXTURES, 'xls', 'parts', 'seed-001-comments.xls');
    expect(binaryPartsLost(readFileSync(xls))).toEqual([]);
    expect(await writeAnnotatedCopy(await checkFile(xls, undefined), join(dir, 'refused', 'comments.xlsx'), false, 'now')).toBe('未写注释副本：工作簿含有批注，副本会丢失这些内容');
  });
});
