/**
 * What `check` is given, as the files to check: a file as it is (its content decides how it is
 * read), a directory recursively — its workbooks by extension (.xlsx .xlsm .xls .et), in a stable
 * order; other files, and the `~$…` lock files Excel and WPS leave beside an open workbook, skipped
 * with a note saying why.
 */
import { promises as fs } from 'fs';
import { basename, extname, join, relative } from 'path';

export interface Skipped {
  file: string;
  reason: string;
}

const WORKBOOK = /^\.(xlsx|xlsm|xls|et)$/i;

async function walk(dir: string, files: string[], skipped: Skipped[]): Promise<void> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, files, skipped);
    else if (!e.isFile()) continue;
    else if (e.name.startsWith('~$')) skipped.push({ file: path, reason: 'Excel / WPS 打开工作簿时留下的临时锁文件' });
    else if (WORKBOOK.test(extname(e.name))) files.push(path);
    else skipped.push({ file: path, reason: `不是工作簿（${extname(e.name) || '没有扩展名'}）` });
  }
}

/**
 * The files to check, in order, what was skipped in the directories given, and where each file's
 * annotated copy goes: its path relative to what was given (its directory argument, or its own
 * name), an .xls / .et as .xlsx, numbered where two would meet.
 */
export async function expandInputs(args: readonly string[]): Promise<{ files: string[]; skipped: Skipped[]; copyPaths: Map<string, string> }> {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const relativePaths = new Map<string, string>();
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => undefined);
    if (stat?.isDirectory()) {
      const found: string[] = [];
      await walk(arg, found, skipped);
      for (const f of found) relativePaths.set(f, relative(arg, f));
      files.push(...found);
    } else if (basename(arg).startsWith('~$') && stat) skipped.push({ file: arg, reason: 'Excel / WPS 打开工作簿时留下的临时锁文件' });
    else {
      // A file named explicitly is checked whatever it is: a missing or odd one gets its message.
      files.push(arg);
      relativePaths.set(arg, basename(arg));
    }
  }
  // Two inputs with the same place (files of the same name given from two folders, 表.xls beside
  // 表.xlsx) do not clash: a copy that keeps its input's own name is placed first, then the others.
  const taken = new Set<string>();
  const copyPaths = new Map<string, string>();
  const wanted = (f: string) => relativePaths.get(f)!.replace(/\.(xls|et)$/i, '.xlsx');
  const renamed = (f: string) => wanted(f) !== relativePaths.get(f);
  for (const f of [...files.filter((x) => !renamed(x)), ...files.filter(renamed)]) {
    const want = wanted(f);
    const ext = extname(want);
    let rel = want;
    for (let n = 2; taken.has(rel.toLowerCase()); n++) rel = `${want.slice(0, -ext.length || undefined)}(${n})${ext}`;
    taken.add(rel.toLowerCase());
    copyPaths.set(f, rel);
  }
  return { files, skipped, copyPaths };
}
