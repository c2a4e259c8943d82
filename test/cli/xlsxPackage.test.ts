/**
 * Every valid workbook is read, every invalid one is named: workbooks with an image, an embedded
 * chart, a chart sheet or cell comments as openpyxl writes them (absolute part names, which exceljs
 * 4.4 alone cannot follow) are checked like the same workbook without them; a zip that is not a
 * workbook, an .ods, a .docx and a zip bomb get a Chinese message naming what they are, before
 * anything is inflated.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFiles } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { completePackage, PACKAGE_LIMITS } from '../../src/cli/xlsxPackage';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from '../../src/core/rules/profiles';
import { CUSTOM_REL, PACKAGE_PARTS, withOfficeParts, withPackageParts, type OfficePart } from '../support/officeParts';
import { writeTaughtWorkbook } from '../support/storeWorkbook';

const dir = mkdtempSync(join(tmpdir(), 'perf-target-parts-'));
const profile = BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!;
let plain = '';

beforeAll(async () => {
  plain = join(dir, 'plain.xlsx');
  await writeTaughtWorkbook(plain);
});

const gridsOf = async (file: string) => (await readWorkbookFile(file)).grids.map((g) => ({ sheet: g.sheet, rows: g.rowCount, text: [...Array(g.rowCount).keys()].map((r) => g.text(r, 3)) }));

describe('workbooks with the parts other writers put in them', () => {
  it.each<[string, OfficePart[]]>([
    ['an image (a unit’s seal)', ['image']],
    ['an embedded chart', ['chart']],
    ['a chart sheet', ['chartsheet']],
    ['cell comments', ['comments']],
    ['cell comments in a folder of their own', ['comments-folder']],
    ['all of them', ['image', 'chart', 'chartsheet', 'comments']],
  ])('are read and checked with %s, as without', async (_name, parts) => {
    const file = join(dir, `${parts.join('-')}.xlsx`);
    writeFileSync(file, await withOfficeParts(readFileSync(plain), parts));
    // exceljs alone cannot open it (what the CLI called "已损坏" before).
    await expect(new ExcelJS.Workbook().xlsx.readFile(file)).rejects.toThrow();
    expect(await gridsOf(file)).toEqual(await gridsOf(plain));
    const before = readFileSync(file);
    const [withParts] = await checkFiles([file], profile);
    const [without] = await checkFiles([plain], profile);
    expect(withParts!.error).toBeNull();
    expect(withParts!.findings).toEqual(without!.findings);
    // Reading never changes the file.
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('files that are not workbooks', () => {
  const zipOf = async (files: Record<string, string | Buffer>) => {
    const zip = new JSZip();
    for (const [name, data] of Object.entries(files)) zip.file(name, data);
    const file = join(dir, `${Object.keys(files)[0]!.replace(/\W/g, '_')}.xlsx`);
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return file;
  };
  const errorOf = async (file: string) => (await checkFiles([file], profile))[0]!.error;

  it('names an .ods, a .docx and a plain zip', async () => {
    expect(await errorOf(await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }))).toBe(
      '这是 OpenDocument 表格（.ods），请在 WPS、Excel 或 LibreOffice 中另存为 .xlsx 后再检查',
    );
    expect(await errorOf(await zipOf({ 'word/document.xml': '<w:document/>' }))).toBe('这是 Word 文档（.docx），不是 Excel 工作簿');
    expect(await errorOf(await zipOf({ 'readme.txt': '附件' }))).toBe('这是一个 zip 压缩包，不是 Excel 工作簿（其中没有 xl/workbook.xml）');
  });

  it('refuses a zip bomb from its directory, before inflating it', async () => {
    const file = await zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': Buffer.alloc(64 * 1024 * 1024) });
    expect(readFileSync(file).length).toBeLessThan(200 * 1024);
    const used = process.memoryUsage().rss;
    expect(await errorOf(file)).toMatch(/^文件内的「xl\/worksheets\/sheet1\.xml」解压后 64 MB，是压缩后的 \d+ 倍，疑似压缩炸弹，未打开$/);
    expect(process.memoryUsage().rss - used).toBeLessThan(48 * 1024 * 1024);
  });

  it('refuses a package over the size and part limits, naming the limit', async () => {
    const saved = { ...PACKAGE_LIMITS };
    try {
      PACKAGE_LIMITS.totalBytes = 1024 * 1024;
      expect(await errorOf(plain)).toBeNull();
      const big = await zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': Buffer.from('x'.repeat(2 * 1024 * 1024).replace(/x/g, () => String.fromCharCode(65 + Math.floor(Math.random() * 26)))) });
      expect(await errorOf(big)).toBe('文件解压后共 2 MB，超过 1 MB 的上限，为防止耗尽内存未打开');
      PACKAGE_LIMITS.totalBytes = saved.totalBytes;
      PACKAGE_LIMITS.entries = 3;
      expect(await errorOf(plain)).toMatch(/^文件内的部件超过 3 个（有 \d+ 个），为防止耗尽内存未打开$/);
    } finally {
      Object.assign(PACKAGE_LIMITS, saved);
    }
  });
});

describe('bounded, whatever the file holds', () => {
  it('clips a merge over the whole sheet (G1:XFD1048576 in a small file) to the cells the sheet has', async () => {
    const zip = await JSZip.loadAsync(readFileSync(plain));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const merged = sheet.includes('<mergeCells')
      ? sheet.replace(/<mergeCells[^>]*>/, '$&<mergeCell ref="G1:XFD1048576"/><mergeCell ref="B3:D1048576"/>')
      : sheet.replace('</sheetData>', '</sheetData><mergeCells count="2"><mergeCell ref="G1:XFD1048576"/><mergeCell ref="B3:D1048576"/></mergeCells>');
    zip.file('xl/worksheets/sheet1.xml', merged);
    const file = join(dir, 'huge-merge.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(readFileSync(file).length).toBeLessThan(20 * 1024);
    const used = process.memoryUsage().rss;
    const [grid] = (await readWorkbookFile(file)).grids;
    // The merge past the last column goes; the one down the sheet stops at its last row.
    expect(grid!.merges).toEqual([{ top: 2, left: 1, bottom: 9, right: 3 }]);
    expect(process.memoryUsage().rss - used).toBeLessThan(200 * 1024 * 1024);
  });

  it('clips a whole-sheet merge to the size of any table’s merge when a stray cell sits at XFD1048576', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('稀疏');
    ws.getCell('A1').value = '项目名称';
    ws.getCell('XFD1048576').value = '备注';
    const raw = join(dir, 'sparse.xlsx');
    await wb.xlsx.writeFile(raw);
    const zip = await JSZip.loadAsync(readFileSync(raw));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="G1:XFD1048576"/></mergeCells>'));
    const file = join(dir, 'sparse-merge.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const used = process.memoryUsage().rss;
    const [grid] = (await readWorkbookFile(file)).grids;
    expect(grid!.merges).toEqual([{ top: 0, left: 6, bottom: PACKAGE_LIMITS.mergeRows - 1, right: 6 + PACKAGE_LIMITS.mergeCols - 1 }]);
    expect(process.memoryUsage().rss - used).toBeLessThan(400 * 1024 * 1024);
  }, 60000);

  it('clips the merge of a sheet whose image was taken out, keeping the image gone', async () => {
    const zip = await JSZip.loadAsync(await withOfficeParts(readFileSync(plain), ['image']));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="B3:D1048576"/></mergeCells>'));
    const file = join(dir, 'image-and-merge.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const [grid] = (await readWorkbookFile(file)).grids;
    expect(grid!.merges).toEqual([{ top: 2, left: 1, bottom: 9, right: 3 }]);
  });

  it('refuses more cells than a workbook can sensibly hold, naming the limit', async () => {
    const saved = PACKAGE_LIMITS.cells;
    try {
      PACKAGE_LIMITS.cells = 20;
      expect((await checkFiles([plain], profile))[0]!.error).toBe('工作簿的单元格超过 20 个，为防止耗尽内存未打开');
    } finally {
      PACKAGE_LIMITS.cells = saved;
    }
  });
});

describe('a large sheet, scanned as it inflates', () => {
  it('clips and counts as a sheet read whole does', async () => {
    const saved = { ...PACKAGE_LIMITS };
    try {
      const whole = await gridsOf(plain);
      PACKAGE_LIMITS.streamAboveBytes = 0;
      expect(await gridsOf(plain)).toEqual(whole);
      PACKAGE_LIMITS.cells = 20;
      expect((await checkFiles([plain], profile))[0]!.error).toBe('工作簿的单元格超过 20 个，为防止耗尽内存未打开');
    } finally {
      Object.assign(PACKAGE_LIMITS, saved);
    }
  });
});


describe('carrying package parts through a write', () => {
  const bare = async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getCell('A1').value = '项目名称';
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it('puts the parts back, renumbering a relationship id the new package already uses', async () => {
    const original = await JSZip.loadAsync(await withPackageParts(await bare()));
    // A package whose custom properties sit at rId2, as some writers number them.
    const rels = await original.file('_rels/.rels')!.async('string');
    original.file('_rels/.rels', rels.replace('Id="rId2"', 'Id="rId9"').replace('Id="rId4"', 'Id="rId2"'));
    const out = await JSZip.loadAsync(await completePackage(original, await bare()));
    for (const [name, text] of Object.entries(PACKAGE_PARTS)) expect(await out.file(name)!.async('string')).toBe(text);
    const outRels = await out.file('_rels/.rels')!.async('string');
    const ids = [...outRels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['rId1', 'rId2', 'rId3', 'rIdCarried1', 'rId5']);
    expect(outRels).toContain(`<Relationship Id="rIdCarried1" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/>`);
  });

  it('changes nothing when the original has none of them', async () => {
    const written = await bare();
    expect(await completePackage(await JSZip.loadAsync(await bare()), written)).toBe(written);
  });
});
