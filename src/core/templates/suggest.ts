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
import { LIBRARY, type IndicatorTemplate, type Library, type ProjectType } from './library';

export interface RankedType {
  type: ProjectType;
  score: number;
  /** The keywords that matched, for the pane's "why". */
  matched: string[];
}

/** Project types by how well their keywords match the table's name (×3) and goal (×1). */
export function rankTypes(table: ProjectTable, library: Library = LIBRARY): RankedType[] {
  const name = projectName(table) ?? '';
  const goal = table.fields.annualGoal?.value.text ?? '';
  return library.types
    .map((type) => {
      let score = 0;
      const matched: string[] = [];
      type.keywords.forEach((k, i) => {
        const weight = 1 + (type.keywords.length - i) / type.keywords.length;
        const hit = (name.includes(k) ? 3 : 0) + (goal.includes(k) ? 1 : 0);
        if (hit > 0) {
          score += hit * weight;
          matched.push(k);
        }
      });
      return { type, score, matched };
    })
    .sort((a, b) => b.score - a.score || library.types.indexOf(a.type) - library.types.indexOf(b.type));
}

/** Required 二级 indicators the table has no row for. */
export function missingLevel2(table: ProjectTable, profile: Profile): Level2Id[] {
  const present = new Set(table.indicators.map((r) => r.level2?.id).filter(Boolean));
  return requiredGroups(table, profile.options)
    .filter((g) => !g.ids.some((id) => present.has(id)))
    .map((g) => g.ids[0]!);
}

/** Templates that would add each missing required 二级 (the first of the suggested type's set, or any). */
export function templatesForMissing(table: ProjectTable, profile: Profile, library: Library = LIBRARY): IndicatorTemplate[] {
  const ranked = rankTypes(table, library)[0]?.type;
  const framework = frameworkOf(table, profile);
  return missingLevel2(table, profile)
    .map((id) => {
      const fromType = ranked?.indicators.map((i) => library.indicator(i)!).find((t) => labelsFor(t, framework).level2 === id);
      return fromType ?? library.indicators.find((t) => labelsFor(t, framework).level2 === id);
    })
    .filter((t): t is IndicatorTemplate => t !== undefined);
}

/**
 * The templates of a type's set that a table still needs: names it already has are skipped, and so
 * is a total-cost template (`≤{total}万元`) when the table already itemises its costs in money —
 * the total on top of the items would count the money twice.
 */
export function templatesToAdd(table: ProjectTable, type: ProjectType, library: Library = LIBRARY): IndicatorTemplate[] {
  const names = new Set(table.indicators.map((r) => r.level3Key));
  const itemisedCosts = table.indicators.some((r) => (r.level2?.id === 'cost' || r.level2?.id === 'economicCost') && r.values.some((v) => v.parsed.kind === 'money'));
  return type.indicators
    .map((id) => library.indicator(id)!)
    .filter((t) => !names.has(t.name))
    .filter((t) => !(itemisedCosts && t.level2 === 'cost' && t.value.includes('{total}')));
}

/** The frameworks a template is written for (a 满意度-in-效益 table takes the legacy labels). */
export type Framework = Extract<FrameworkId, 'legacy' | 'mof-2021'>;

/** The framework inserted rows follow: the table's own (from its labels), unless the profile names one. */
export function frameworkOf(table: ProjectTable | undefined, profile: Profile): Framework {
  if (!table) return profile.options.framework === 'mof-2021' ? 'mof-2021' : 'legacy';
  return tableFramework(table, profile.options) === 'mof-2021' ? 'mof-2021' : 'legacy';
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
  if (table.year !== undefined) ctx.year = table.year;
  return ctx;
}
