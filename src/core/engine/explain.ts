/**
 * Why nothing (or not everything) was recognised: the places of a workbook that look like a target,
 * department or budget table but were not read as one, each with the nearest family and the reason
 * it was not taken. When a workbook yields no table they make up the explanation; beside tables that
 * were read, each is a warning at its cell (rule `unread-region`), so no would-be table is dropped.
 */
import { a1 } from '../grid/address';
import type { Grid } from '../grid/grid';
import { inRanges, sheetIndex } from '../grid/sheetIndex';
import { parseLevel1 } from '../layouts/labels';
import { lineOf } from '../layouts/sangong';
import { headingRole, headerLabel, mayBeHeading } from '../layouts/vocabularyMatch';
import type { NearMiss, RecognizedTable } from '../model';
import { STORE_SHEET } from '../store/document';

export type { NearMiss };

const ROLE_NAMES: Record<string, string> = { level1: '一级指标', level2: '二级指标', level3: '三级指标', value: '指标值' };

/** At most this many per sheet: the nearest ones, top to bottom. */
const PER_SHEET = 3;

export function nearMisses(grids: readonly Grid[], tables: readonly RecognizedTable[]): NearMiss[] {
  const out: NearMiss[] = [];
  for (const grid of grids) {
    if (grid.sheet === STORE_SHEET) continue;
    const mine = tables.filter((t) => t.sheet === grid.sheet);
    const inTable = inRanges(mine.map((t) => t.range));
    const index = sheetIndex(grid);
    const found: NearMiss[] = [];
    const seen = new Set<string>();
    // An incomplete heading row explains the indicator rows below it too.
    let heading = false;
    const at = (row: number, col: number) => ({ cell: a1(row, col), row, col });
    // A header section (项目名称, 资金总额) says once that its table was not read; the heading row
    // under it, when there is one, says better why.
    let header: NearMiss | undefined;
    const add = (m: NearMiss, kind?: 'header' | 'heading') => {
      if (kind === 'header' && header) return;
      if (kind === 'heading' && header && m.family === header.family) {
        found.splice(found.indexOf(header), 1);
        header = undefined;
      }
      if (found.length >= PER_SHEET || seen.has(m.family + m.reason)) return;
      seen.add(m.family + m.reason);
      found.push(m);
      if (kind === 'header') header = m;
    };
    for (const r of index.rows) {
      if (found.length >= PER_SHEET) break;
      if (inTable(r)) continue;
      const cells = index.cells(r);
      // A heading row that lacks a column the indicator grid needs.
      const roles = new Map<string, number>();
      for (const c of cells) {
        const role = mayBeHeading(c.text) ? headingRole(c.norm) : undefined;
        if (role && ROLE_NAMES[role] && !roles.has(role)) roles.set(role, c.col);
      }
      if (roles.size >= 2) {
        const missing = (['level3', 'value'] as const).filter((x) => !roles.has(x));
        if (!roles.has('level1') && !roles.has('level2')) missing.unshift('level2' as never);
        if (missing.length > 0) {
          const have = [...roles.keys()].map((x) => `「${ROLE_NAMES[x]}」`).join('');
          heading = true;
          add({ sheet: grid.sheet, ...at(r, Math.min(...roles.values())), family: '项目绩效目标表', reason: `有表头${have}，但没有${missing.map((x) => `「${ROLE_NAMES[x]}」`).join('或')}列（也可写作“指标内容”“指标名称”/“目标值”“绩效值”等）` }, 'heading');
          continue;
        }
      }
      for (const c of cells) {
        if (!heading && c.text.length <= 16 && parseLevel1(c.text).level1) {
          add({ sheet: grid.sheet, ...at(r, c.col), family: '项目绩效目标表', reason: `有一级指标「${c.text.trim()}」，但上方没有“一级指标 · 二级指标 · 三级指标 · 指标值”表头行` });
          break;
        }
        if (c.norm === '栏次') {
          add({ sheet: grid.sheet, ...at(r, c.col), family: '单位预算表', reason: '有「栏次」行，但其后不是连续的列序号 1、2、3…' });
          break;
        }
        const line = c.text.length <= 24 && (c.text.includes('公务') || c.text.includes('出国')) ? lineOf(c.norm) : undefined;
        if (line) {
          add({ sheet: grid.sheet, ...at(r, c.col), family: '“三公”经费表', reason: `有「${c.text.trim()}」，但找不到预算数、上年/本年或增减等列标题` });
          break;
        }
        const label = headerLabel(c.norm);
        if (label && (label.kind === 'projectName' || label.kind === 'funds.total')) {
          add({ sheet: grid.sheet, ...at(r, c.col), family: '项目绩效目标表', reason: `有「${c.text.trim()}」，但没有读到表格（项目名称旁需有名称，下方需有指标表）` }, 'header');
          break;
        }
      }
    }
    out.push(...found);
  }
  return out;
}

/** The Chinese explanation for a workbook in which no table was recognised. */
export function nothingRecognised(misses: readonly NearMiss[]): string {
  if (misses.length === 0) {
    return '未识别到绩效目标表、部门整体表或单位预算表：工作簿中没有“三级指标”“指标值”表头、“栏次”行、项目名称/资金总额或三公经费等内容。';
  }
  return ['未识别到绩效目标表、部门整体表或单位预算表。最接近的是：', ...misses.map((m) => `工作表「${m.sheet}」${m.cell}（${m.family}）：${m.reason}`)].join('\n');
}
