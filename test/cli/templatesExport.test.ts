/** `perf-target templates --export`: a workbook's project tables as a template file the pane imports. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CommandError, exportWorkbookTemplates } from '../../src/cli/templatesCommand';
import { readTemplateFile } from '../../src/core/templates/userTemplates';

const FIXTURES = join(__dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'perf-target-export-'));

describe('templates --export', () => {
  it('writes one set per project table, readable by the pane’s import, from an .xlsx and the same from its .xls', async () => {
    const out = join(dir, '通福.json');
    const said = await exportWorkbookTemplates(join(FIXTURES, 'seed-001-tongfu.xlsx'), out, false);
    expect(said).toContain('11 张表生成 11 套模板');
    const read = readTemplateFile(readFileSync(out, 'utf8'));
    if ('error' in read) throw new Error(read.error);
    expect(read.sets.map((s) => s.name)[0]).toBe('村干部民族团结奖');
    expect(read.sets.every((s) => s.source.file === 'seed-001-tongfu.xlsx')).toBe(true);
    const fromXls = join(dir, '通福-xls.json');
    await exportWorkbookTemplates(join(FIXTURES, 'xls', 'seed-001-tongfu.xls'), fromXls, false);
    const again = readTemplateFile(readFileSync(fromXls, 'utf8'));
    if ('error' in again) throw new Error(again.error);
    expect(again.sets.map((s) => s.indicators.map((i) => [i.level2, i.name, i.value]))).toEqual(read.sets.map((s) => s.indicators.map((i) => [i.level2, i.name, i.value])));
  });

  it('keeps an existing file unless --force, and says in Chinese what is wrong with the input', async () => {
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'mine');
    await expect(exportWorkbookTemplates(join(FIXTURES, 'seed-001-tongfu.xlsx'), out, false)).rejects.toThrow('已存在；要覆盖请加 --force');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    await exportWorkbookTemplates(join(FIXTURES, 'seed-001-tongfu.xlsx'), out, true);
    expect(readFileSync(out, 'utf8')).toContain('perf-target-templates');
    const notBook = join(dir, 'note.xlsx');
    writeFileSync(notBook, 'hello');
    await expect(exportWorkbookTemplates(notBook, join(dir, 'x.json'), false)).rejects.toThrow(CommandError);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});
