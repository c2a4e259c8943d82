/** Years in indicator values agree with the table's year: a 2023 deadline in a 2024 table was copied from last year. */
import { quote } from './helpers';
import { indicatorEntries } from '../model';
import type { Rule } from './types';

export const yearMatchesTable: Rule = {
  meta: {
    id: 'year-matches-table',
    defaultSeverity: 'warning',
    description: '指标值中的年份应与表的年度一致',
    explain: {
      why: '指标值里的年份与表的年度不一致，多半是沿用了去年的表。',
      good: '年份与本表年度一致，如 2024 年度的表写 2024年12月底前。',
      source: '本地常见做法',
    },
    messages: {
      otherYear: '指标值{value}中的年份 {found} 与本表年度 {year} 不一致，可能沿用了往年数据',
    },
    needs: ['projectHeader'],
  },
  check({ table, report }) {
    const year = table.year;
    if (year === undefined) return;
    for (const row of indicatorEntries(table)) {
      // A multi-year project may name the next year as its end; only earlier years are stale.
      if (!row.parsed.years.some((y) => y < year)) continue;
      const stale = row.parsed.years.filter((y) => y < year);
      report({ messageId: 'otherYear', cells: [row.value], data: { value: quote(row.value.text), found: stale.join('、'), year } });
    }
  },
};
