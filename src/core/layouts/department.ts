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
import { sheetIndex, type FilledCell } from '../grid/sheetIndex';
import { fieldCell } from './fieldCell';
import { unitFactor } from '../values/parse';
import { DEPARTMENT_VOCABULARY, labelTest } from './specs/tables';

export interface DepartmentAmount {
  label: FieldCell;
  value: FieldCell;
  amount: Decimal | null | 'invalid';
  /** The columns a group's 合计 sums (财政拨款 · 专户资金 · 单位资金), when the table splits it. */
  parts?: DepartmentAmount[];
}

export interface DepartmentTask {
  row: number;
  name: FieldCell;
  content: FieldCell;
  /** 拟投入的资金; absent when the list gives none (任务名称 · 主要内容). */
  amount?: DepartmentAmount;
  goal?: FieldCell;
}

export interface DepartmentTable {
  kind: 'department';
  sheet: string;
  index: number;
  range: CellRange;
  rangeA1: string;
  title?: FieldCell;
  name?: FieldCell;
  budget: Partial<Record<'total' | 'basic' | 'project' | 'developmentSpecial' | 'developmentOther' | 'fiscal' | 'other', DepartmentAmount>>;
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
    // Cheap test first, in a plain loop: this scan touches every filled cell of every sheet.
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
  for (const t of recognizeCountyTables(grid, tables)) tables.push(t);
  tables.sort((a, b) => a.range.top - b.range.top).forEach((t, i) => (t.index = i));
  return tables;
}

/** The value of `预算部门：文化部门` when a name label and its value share a cell. */
function inlineName(text: string): string | undefined {
  const m = /^([^:：]+)[:：](.+)$/.exec(text.trim());
  return m && isNameLabel(normalizeLabel(m[1]!)) ? m[2]!.trim() : undefined;
}

/** The department's name, without its label when the two share a cell. */
export function departmentName(t: DepartmentTable): string | null {
  const text = t.name?.text.trim() ?? '';
  return (inlineName(text) ?? text) || null;
}

const V = DEPARTMENT_VOCABULARY;
const isTitle = labelTest(V.titles);
const isNameLabel = labelTest(V.nameLabels);
const isTotalGroup = labelTest(V.fundGroups.total);
const isBasicGroup = labelTest(V.fundGroups.basic);
const isProjectGroup = labelTest(V.fundGroups.project);
const isGroupTotal = labelTest(V.groupTotal);
const isTaskList = labelTest(V.taskList);
const isTaskName = labelTest(V.taskName);
const isTaskContent = labelTest(V.taskContent);
const isTaskAmount = labelTest(V.taskAmount);
const isGoal = labelTest(V.goal);

/**
 * The county 部门整体支出绩效目标申报表: a title, 预算部门, a funds block whose group headings
 * (总额 · 基本支出 · 项目支出) sit over 合计 · 财政拨款 · 专户资金 · 单位资金 with the amounts on the row
 * below, and a 年度主要任务 list. Tables the 部门名称 reading took are left alone.
 */
