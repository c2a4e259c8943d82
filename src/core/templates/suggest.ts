/**
 * What to offer for a table: project types ranked from its 项目名称 and 年度目标, the required 二级
 * it still lacks, and template values with the placeholders the table can fill (`{total}` from
 * 年度资金总额, `{year}` from the year line); `{n}` stays for the user as `**`.
 */
import Decimal from 'decimal.js';
import type { Level1Id, Level2Id, ProjectTable } from '../model';
import type { FrameworkId } from '../model/schemas';
import { LEVEL1_NAMES, LEVEL2_NAMES, projectName } from '../model';
import { frameworkOf as tableFramework, requiredGroups } from '../rules/framework';
import type { Profile } from '../rules/profiles';
import { formatWan } from '../values/parse';
import { normalizeLabel } from '../text';
import { LIBRARY, type IndicatorTemplate, type Library, type ProjectType } from './library';

export interface RankedType {
  type: ProjectType;
  score: number;
  /** The words that matched, for the pane's "why". */
  matched: string[];
}

/** What a name says after the words that say nothing of what the money is for. */
const CATCH_ALL_TAIL = /(专项经费|工作经费|保障经费|专项资金|资金|经费|专项|项目|工作|费用|[一二三四五六七八九十]期|[（(][^（）()]*[）)])$/;

