/**
 * Which framework a table's indicators follow, read from its own labels unless the profile names
 * one, and what that framework requires: its 一级 indicators, where each 二级 belongs, and the
 * mandatory 二级 — those the table's template tags 必填, else the minimum every framework shares
 * (产出 with 数量/质量/时效, a cost block, a 效益 indicator, a satisfaction indicator).
 */
import type { Level1Id, Level2Id, ProjectTable } from '../model';
import { projectSpec } from '../layouts/specs';
import type { ProfileOptions } from './profiles';

import type { FrameworkId as Framework } from '../model/schemas';

export type { Framework };

/** A requirement met by a row of any of the ids; `name` says it in Chinese where the first id's name would not. */
export interface RequiredGroup {
  ids: Level2Id[];
  name?: string;
}

const COST_2021: ReadonlySet<Level2Id> = new Set(['economicCost', 'socialCost', 'ecologicalCost']);
const BENEFITS: Level2Id[] = ['economicBenefit', 'socialBenefit', 'ecologicalBenefit', 'sustainability', 'combinedBenefit'];

/** The framework of a table: the profile's, or what its labels show. */
export function frameworkOf(table: ProjectTable, options: ProfileOptions): Framework {
  if (options.framework !== 'auto') return options.framework;
  let f = detected.get(table);
  if (!f) detected.set(table, (f = detectFramework(table)));
  return f;
}

/** Tables are not changed after recognition: what their labels say is read once. */
const detected = new WeakMap<ProjectTable, Framework>();

function detectFramework(table: ProjectTable): Framework {
  const rows = table.indicators;
  if (rows.some((r) => r.level1?.id === 'cost' || (r.level2?.id && COST_2021.has(r.level2.id)))) return 'mof-2021';
  const satisfactionUnderBenefit = rows.some((r) => r.level2?.id === 'serviceSatisfaction' && r.level1?.id === 'benefit');
  if (satisfactionUnderBenefit && !rows.some((r) => r.level1?.id === 'satisfaction')) return 'benefit-satisfaction';
  return 'legacy';
}

const BENEFIT_PARENTS: Partial<Record<Level2Id, Level1Id[]>> = {
  economicBenefit: ['benefit'],
  socialBenefit: ['benefit'],
  ecologicalBenefit: ['benefit'],
  sustainability: ['benefit'],
  combinedBenefit: ['benefit'],
};

const PARENTS: Record<Framework, Partial<Record<Level2Id, Level1Id[]>>> = {
  legacy: { quantity: ['output'], quality: ['output'], timeliness: ['output'], cost: ['output'], ...BENEFIT_PARENTS, serviceSatisfaction: ['satisfaction'] },
  // 成本 is a level-1 indicator in 2021: a 成本指标 row under 产出 is out of place.
  'mof-2021': {
    quantity: ['output'],
    quality: ['output'],
    timeliness: ['output'],
    cost: ['cost'],
    economicCost: ['cost'],
    socialCost: ['cost'],
    ecologicalCost: ['cost'],
    ...BENEFIT_PARENTS,
    serviceSatisfaction: ['satisfaction'],
  },
  'benefit-satisfaction': {
    quantity: ['output'],
    quality: ['output'],
    timeliness: ['output'],
    cost: ['output'],
    ...BENEFIT_PARENTS,
    serviceSatisfaction: ['benefit', 'satisfaction'],
  },
};

const LEVEL1: Record<Framework, Level1Id[]> = {
  legacy: ['output', 'benefit', 'satisfaction'],
  'mof-2021': ['output', 'cost', 'benefit', 'satisfaction'],
  'benefit-satisfaction': ['output', 'benefit'],
};

export function level2Parents(table: ProjectTable, options: ProfileOptions): Partial<Record<Level2Id, Level1Id[]>> {
  return options.level2Parents ?? PARENTS[frameworkOf(table, options)];
}

export function requiredLevel1(table: ProjectTable, options: ProfileOptions): Level1Id[] {
  return options.requiredLevel1 ?? LEVEL1[frameworkOf(table, options)];
}

/** True when the table's 二级 labels carry 必填/选填 tags: its template says what is mandatory. */
export function isTagged(table: ProjectTable): boolean {
  return table.indicators.some((r) => r.level2?.tagged);
}

/** The mandatory 二级 of a table, as groups any row of which satisfies. */
export function requiredGroups(table: ProjectTable, options: ProfileOptions): RequiredGroup[] {
  let byOptions = groupsCache.get(table);
  if (!byOptions) groupsCache.set(table, (byOptions = new WeakMap()));
  let groups = byOptions.get(options);
  if (!groups) byOptions.set(options, (groups = readRequiredGroups(table, options)));
  return groups;
}

const groupsCache = new WeakMap<ProjectTable, WeakMap<ProfileOptions, RequiredGroup[]>>();

function readRequiredGroups(table: ProjectTable, options: ProfileOptions): RequiredGroup[] {
  const single = (id: Level2Id): RequiredGroup => ({ ids: [id] });
  const override = options.requiredLevel2[table.kind];
  if (override) return override.map(single);
  if (isTagged(table)) {
    const ids = new Set<Level2Id>(projectSpec(table.kind)?.mandatory ?? []);
    for (const r of table.indicators) if (r.level2?.required && r.level2.id) ids.add(r.level2.id);
    // A profile that imposes the 2021 framework asks for 经济成本指标 where the template said 成本指标.
    if (options.framework === 'mof-2021' && ids.delete('cost')) ids.add('economicCost');
    return [...ids].map(single);
  }
  const framework = frameworkOf(table, options);
  return [
    single('quantity'),
    single('quality'),
    single('timeliness'),
    framework === 'mof-2021' ? { ids: ['economicCost', 'cost'] } : { ids: ['cost'] },
    { ids: BENEFITS, name: '效益指标下的二级指标（社会效益、经济效益、生态效益或可持续影响）' },
    single('serviceSatisfaction'),
  ];
}

/** Every 二级 id a requirement names: rows of these may not be left empty. */
export function requiredLevel2Ids(table: ProjectTable, options: ProfileOptions): Set<Level2Id> {
  const out = new Set<Level2Id>();
  for (const g of requiredGroups(table, options)) if (g.ids.length === 1) out.add(g.ids[0]!);
  return out;
}