function recognizeCountyTables(grid: Grid, taken: readonly DepartmentTable[]): DepartmentTable[] {
  const index = sheetIndex(grid);
  const inTaken = (r: number) => taken.some((t) => r >= t.range.top && r <= t.range.bottom);
  const titles: number[] = [];
  for (const r of index.rows) {
    const cells = index.cells(r);
    let title = false;
    for (let i = 0; i < cells.length && !title; i++) title = cells[i]!.text.includes('部门') && isTitle(cells[i]!.norm);
    if (title && !inTaken(r)) titles.push(r);
  }
  return titles.map((top, i) => {
    const end = i + 1 < titles.length ? titles[i + 1]! - 1 : grid.rowCount - 1;
    const titleCell = index.cells(top).find((c) => isTitle(c.norm))!;
    const table: DepartmentTable = {
      kind: 'department',
      sheet: grid.sheet,
      index: 0,
      range: { top, left: 0, bottom: top, right: 0 },
      rangeA1: '',
      title: fieldCell(grid, top, titleCell.col),
      budget: {},
      tasks: [],
    };
    const rows = index.rowsBetween(top + 1, end);
    let bottom = top;
    let right = titleCell.col;
    let taskCols: { label: number; name: number; content?: number; amount?: number } | undefined;
    let factor = unitFactor('万元');
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!;
      const cells = index.cells(r);
      // The indicator grid below is the project recogniser's; it is claimed afterwards.
      if (cells.some((c) => /^(一级指标|三级指标)$/.test(c.norm))) break;
      bottom = r;
      for (const c of cells) right = Math.max(right, c.col);
      const unit = cells.map((c) => (/\((万元|元)\)$/.test(c.norm) ? unitInName(c.norm) : undefined)).find((u) => u !== undefined);
      if (unit) factor = unitFactor(unit);

      // 预算部门:文化部门 in one cell, or the label with its value in the next cell.
      if (!table.name) {
        for (const c of cells) {
          if (inlineName(c.text)) table.name = fieldCell(grid, r, c.col);
          else if (isNameLabel(c.norm)) {
            const next = cells.find((x) => x.col > c.col);
            if (next) table.name = fieldCell(grid, r, next.col);
          }
          if (table.name) break;
        }
      }
      const groups = cells.filter((c) => isTotalGroup(c.norm) || isBasicGroup(c.norm) || isProjectGroup(c.norm));
      if (!table.budget.basic && groups.some((c) => isBasicGroup(c.norm)) && groups.some((c) => isProjectGroup(c.norm))) {
        readFunds(grid, r, rows.slice(k + 1, k + 3), groups, factor, table);
        continue;
      }
      const listLabel = cells.find((c) => isTaskList(c.norm));
      if (listLabel) {
        const name = cells.find((c) => c.col > listLabel.col && isTaskName(c.norm));
        if (name) {
          const content = cells.find((c) => c.col > name.col && isTaskContent(c.norm));
          const amount = cells.find((c) => c.col > name.col && isTaskAmount(c.norm));
          taskCols = { label: listLabel.col, name: name.col };
          if (content) taskCols.content = content.col;
          if (amount) taskCols.amount = amount.col;
          continue;
        }
      }
      const goal = cells.find((c) => isGoal(c.norm));
      if (goal) {
        taskCols = undefined;
        const next = cells.find((x) => x.col > goal.col);
        if (next && !table.goal) table.goal = fieldCell(grid, r, next.col);
        continue;
      }
      if (taskCols) {
        // A new section label in the list's label column ends the list.
        if (cells.some((c) => c.col <= taskCols!.label)) {
          taskCols = undefined;
          continue;
        }
        const nameCell = cells.find((c) => c.col === taskCols!.name);
        if (!nameCell) continue;
        const task: DepartmentTask = {
          row: r,
          name: fieldCell(grid, r, taskCols.name),
          content: fieldCell(grid, r, taskCols.content ?? taskCols.name + 1),
        };
        if (taskCols.amount !== undefined) {
          const value = fieldCell(grid, r, taskCols.amount);
          task.amount = { label: task.name, value, amount: parseAmount(value.text, value.raw, factor) };
        }
        table.tasks.push(task);
      }
    }
    table.range = { top, left: 0, bottom, right };
    table.rangeA1 = rangeA1(table.range);
    return table;
  });
}

/**
 * The funds block under its group headings: each group spans from its heading to the next one;
 * the heading row below names the group's columns (合计 and its parts), the row after holds the
 * amounts. A group without sub-headings has its amount under its own heading.
 */
function readFunds(grid: Grid, headingRow: number, below: readonly number[], groups: readonly FilledCell[], factor: Decimal, table: DepartmentTable): void {
  const index = sheetIndex(grid);
  const [subRow, valueRow] = below.length === 2 && !index.cells(below[0]!).some((c) => parseAmount(c.text, grid.value(below[0]!, c.col)) instanceof Decimal) ? below : [undefined, below[0]];
  if (valueRow === undefined) return;
  const subs = subRow === undefined ? [] : index.cells(subRow);
  const lastCol = Math.max(...[...subs, ...index.cells(valueRow)].map((c) => c.col), ...groups.map((g) => g.col));
  const amountAt = (label: FieldCell, col: number): DepartmentAmount => {
    const value = fieldCell(grid, valueRow, col);
    return { label, value, amount: parseAmount(value.text, value.raw, factor) };
  };
  groups.forEach((g, i) => {
    const key = isBasicGroup(g.norm) ? 'basic' : isProjectGroup(g.norm) ? 'project' : 'total';
    if (table.budget[key]) return;
    const to = i + 1 < groups.length ? groups[i + 1]!.col - 1 : lastCol;
    const inGroup = subs.filter((c) => c.col >= g.col && c.col <= to);
    const label = fieldCell(grid, headingRow, g.col);
    const totalSub = inGroup.find((c) => isGroupTotal(c.norm));
    if (!totalSub) {
      table.budget[key] = amountAt(label, g.col);
      return;
    }
    const amount = amountAt(label, totalSub.col);
    amount.parts = inGroup.filter((c) => c !== totalSub).map((c) => amountAt(fieldCell(grid, subRow!, c.col), c.col));
    table.budget[key] = amount;
  });
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
