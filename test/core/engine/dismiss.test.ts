/**
 * 忽略此问题: a dismissal in the workbook's store is kept against the rule, the table and the text of
 * the finding's first cell — it survives rows moving, a changed value brings the finding back.
 */
import { checkGrids } from '../../../src/core/engine/check';
import { applyDismissals, dismissalOf } from '../../../src/core/engine/dismiss';
import { emptyStore, type Store } from '../../../src/core/store/document';
import { gridFromTsv } from '../../support/tsv';
import { ningxiaTsv, VALID_INDICATORS } from '../../support/tables';

/** The valid table with its 时效 value written as a percentage (timeliness-value-is-time). */
const WITH_DEFECT = VALID_INDICATORS.replace('2024年12月底前', '100%');
const grid = (indicators = WITH_DEFECT, above = 0) => gridFromTsv(`${'\n'.repeat(above)}${ningxiaTsv(indicators)}`);

function storeDismissing(rule: string, reason: string): Store {
  const result = checkGrids([grid()]);
  const f = result.findings.find((x) => x.rule === rule)!;
  return { ...emptyStore(), dismissed: [dismissalOf(f, result.tables[f.table!]!.name, reason)] };
}

describe('dismissed findings', () => {
  const RULE = 'timeliness-value-is-time';

  it('leave the findings, with their reason, and are not counted', () => {
    const before = checkGrids([grid()]);
    expect(before.findings.some((f) => f.rule === RULE)).toBe(true);
    const store = storeDismissing(RULE, '按省厅口径，完成率即时效');
    const after = checkGrids([grid()], undefined, store);
    expect(after.findings.some((f) => f.rule === RULE)).toBe(false);
    expect(after.findings).toHaveLength(before.findings.length - 1);
    expect(after.dismissed).toEqual([expect.objectContaining({ rule: RULE, cells: ['E13'], reason: '按省厅口径，完成率即时效' })]);
  });

  it('follow the table when rows go in above it (kept by content, not address)', () => {
    const store = storeDismissing(RULE, '按省厅口径');
    const where = checkGrids([grid(WITH_DEFECT, 3)]).findings.find((f) => f.rule === RULE)!.cells;
    expect(where).not.toEqual(['E13']);
    const moved = checkGrids([grid(WITH_DEFECT, 3)], undefined, store);
    expect(moved.findings.some((f) => f.rule === RULE)).toBe(false);
    expect(moved.dismissed?.[0]?.cells).toEqual(where);
  });

  it('come back when the cell’s value changes', () => {
    const store = storeDismissing(RULE, '按省厅口径');
    const changed = checkGrids([grid(VALID_INDICATORS.replace('2024年12月底前', '95%'))], undefined, store);
    expect(changed.findings.filter((f) => f.rule === RULE).map((f) => f.cells)).toEqual([['E13']]);
    expect(changed.dismissed).toBeUndefined();
  });

  it('cover only the rule they were made for, in the table they were made in', () => {
    const store = storeDismissing(RULE, '');
    const other = { ...store, dismissed: store.dismissed.map((d) => ({ ...d, table: '另一个项目' })) };
    expect(checkGrids([grid()], undefined, other).findings.some((f) => f.rule === RULE)).toBe(true);
    expect(applyDismissals({ tables: [], findings: [] }, store)).toEqual({ tables: [], findings: [] });
  });
});
