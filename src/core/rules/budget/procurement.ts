/**
 * Reading a 政府采购预算表 for its rules: the 合计 row, the 小计 row of each unit with its lines,
 * and the lines grouped by the project they are bought from (项目名称 carried down over the
 * blank cells of a merged or repeated project).
 */
import Decimal from 'decimal.js';
import type { BudgetAmount, BudgetColumn, BudgetRow, BudgetTable } from '../../layouts/budget';
import type { FieldCell } from '../../model';
import { isBlank } from '../../text';
import { amountOf, itemLabel, nameOf } from './helpers';

export interface ProcurementLine {
  row: BudgetRow;
  /** The 项目名称 cell that names the line's project (the line's own, or the one above it). */
  project: FieldCell;
}

export interface ProcurementProject {
  name: string;
  nameCell: FieldCell;
  /** The project's 预算资金, from its first line that gives one. */
  budget?: BudgetAmount;
  lines: ProcurementLine[];
}

export interface Procurement {
  total?: BudgetRow;
  /** Each unit's 小计 row and its lines; one group without a 小计 when the table has none. */
  groups: Array<{ subtotal?: BudgetRow; lines: ProcurementLine[] }>;
  projects: ProcurementProject[];
  /** The 合计 column of 政府采购金额 and the columns summed down the table (funds, 中小企业 share). */
  amountCol?: BudgetColumn;
  summed: BudgetColumn[];
  quantityCol?: BudgetColumn;
  priceCol?: BudgetColumn;
}

/** Read once per table: three table rules and a cross-table rule ask for the same reading. */
const readings = new WeakMap<BudgetTable, Procurement>();

export function readProcurement(t: BudgetTable): Procurement | undefined {
  if (t.name !== '政府采购预算表') return undefined;
  let p = readings.get(t);
  if (!p) {
    p = read(t);
    readings.set(t, p);
  }
  return p;
}

function read(t: BudgetTable): Procurement {
  const col = (role: BudgetColumn['role'], re: RegExp) => t.columns.find((c) => c.role === role && re.test(c.heading));
  const itemCol = t.halves[0]?.itemCol;
  const p: Procurement = {
    groups: [],
    projects: [],
    summed: t.columns.filter((c) => c.role === 'amount' || (c.role === 'reference' && !/预算资金/.test(c.heading))),
  };
  const amountCol = col('amount', /^合计$/) ?? t.columns.find((c) => c.role === 'amount');
  if (amountCol) p.amountCol = amountCol;
  const budgetCol = col('reference', /预算资金/);
  const quantityCol = col('measure', /^数量$/);
  if (quantityCol) p.quantityCol = quantityCol;
  const priceCol = col('measure', /^单价$/);
  if (priceCol) p.priceCol = priceCol;

  let group: { subtotal?: BudgetRow; lines: ProcurementLine[] } | undefined;
  let project: ProcurementProject | undefined;
  for (const row of t.rows) {
    const label = itemLabel(nameOf(row));
    if (/^(合计|总计)$/.test(label)) {
      p.total = row;
      continue;
    }
    if (/小计$/.test(label)) {
      group = { subtotal: row, lines: [] };
      p.groups.push(group);
      project = undefined;
      continue;
    }
    const nameCell = itemCol === undefined ? undefined : row.names.get(itemCol);
    if (nameCell && !isBlank(nameCell.text)) {
      const name = nameCell.text.trim();
      project = p.projects.find((x) => x.name === name) ?? { name, nameCell, lines: [] };
      if (!p.projects.includes(project)) p.projects.push(project);
    }
    if (!project) continue; // a line before any project: nothing to attach it to
    if (!group) {
      group = { lines: [] };
      p.groups.push(group);
    }
    const line: ProcurementLine = { row, project: project.nameCell };
    group.lines.push(line);
    project.lines.push(line);
    const budget = budgetCol && row.amounts.get(budgetCol.col);
    if (!project.budget && budget && budget.amount !== null) project.budget = budget;
  }
  return p;
}

/** What a project buys: its lines' 合计 cells and their sum; undefined when one is unreadable. */
export function purchasesOf(p: Procurement, project: ProcurementProject): { cells: FieldCell[]; sum: Decimal } | undefined {
  if (!p.amountCol) return undefined;
  const amounts = project.lines.map((l) => l.row.amounts.get(p.amountCol!.col)!);
  const values = amounts.map(amountOf);
  if (values.some((v) => v === undefined)) return undefined;
  return { cells: amounts.map((a) => a.cell), sum: (values as Decimal[]).reduce((a, b) => a.plus(b), new Decimal(0)) };
}
