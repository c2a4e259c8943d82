/**
 * Each file is checked in a worker of its own: a file that needs more memory than the limit, or
 * more time, is reported for itself and every other file is still checked, in the order given.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFiles } from '../../src/cli/main';
import { checkFilesIsolated, compilerFlags } from '../../src/cli/isolate';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from '../../src/core/rules/profiles';

const FIXTURES = join(__dirname, '..', 'fixtures');
const SMALL = join(FIXTURES, 'seed-003-pingluo-xianweiban.xlsx');
const profile = BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!;
let big = '';

beforeAll(async () => {
  big = join(mkdtempSync(join(tmpdir(), 'perf-target-isolate-')), 'big.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('大表');
  for (let r = 1; r <= 80000; r++) ws.getRow(r).values = [`第${r}行说明文字`, r, '备注'];
  await wb.xlsx.writeFile(big);
}, 60000);

describe('checking files in isolation', () => {
  it('gives the same results as checking in this thread', async () => {
    const [isolated] = await checkFilesIsolated([SMALL], profile);
    const [inThread] = await checkFiles([SMALL], profile);
    expect(isolated).toEqual(JSON.parse(JSON.stringify(inThread)));
  }, 60000);

  it('reports a file over the memory limit for itself and checks the others, in order', async () => {
    const results = await checkFilesIsolated([big, SMALL], profile, { memoryMb: 48, timeMs: 120000 });
    expect(results.map((r) => [r.file, r.error])).toEqual([
      [big, '检查该文件所需内存超过 48 MB 的上限，已停止；其余文件照常检查'],
      [SMALL, null],
    ]);
    expect(results[1]!.tables).toHaveLength(8);
  }, 120000);

  it('reports a file over the time limit for itself and goes on', async () => {
    const results = await checkFilesIsolated([big, SMALL], profile, { memoryMb: 2048, timeMs: 1 });
    expect(results.map((r) => r.error)).toEqual([
      '检查超过 1 毫秒仍未完成，已停止（文件可能过大或结构异常）；其余文件照常检查',
      '检查超过 1 毫秒仍未完成，已停止（文件可能过大或结构异常）；其余文件照常检查',
    ]);
  }, 60000);

  it('checks files in parallel workers: one running out of memory leaves every other result intact, in the order given', async () => {
    const order: string[] = [];
    const started: string[] = [];
    const files = [SMALL, big, join(FIXTURES, 'seed-001-tongfu.xlsx'), SMALL];
    const results = await checkFilesIsolated(files, profile, { memoryMb: 48, timeMs: 120000 }, (r) => order.push(r.file), 2, { started: (f) => started.push(f) });
    expect(order).toEqual(files);
    expect(started.sort()).toEqual([...files].sort());
    expect(results.map((r) => r.error)).toEqual([null, '检查该文件所需内存超过 48 MB 的上限，已停止；其余文件照常检查', null, null]);
    const [alone] = await checkFilesIsolated([join(FIXTURES, 'seed-001-tongfu.xlsx')], profile);
    expect(results[2]).toEqual(alone);
    expect(results[3]).toEqual(results[0]);
  }, 120000);
});

describe('the compiler budget the workers run with', () => {
  it('is set on V8 11, where it was measured, and nowhere else', () => {
    expect(compilerFlags('11.3.244.8-node.38')).toEqual(['--max-inlined-bytecode-size-cumulative=200']);
    expect(compilerFlags('12.4.254.21-node.33')).toEqual([]);
    expect(compilerFlags('10.2.154.26-node.26')).toEqual([]);
  });

  it('names flags this V8 knows: a misspelt one would only print an error and change nothing', () => {
    for (const flag of compilerFlags(process.versions.v8)) {
      const r = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([0, '']);
      const bad = spawnSync(process.execPath, [`${flag.split('=')[0]}-misspelt=1`, '-e', '0'], { encoding: 'utf8' });
      expect(bad.status).not.toBe(0);
    }
  });
});
