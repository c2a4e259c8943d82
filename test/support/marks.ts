/** The add-in's marks among a sheet's conditional formats, cell by cell, and the marks findings call for — for the tests of both hosts. */
import { rangeA1 } from '../../src/core/grid/address';
import type { CellRange } from '../../src/core/grid/grid';
import type { Finding } from '../../src/core/rules/types';

/** Our marks (found by signature) in a sheet's conditional formats: cell → severity; two on one cell throws. */
export function marksByCell(conditions: ReadonlyArray<{ formula?: string; range: CellRange }>): Map<string, string> {
  const out = new Map<string, string>();
  for (const cf of conditions) {
    const m = /perf-target:(\w+)/.exec(cf.formula ?? '');
    if (!m) continue;
    for (let r = cf.range.top; r <= cf.range.bottom; r++) {
      for (let c = cf.range.left; c <= cf.range.right; c++) {
        const cell = rangeA1({ top: r, left: c, bottom: r, right: c });
        if (out.has(cell)) throw new Error(`two marks on ${cell}`);
        out.set(cell, m[1]!);
      }
    }
  }
  return out;
}

/** The marks the findings on `sheet` call for: the worst severity per cell, errors and warnings only. */
export function marksFor(findings: readonly Finding[], sheet: string): Map<string, string> {
  const rank: Record<string, number> = { error: 3, warning: 2 };
  const out = new Map<string, string>();
  for (const f of findings) {
    if (f.sheet !== sheet || !rank[f.severity]) continue;
    for (const c of f.cells) if (!out.has(c) || rank[f.severity]! > rank[out.get(c)!]!) out.set(c, f.severity);
  }
  return out;
}
