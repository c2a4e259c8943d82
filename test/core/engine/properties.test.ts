/**
 * Properties of the engine on grids nobody wrote by hand (fast-check, seeded so a failure repeats):
 * for random grids built from the domain's vocabulary and for mutated seed tables, checking never
 * throws, every finding points at a cell inside its sheet's grid (a cell past the edge, or `null`,
 * would select the wrong range in Excel), and every message is fully filled in. The work is bounded
 * by what it touches, not timed: see the bench for time.
 */
import fc from 'fast-check';
import { checkGrids } from '../../../src/core/engine/check';
import { parseA1 } from '../../../src/core/grid/address';
import { createGrid, type CellValue, type Grid } from '../../../src/core/grid/grid';
import { splitCellRef } from '../../../src/core/grid/address';
import { buildSheet, loadSeed, sheetToGrid } from '../../fixtures/layout';

const SEED = 20261202;

/** Words and values a sheet of these tables is made of, and some that break them. */
const WORDS = [
  '项目名称', '年度资金总额', '其中：财政拨款', '其他资金', '年度总体目标', '一级指标', '二级指标', '三级指标', '指标值',
  '产出指标', '效益指标', '满意度指标', '成本指标', '数量指标', '质量指标', '时效指标', '社会效益指标', '服务对象满意度指标',
  '绩效指标', '计量单位', '指标性质', '分值', '备注', '栏次', '合计', '基本支出', '项目支出', '公务接待费', '因公出国(境)费',
  '公务用车购置及运行费', '部门名称', '预算部门', '序号', '乡镇', '金额', '审核：李四', '≥95%', '100%', '≤9万元', '2024年12月底前',
  '明显提高', '**', 'XX', '#REF!', '=', '≥', '万元', '个', '%', '10', '0', '-', '', ' ', '1,234.56', '20万元', '（2024 年度）',
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 100000 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant<CellValue>({ error: '#N/A' }) },
  { weight: 3, arbitrary: fc.constant<CellValue>(null) },
);

const randomGrid: fc.Arbitrary<Grid> = fc
  .array(fc.array(cellValue, { minLength: 0, maxLength: 9 }), { minLength: 0, maxLength: 40 })
  .map((rows) => createGrid({ sheet: '随机', values: rows, merges: null }));

function assertSound(grids: readonly Grid[]): void {
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  const result = checkGrids(grids);
  for (const f of result.findings) {
    expect(f.message).not.toMatch(/\{[a-zA-Z0-9]+\}|undefined|null|NaN/);
    expect(f.cells.length).toBeGreaterThan(0);
    for (const ref of f.cells) {
      const { sheet, cell } = splitCellRef(ref, f.sheet);
      const grid = bySheet.get(sheet);
      const at = parseA1(cell);
      if (!grid || !at) throw new Error(`${f.rule} points at ${ref}, not a cell of the workbook`);
      // Inside the sheet's grid: the rows and columns the host handed over.
      if (at.row >= grid.rowCount || at.col >= Math.max(grid.colCount, 1)) {
        throw new Error(`${f.rule} points at ${ref}, outside ${sheet} (${grid.rowCount} rows × ${grid.colCount} columns)`);
      }
    }
  }
}

describe('the engine on grids nobody wrote', () => {
  it('never throws and always points at real cells, on random grids of the vocabulary', () => {
    fc.assert(
      fc.property(randomGrid, (grid) => assertSound([grid])),
      { seed: SEED, numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  const seeds = ['seed-000.tsv', 'seed-001.tsv', 'seed-002.tsv', 'seed-003.tsv', 'seed-002-budget.tsv', 'seed-004-department.tsv'].flatMap((f) => loadSeed(f));

  it('never throws and always points at real cells, on seed tables with cells changed, cleared and moved', () => {
    const mutation = fc.record({
      table: fc.nat({ max: seeds.length - 1 }),
      edits: fc.array(fc.record({ row: fc.nat({ max: 40 }), col: fc.nat({ max: 8 }), value: cellValue }), { maxLength: 12 }),
      cut: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(mutation, ({ table, edits, cut }) => {
        const t = seeds[table]!;
        const rows = t.rows.map((r) => [...r]);
        for (const e of edits) {
          while (rows.length <= e.row) rows.push([]);
          const row = rows[e.row]!;
          while (row.length <= e.col) row.push('');
          row[e.col] = e.value === null ? '' : typeof e.value === 'object' ? '#N/A' : String(e.value);
        }
        const kept = cut === undefined ? rows : rows.slice(0, Math.max(1, cut));
        const grid = sheetToGrid(buildSheet('变异', [{ ...t, rows: kept }], { levels: 'merged', percentAsNumber: false }), true);
        assertSound([grid]);
      }),
      { seed: SEED, numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});
