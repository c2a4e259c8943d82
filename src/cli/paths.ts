/** Locates the package's own files whether running from src/ (tsx) or from a build in dist/. */
import { existsSync } from 'fs';
import { dirname, join } from 'path';

export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'examples'))) return dir;
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
}
