/** Locates the package's own files whether running from src/ (tsx) or from a build in dist/. */
import { existsSync, promises as fs } from 'fs';
import { basename, dirname, join, resolve } from 'path';

export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'examples'))) return dir;
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
}

/** Why a whole-file write failed, in Chinese; no partial file was left. */
export class WriteError extends Error {}

/**
 * Writes `target` whole or not at all: into a temporary file beside it, then renamed into place,
 * so a full disk or a crash leaves no half-written file.
 */
export async function writeWhole(target: string, data: Buffer): Promise<void> {
  const temp = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? '磁盘空间不足' : code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOENT' ? '输出文件夹不存在' : (code ?? '未知错误');
    throw new WriteError(`无法写入「${target}」：${why}，没有留下不完整的文件`);
  }
}
