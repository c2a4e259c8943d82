/**
 * A deadline no later than the project's own end: `2023年底` in a project that runs to 2023年11月,
 * or `截至2026年12月底` in a 2025 table. Transfer funds may run over, so this is a warning.
 */
import { indicatorEntries } from '../model';
import { quote } from './helpers';
import type { Rule } from './types';

interface YearMonth {
  year: number;
  month: number;
}

const DATE = /(20\d\d)\s*年\s*(?:(\d{1,2})\s*月)?(?:\s*[-—~至到]\s*(\d{1,2})\s*月)?/g;

/** The latest year-month a text names; a bare year or 年底 counts as its December. */
function latest(text: string): YearMonth | undefined {
  let out: YearMonth | undefined;
  for (const m of text.matchAll(DATE)) {
    const ym = { year: Number(m[1]), month: Number(m[3] ?? m[2] ?? 12) };
    if (ym.month < 1 || ym.month > 12) continue;
    if (!out || later(ym, out)) out = ym;
  }
  return out;
}

function later(a: YearMonth, b: YearMonth): boolean {
  return a.year > b.year || (a.year === b.year && a.month > b.month);
}

function spell(ym: YearMonth): string {
  return `${ym.year}年${ym.month}月`;
}

export const timelinessWithinPeriod: Rule = {
  meta: {
    id: 'timeliness-within-period',
    defaultSeverity: 'warning',
    description: '时效指标的完成时间不晚于项目期的结束时间（未写项目期时不晚于本表年度）',
    explain: {
      why: '完成时间晚于项目期结束（或本表年度），目标在项目期内无法实现。',
      good: '完成时间不晚于项目期结束，如一年期项目写本年12月底前。',
      source: '本地常见做法',
    },
    messages: {
      afterPeriod: '时效指标{value}的时间（{found}）晚于项目期{period}的结束时间 {end}',
      afterYear: '时效指标{value}的时间（{found}）晚于本表年度 {year} 年，请确认项目可跨年实施',
    },
    needs: ['projectHeader'],
  },
  check({ table, report }) {
    const periodText = table.fields.projectPeriod?.value.text ?? '';
    const periodEnd = latest(periodText);
    const yearEnd = table.year !== undefined ? { year: table.year, month: 12 } : undefined;
    const end = periodEnd ?? yearEnd;
    if (!end) return;
    const seen = new Set<number>();
    for (const e of indicatorEntries(table)) {
      if (e.level2?.id !== 'timeliness' || e.term !== 'annual' || seen.has(e.row)) continue;
      const found = latest(`${e.value.text} ${e.level3.text}`);
      if (!found || !later(found, end)) continue;
      seen.add(e.row);
      const fromName = !latest(e.value.text) || !later(latest(e.value.text)!, end);
      const cells = fromName ? [e.level3, e.value] : [e.value];
      const value = quote(fromName ? e.level3.text : e.value.text);
      if (periodEnd) report({ messageId: 'afterPeriod', cells, data: { value, found: spell(found), period: quote(periodText), end: spell(periodEnd) } });
      else report({ messageId: 'afterYear', cells, data: { value, found: spell(found), year: end.year } });
    }
  },
};
