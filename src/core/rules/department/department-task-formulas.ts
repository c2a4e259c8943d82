/**
 * 部门整体: formulas written in a task's text are recomputed (`322×10×0.1=322万元`,
 * `2145×3500×12×0.1=900.9万元`, products in 元 stated in 万元), and the total the text states
 * (`以上预算共计8.05万元`, or a single formula's result) is compared with the task's 拟投入的资金.
 */
import Decimal from 'decimal.js';
import type { DepartmentTable } from '../../layouts/department';
import { formatWan, parseAmount } from '../../values/parse';
import type { Rule } from '../types';

/** Evaluates `a×b-c÷d` with the usual precedence, exactly. */
export function evaluate(expr: string): Decimal | undefined {
  const tokens = expr.replace(/\s+/g, '').match(/\d+(?:\.\d+)?|[×x*÷/+\-]/g);
  if (!tokens || tokens.join('') !== expr.replace(/\s+/g, '')) return undefined;
  const terms: Decimal[] = [];
  const signs: number[] = [];
  let current: Decimal | undefined;
  let op: string | undefined;
  let sign = 1;
  for (const t of tokens) {
    if (/^\d/.test(t)) {
      const n = new Decimal(t);
      if (current === undefined) current = n;
      else if (op === '×' || op === 'x' || op === '*') current = current.mul(n);
      else if (op === '÷' || op === '/') {
        if (n.isZero()) return undefined;
        current = current.div(n);
      } else return undefined;
      op = undefined;
    } else if (t === '+' || t === '-') {
      if (current === undefined) return undefined;
      terms.push(current);
      signs.push(sign);
      sign = t === '-' ? -1 : 1;
      current = undefined;
    } else {
      if (op !== undefined || current === undefined) return undefined; // `3××4`, `×4`
      op = t;
    }
  }
  if (op !== undefined) return undefined;
  if (current === undefined) return undefined;
  terms.push(current);
  signs.push(sign);
  return terms.reduce((acc, x, i) => acc.plus(x.mul(signs[i]!)), new Decimal(0));
}

const FORMULA = /(\d+(?:\.\d+)?(?:\s*[×x*÷/+\-]\s*\d+(?:\.\d+)?)+)\s*=\s*(\d+(?:\.\d+)?)\s*(万元|元)?/g;
const STATED_TOTAL = /(?:共计|合计|总计|共需配套|共需)\s*(\d+(?:\.\d+)?)\s*(万元|元)/g;

/** A product in 元 may be stated in 万元: both readings are accepted. */
function matches(computed: Decimal, stated: Decimal): boolean {
  return computed.minus(stated).abs().lte('0.005') || computed.minus(stated.mul(10000)).abs().lte(50);
}

export const departmentTaskFormulas: Rule<DepartmentTable> = {
  meta: {
    id: 'department-task-formulas',
    defaultSeverity: 'error',
    description: '任务说明中的计算式应算得对，说明中的合计应与拟投入的资金一致',
    explain: {
      why: '任务说明里写出的计算式与拟投入资金不一致，评审会认为测算不实。',
      good: '计算式算得对，结果与“拟投入的资金”一致，如 322×10×0.1=322万元。',
      source: '本地常见做法',
    },
    messages: {
      wrongFormula: '{task}的计算式「{expr}={stated}」算得 {computed}，与写明的结果不符',
      totalMismatch: '{task}的说明写明合计 {stated} 万元，与拟投入的资金 {amount} 万元不一致（相差 {diff} 万元）',
      totalRounding: '{task}的说明写明合计 {stated} 万元，与拟投入的资金 {amount} 万元相差 {diff} 万元（尾差）',
    },
    needs: ['department'],
  },
  check({ table, options, report }) {
    for (const task of table.tasks) {
      const text = task.content.text;
      const taskName = `「${task.name.text.trim().replace(/[:：].*$/, '')}」`;
      const formulas = [...text.matchAll(FORMULA)];
      for (const f of formulas) {
        const computed = evaluate(f[1]!);
        if (!computed) continue;
        const stated = new Decimal(f[2]!);
        if (!matches(computed, stated)) {
          report({ messageId: 'wrongFormula', cells: [task.content], data: { task: taskName, expr: f[1]!.replace(/\s+/g, ''), stated: f[2]!, computed: formatWan(computed) } });
        }
      }
      // The total the text states: the last 共计/合计…, else a single formula's result.
      const totals = [...text.matchAll(STATED_TOTAL)];
      const last = totals[totals.length - 1];
      const single = formulas.length === 1 && formulas[0]![3] ? formulas[0]! : undefined;
      const written = last ? `${last[1]}${last[2]}` : single ? `${single[2]}${single[3]}` : undefined;
      const stated = written === undefined ? undefined : parseAmount(written, undefined);
      const amount = task.amount?.amount;
      if (!task.amount || !(stated instanceof Decimal) || !(amount instanceof Decimal)) continue;
      const diff = stated.minus(amount).abs();
      if (diff.isZero()) continue;
      const data = { task: taskName, stated: formatWan(stated), amount: formatWan(amount), diff: formatWan(diff) };
      if (diff.lte(options.roundingTolerancePerPart)) report({ messageId: 'totalRounding', cells: [task.content, task.amount.value], data, severity: 'warning' });
      else report({ messageId: 'totalMismatch', cells: [task.content, task.amount.value], data });
    }
  },
};
