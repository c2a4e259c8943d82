/**
 * Benchmark: the compiled CLI on hostile and huge inputs, generated here (none is committed), each
 * in a process of its own: exit code, wall time and peak memory (the process's maxRSS, its worker
 * threads included). Goals: every input ends with a Chinese message or its findings, in bounded
 * time and memory.
 *   npm run bench (after build:node)
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'perf-target-robust-'));

async function xlsx(name: string, fill: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('表'));
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function inputs(): Promise<Array<[string, string]>> {
  const seed = join(ROOT, 'test', 'fixtures', 'seed-000-pingluo-zuzhibu.xlsx');
  const dense = await xlsx('dense.xlsx', (ws) => {
    for (let r = 1; r <= 200000; r++) ws.getRow(r).values = [`第${r}行`, r, r * 2, '备注'];
  });
  const sparse = await xlsx('sparse.xlsx', (ws) => {
    ws.getCell('A1').value = '项目名称';
    ws.getCell('B1').value = '培训';
    ws.getCell('XFD1048576').value = '备注';
  });
  // A merge over the whole sheet in a file of a few KB.
  const mergeZip = await JSZip.loadAsync(readFileSync(sparse));
  const sheet = await mergeZip.file('xl/worksheets/sheet1.xml')!.async('string');
  mergeZip.file('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="G1:XFD1048576"/></mergeCells>'));
  const merge = join(dir, 'merge-whole-sheet.xlsx');
  writeFileSync(merge, await mergeZip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  // 1 GB of zeros in a zip of about 1 MB.
  const bomb = new JSZip();
  bomb.file('xl/workbook.xml', '<workbook/>');
  bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(1024 * 1024 * 1024));
  const bombFile = join(dir, 'zip-bomb.xlsx');
  writeFileSync(bombFile, await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  // 6.6 million one-cell rows (the 31 MB file), written as XML directly: exceljs would take minutes.
  const rowsZip = await JSZip.loadAsync(readFileSync(sparse));
  const parts: string[] = [];
  for (let r = 1; r <= 6_600_000; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  const sheetXml = (await rowsZip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${parts.join('')}</sheetData>`);
  parts.length = 0;
  rowsZip.file('xl/worksheets/sheet1.xml', sheetXml);
  const manyRows = join(dir, 'many-rows.xlsx');
  writeFileSync(manyRows, await rowsZip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
  const garbage = join(dir, 'random-bytes.xlsx');
  writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  return [
    ['seed 000 (18 tables)', seed],
    ['dense: 200,000 rows × 4', dense],
    ['sparse: A1 and XFD1048576', sparse],
    ['a merge G1:XFD1048576', merge],
    ['6.6 million one-cell rows', manyRows],
    ['zip bomb: 1 GB of zeros', bombFile],
    ['random bytes', garbage],
  ];
}

async function main(): Promise<void> {
  const lines = ['robustness (compiled CLI, one process per input: exit, wall time, peak memory):'];
  for (const [name, file] of await inputs()) {
    const t0 = Date.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, 'check', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = Date.now() - t0;
    const peakKb = Number(r.stderr.trim().split('\n').pop());
    const said = r.stdout.split('\n').find((l) => /无法检查|张表/.test(l))?.trim() ?? '';
    const size = statSync(file).size;
    lines.push(
      `  ${name.padEnd(28)} ${(size / 1024).toFixed(0).padStart(7)} KiB  exit ${r.status}  ${String(ms).padStart(6)} ms  ${(peakKb / 1024).toFixed(0).padStart(5)} MB  ${said.slice(0, 70)}`,
    );
  }
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
