/**
 * Recognises the 部门整体(预算)绩效目标表 (`department`): 部门名称, 预算整体情况 (基本支出, 项目支出,
 * 事业发展性支出 and its parts; 收入来源 财政拨款, 其他资金), 总体绩效目标 and the task list
 * (任务N: 名称 · 主要实施内容 · 拟投入的资金 · 期望达到的目标). Labels are found by value, not position.
 */
import Decimal from 'decimal.js';
import { rangeA1 } from '../grid/address';
import type { CellRange, Grid } from '../grid/grid';
import type { FieldCell, ProjectTable } from '../model';
import { isBlank, normalizeLabel } from '../text';
import { parseAmount, unitInName } from '../values/parse';
import { sheetIndex } from '../grid/sheetIndex';
import { fieldCell } from './fieldCell';
import { unitFactor } from './labels';

export interface DepartmentAmount {
  label: FieldCell;
  value: FieldCell;
  amount: Decimal | null | 'invalid';
}

export interface DepartmentTask {
  row: number;
  name: FieldCell;
  content: FieldCell;
  amount: DepartmentAmount;
  goal: FieldCell;
}

export interface DepartmentTable {
  kind: 'department';
  sheet: string;
  index: number;
  range: CellRange;
  rangeA1: string;
  title?: FieldCell;
  name?: FieldCell;
  budget: Partial<Record<'basic' | 'project' | 'developmentSpecial' | 'developmentOther' | 'fiscal' | 'other', DepartmentAmount>>;
  goal?: FieldCell;
  tasks: DepartmentTask[];
  /**
   * The 指标N rows under 一级/二级/三级/指标值 headings, read by the project recogniser (same
   * columns as a project table's indicators) and claimed by the department table above them.
   */
  indicators?: ProjectTable;
}

const BUDGET_LABELS: Array<[RegExp, keyof DepartmentTable['budget']]> = [
  [/^基本支出$/, 'basic'],
  [/^项目支出$/, 'project'],
  [/^财政专项资金$/, 'developmentSpecial'],
  [/^其他事业发展性支出$/, 'developmentOther'],
  [/^财政拨款$/, 'fiscal'],
  [/^其他资金$/, 'other'],
];

export function recognizeDepartmentTables(grid: Grid): DepartmentTable[] {
  const tables: DepartmentTable[] = [];
  const index = sheetIndex(grid);
  let after = -1;
  for (const r of index.rows) {
    if (r <= after) continue;
    // Cheap test first: this scan touches every filled cell of every sheet.
    // A plain loop: this runs on every row of every sheet.
    const row = index.cells(r);
    let nameCol = -1;
    for (let i = 0; i < row.length && nameCol < 0; i++) if (row[i]!.text.includes('名') && row[i]!.norm === '部门名称') nameCol = row[i]!.col;
    if (nameCol < 0) continue;
    // 预算整体情况 within a few rows confirms the layout.
    let overview = -1;
    for (const k of index.rowsBetween(r, r + 5)) {
      if (overview < 0 && index.cells(k).some((c) => /^预算整体情况/.test(normalizeLabel(c.text)))) overview = k;
    }
    if (overview < 0) continue;

    const table: DepartmentTable = { kind: 'department', sheet: grid.sheet, index: tables.length, range: { top: r, left: 0, bottom: r, right: 0 }, rangeA1: '', budget: {}, tasks: [] };
    const above = r > grid.firstRow ? normalizeLabel(grid.text(r - 1, 0)) : '';
    if (/绩效目标表$/.test(above)) table.title = fieldCell(grid, r - 1, 0);
    const next = (row: number, col: number) => {
      const c = index.cells(row).find((x) => x.col > col);
      if (c) return fieldCell(grid, row, c.col);
      return fieldCell(grid, row, col + 1);
    };
    table.name = next(r, nameCol);

    let bottom = r;
    let right = 0;
    // 预算金额(万元) over the budget lines and 拟投入的资金(万元) over the tasks say how to read them.
    let budgetFactor = unitFactor('万元');
    let taskFactor = unitFactor('万元');
    for (const k of index.rowsBetween(r, grid.rowCount)) {
      const filled = index.cells(k);
      const width = (filled[filled.length - 1]?.col ?? -1) + 1;
      const texts = Array.from({ length: width }, (_, c) => grid.text(k, c));
      if (k > r && texts.some((t) => normalizeLabel(t) === '部门名称')) break;
      const first = normalizeLabel(texts.find((t) => !isBlank(t)) ?? '');
      if (/^(备注|注)[:：]/.test(first) || /^其他需完成的任务/.test(first) || /^一级指标$/.test(first)) break;
      if (texts.every((t) => isBlank(t))) continue;
      bottom = k;
      right = Math.max(right, ...texts.map((t, c) => (isBlank(t) ? 0 : c)));
      texts.forEach((t, c) => {
        const n = normalizeLabel(t);
        const unit = /^(预算金额|拟投入的资金)\(/.test(n) ? unitInName(n) : undefined;
        if (unit?.endsWith('元')) {
          if (n.startsWith('预算金额')) budgetFactor = unitFactor(unit);
          else taskFactor = unitFactor(unit);
        }
        for (const [re, key] of BUDGET_LABELS) {
          if (!re.test(n) || table.budget[key]) continue;
          // The amount sits right of its label (a 预算金额 heading there means no amount).
          const value = fieldCell(grid, k, c + 1);
          const amount = /预算金额/.test(value.text) ? null : parseAmount(value.text, value.raw, budgetFactor);
          table.budget[key] = { label: fieldCell(grid, k, c), value, amount };
        }
        if (/^总体绩效目标$/.test(n) && !table.goal) table.goal = next(k, c);
        if (/^任务\d+[:：]/.test(n)) {
          const amountCell = fieldCell(grid, k, c + 2);
          table.tasks.push({
            row: k,
            name: fieldCell(grid, k, c),
            content: fieldCell(grid, k, c + 1),
            amount: { label: fieldCell(grid, k, c), value: amountCell, amount: parseAmount(amountCell.text, amountCell.raw, taskFactor) },
            goal: fieldCell(grid, k, c + 3),
          });
        }
      });
    }
    table.range = { top: table.title?.row ?? r, left: 0, bottom, right };
    table.rangeA1 = rangeA1(table.range);
    tables.push(table);
    after = bottom;
  }
  return tables;
}

/**
 * Gives each department table the indicator block below it. The project recogniser reads that
 * block as a table without 项目名称; it belongs to the department table when it starts within a few
 * rows of the department table's end (after the optional 其他需完成的任务 rows). Returns the project
 * tables that remain.
 */
export function claimIndicatorBlocks(departments: DepartmentTable[], projects: ProjectTable[]): ProjectTable[] {
  if (departments.length === 0) return projects;
  return projects.filter((p) => {
    const owner = departments.find(
      (d) => !d.indicators && p.header !== null && p.header.row > d.range.bottom && p.header.row - d.range.bottom <= 6 && isBlank(p.fields.projectName?.value.text ?? ''),
    );
    if (!owner) return true;
    owner.indicators = p;
    owner.range = { ...owner.range, bottom: p.range.bottom, right: Math.max(owner.range.right, p.range.right) };
    owner.rangeA1 = rangeA1(owner.range);
    return false;
  });
}