/** The head of a project name: `村干部报酬自治区补助资金` → `村干部报酬自治区补助`. */
export function headOf(name: string): string {
  let head = normalizeLabel(name).replace(/[“”"'‘’]/g, '');
  for (let before = ''; before !== head; ) {
    before = head;
    head = head.replace(CATCH_ALL_TAIL, '');
  }
  return head;
}

/** Rows that can vote for one keyword, and the weight of a catch-all word in the name. */
const ROW_VOTES = 3;
const ROW = 0.5;
const WEAK = 0.5;
const HEAD = 10;

/**
 * Project types by how well they match the table: each keyword (stronger the earlier it is listed)
 * in the 项目名称 ×3, the 年度目标 ×1 and the 三级 rows the table already has ×½ each (up to three);
 * a catch-all word counts a little, in the name only; a name whose head says what the money is
 * (`…津贴`, `…以奖代补`) votes strongly. A score of 0 is no recommendation (see `recommendedType`).
 */
export function rankTypes(table: ProjectTable, library: Library = LIBRARY): RankedType[] {
  const name = normalizeLabel(projectName(table) ?? '');
  const goal = normalizeLabel(table.fields.annualGoal?.value.text ?? '');
  const rows = [...new Set(table.indicators.map((r) => r.level3Key).filter((k) => k !== ''))];
  const head = headOf(name);
  return library.types
    .map((type) => {
      let score = 0;
      const matched: string[] = [];
      type.keywords.forEach((k, i) => {
        const weight = 1 + (type.keywords.length - i) / type.keywords.length;
        const inRows = Math.min(ROW_VOTES, rows.filter((r) => r.includes(k)).length);
        const hit = (name.includes(k) ? 3 : 0) + (goal.includes(k) ? 1 : 0) + inRows * ROW;
        if (hit > 0) {
          score += hit * weight;
          matched.push(k);
        }
      });
      for (const k of type.weak ?? []) {
        if (name.includes(k) && !matched.some((m) => m.includes(k))) {
          score += WEAK;
          matched.push(k);
        }
      }
      const byHead = (type.heads ?? []).find((h) => head.endsWith(h));
      if (byHead) {
        score += HEAD;
        if (!matched.includes(byHead)) matched.push(byHead);
      }
      return { type, score, matched };
    })
    .sort((a, b) => b.score - a.score || library.types.indexOf(a.type) - library.types.indexOf(b.type));
}

/** The type to recommend, or undefined when nothing matched (never a guess). */
export function recommendedType(table: ProjectTable, library: Library = LIBRARY): RankedType | undefined {
  const best = rankTypes(table, library)[0];
  return best && best.score > 0 ? best : undefined;
}

/** Required 二级 indicators the table has no row for. */
export function missingLevel2(table: ProjectTable, profile: Profile): Level2Id[] {
  const present = new Set(table.indicators.map((r) => r.level2?.id).filter(Boolean));
  return requiredGroups(table, profile.options)
    .filter((g) => !g.ids.some((id) => present.has(id)))
    .map((g) => g.ids[0]!);
}

/**
 * Templates that would add each missing required 二级: from the recommended type's set, else from the
 * 通用 set (a table whose type cannot be told is not given another type's entries).
 */
export function templatesForMissing(table: ProjectTable, profile: Profile, library: Library = LIBRARY): IndicatorTemplate[] {
  const type = recommendedType(table, library)?.type ?? library.general;
  const framework = frameworkOf(table, profile);
  const usable = (id: string) => library.indicator(id)!;
  return missingLevel2(table, profile)
    .map((id) => {
      const under = (t: IndicatorTemplate) => fits(t, framework) && labelsFor(t, framework).level2 === id;
      return type.indicators.map(usable).find(under) ?? library.general.indicators.map(usable).find(under);
    })
    .filter((t): t is IndicatorTemplate => t !== undefined);
}

/** Whether a table of `framework` takes the entry (社会成本, 生态环境成本 only in 2021 tables). */
export function fits(t: IndicatorTemplate, framework: Framework): boolean {
  return t.framework === undefined || t.framework === framework;
}

/**
 * The templates of a type's set that a table still needs: names it already has are skipped, and so
 * is a total-cost template (`≤{total}万元`) when the table already itemises its costs in money —
 * the total on top of the items would count the money twice.
 */
export function templatesToAdd(table: ProjectTable, type: ProjectType, library: Library = LIBRARY, framework: Framework = frameworkOf(table)): IndicatorTemplate[] {
  return stillNeeded(table, type.indicators.map((id) => library.indicator(id)!), framework);
}

/** `templatesToAdd` for any list of templates (a set learned from the user's tables). */
export function stillNeeded(table: ProjectTable, templates: readonly IndicatorTemplate[], framework: Framework = frameworkOf(table)): IndicatorTemplate[] {
  const names = new Set(table.indicators.map((r) => r.level3Key));
  const itemisedCosts = table.indicators.some((r) => (r.level2?.id === 'cost' || r.level2?.id === 'economicCost') && r.values.some((v) => v.parsed.kind === 'money'));
  return templates
    .filter((t) => fits(t, framework))
    .filter((t) => !names.has(normalizeLabel(t.name)))
    .filter((t) => !(itemisedCosts && t.level2 === 'cost' && t.value.includes('{total}')));
}

/** The frameworks a template is written for (a 满意度-in-效益 table takes the legacy labels). */
export type Framework = Extract<FrameworkId, 'legacy' | 'mof-2021'>;

/**
 * The framework inserted rows follow: the table's own, where its labels say it — a 成本指标 一级 or an
 * 经济成本指标 row is 2021, a 成本指标 二级 under 产出指标 the legacy framework, whatever the profile
 * says (a 2021 table is not given a legacy 成本 block, nor a legacy table a second one). A table with
 * no cost row yet follows the profile (or the legacy framework).
 */
export function frameworkOf(table: ProjectTable | undefined, profile?: Profile): Framework {
  const asked: Framework = profile?.options.framework === 'mof-2021' ? 'mof-2021' : 'legacy';
  if (!table) return asked;
  const rows = table.indicators;
  if (rows.some((r) => r.level1?.id === 'cost' || r.level2?.id === 'economicCost' || r.level2?.id === 'socialCost' || r.level2?.id === 'ecologicalCost')) return 'mof-2021';
  if (rows.some((r) => r.level2?.id === 'cost')) return 'legacy';
  if (profile && profile.options.framework === 'auto') return tableFramework(table, profile.options) === 'mof-2021' ? 'mof-2021' : 'legacy';
  return asked;
}

/** The 一级/二级 a template sits under in a framework (2021: 成本 is level 1, 经济成本指标). */
export function labelsFor(t: IndicatorTemplate, framework: Framework): { level1: Level1Id; level2: Level2Id; level1Name: string; level2Name: string } {
  if (framework === 'mof-2021' && t.level2 === 'cost') {
    return { level1: 'cost', level2: 'economicCost', level1Name: LEVEL1_NAMES.cost, level2Name: LEVEL2_NAMES.economicCost };
  }
  return { level1: t.level1, level2: t.level2, level1Name: LEVEL1_NAMES[t.level1], level2Name: LEVEL2_NAMES[t.level2] };
}

export interface FillContext {
  total?: Decimal;
  year?: number;
}

/** The placeholder written where the user still has to put a number. */
export const OPEN_PLACEHOLDER = '**';

/** The value text for a table; `open` tells whether a number is left for the user. */
export function fillValue(t: IndicatorTemplate, ctx: FillContext): { text: string; open: boolean } {
  let open = false;
  const text = t.value
    .replace('{total}', () => {
      if (ctx.total && ctx.total.gt(0)) return formatWan(ctx.total);
      open = true;
      return OPEN_PLACEHOLDER;
    })
    .replace('{year}', () => {
      if (ctx.year) return String(ctx.year);
      open = true;
      return OPEN_PLACEHOLDER;
    })
    .replace('{n}', () => {
      open = true;
      return OPEN_PLACEHOLDER;
    });
  return { text, open };
}

export function fillContextOf(table: ProjectTable): FillContext {
  const ctx: FillContext = {};
  const total = table.funds.total?.amount;
  if (total instanceof Decimal) ctx.total = total;
  const year = table.year ?? yearOfProjectCode(table.fields.projectCode?.value.text);
  if (year !== undefined) ctx.year = year;
  return ctx;
}

/**
 * The budget year in a 项目编码 of the 部门预算 system: six digits of the county's division code, two
 * of the year, then the kind (`13102824P00262910214E` is 大厂 131028, 2024, P). Undefined otherwise.
 */
export function yearOfProjectCode(code: string | undefined): number | undefined {
  const m = /^\s*\d{6}(\d{2})[A-Z]/.exec(code ?? '');
  if (!m) return undefined;
  const year = 2000 + Number(m[1]);
  return year >= 2015 && year <= 2099 ? year : undefined;
}
