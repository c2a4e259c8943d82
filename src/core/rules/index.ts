/** The rule registry: every rule the engine knows, in the order findings are explained. */
import { costSumWithinTotal } from './cost-sum-within-total';
import { costValueIsMoney } from './cost-value-is-money';
import { costWithinTotal } from './cost-within-total';
import { duplicateLevel3AcrossLevel2 } from './duplicate-level3-across-level2';
import { fundAmountReadable } from './fund-amount-readable';
import { fundTotalSum } from './fund-total-sum';
import { indicatorComplete } from './indicator-complete';
import { knownLevelLabels } from './known-level-labels';
import { level2UnderLevel1 } from './level2-under-level1';
import { level3FitsLevel2 } from './level3-fits-level2';
import { moneyOnlyUnderCost } from './money-only-under-cost';
import { noDuplicateLevel3 } from './no-duplicate-level3';
import { noErrorValues } from './no-error-values';
import { noPlaceholder } from './no-placeholder';
import { optionalRowUnfilled } from './optional-row-unfilled';
import { percentAtLeast100 } from './percent-at-least-100';
import { percentWithinRange } from './percent-within-range';
import { qualityValueKind } from './quality-value-kind';
import { quantityValueIsCount } from './quantity-value-is-count';
import { requiredFields } from './required-fields';
import { requiredLevel2Rule } from './required-level2';
import { satisfactionFloor } from './satisfaction-floor';
import { satisfactionIsPercent } from './satisfaction-is-percent';
import { spendingPlan } from './spending-plan';
import { timelinessRateWording } from './timeliness-rate-wording';
import { timelinessValueIsTime } from './timeliness-value-is-time';
import { unitCostTimesQuantity } from './unit-cost-times-quantity';
import { unplacedCell } from './unplaced-cell';
import { valueFormat } from './value-format';
import { yearMatchesTable } from './year-matches-table';
import { timelinessWithinPeriod } from './timeliness-within-period';
import { scoresAddUp } from './scores-add-up';
import { mediumDiffersFromAnnual } from './medium-differs-from-annual';
import type { Rule, RuleMeta } from './types';
import type { ProjectTable } from '../model';
import type { BudgetTable } from '../layouts/budget';
import { budgetBalance } from './budget/budget-balance';
import { budgetCodeHierarchy } from './budget/budget-code-hierarchy';
import { budgetTotalColumn } from './budget/budget-total-column';
import { budgetTotalRow } from './budget/budget-total-row';
import { budgetSangong } from './budget/budget-sangong';
import { amountReadable } from './budget/amount-readable';
import { budgetProcurementQuantityPrice } from './budget/budget-procurement-quantity-price';
import { budgetProcurementTotals } from './budget/budget-procurement-totals';
import { budgetProcurementWithinBudget } from './budget/budget-procurement-within-budget';
import { budgetProcurementProjects } from './workbook/budget-procurement-projects';
import { budgetGeneralWithinTotal } from './workbook/budget-general-within-total';
import { budgetFiguresAgree } from './workbook/budget-figures-agree';
import { budgetProjectsSum } from './workbook/budget-projects-sum';
import type { WorkbookRule } from './workbook/types';
import { budgetListTotal } from './budget/budget-list-total';
import { unreadRegion } from './workbook/unread-region';
import { budgetListProjects } from './workbook/budget-list-projects';
import { budgetSangongChange } from './budget/budget-sangong-change';
import type { DepartmentTable } from '../layouts/department';
import { unknownColumn } from './unknown-column';
import { departmentBudgetBalance } from './department/department-budget-balance';
import { departmentFundsSum } from './department/department-funds-sum';
import { departmentTaskFormulas } from './department/department-task-formulas';
import { departmentTasksSum } from './department/department-tasks-sum';

export const PROJECT_RULES: readonly Rule<ProjectTable>[] = [
  requiredFields,
  requiredLevel2Rule,
  level2UnderLevel1,
  knownLevelLabels,
  indicatorComplete,
  optionalRowUnfilled,
  noDuplicateLevel3,
  duplicateLevel3AcrossLevel2,
  noErrorValues,
  noPlaceholder,
  costValueIsMoney,
  moneyOnlyUnderCost,
  timelinessValueIsTime,
  timelinessRateWording,
  quantityValueIsCount,
  qualityValueKind,
  satisfactionIsPercent,
  satisfactionFloor,
  percentWithinRange,
  percentAtLeast100,
  level3FitsLevel2,
  yearMatchesTable,
  timelinessWithinPeriod,
  scoresAddUp,
  mediumDiffersFromAnnual,
  valueFormat,
  fundAmountReadable,
  fundTotalSum,
  costWithinTotal,
  costSumWithinTotal,
  unitCostTimesQuantity,
  spendingPlan,
  unplacedCell,
  unknownColumn,
];

/** Rules of the 部门整体绩效目标表. */
export const DEPARTMENT_RULES: readonly Rule<DepartmentTable>[] = [
  amountReadable,
  departmentBudgetBalance,
  departmentFundsSum,
  departmentTasksSum,
  departmentTaskFormulas,
];

/** Rules across the tables of a workbook. */
export const WORKBOOK_RULES: readonly WorkbookRule[] = [
  budgetProjectsSum,
  budgetFiguresAgree,
  budgetGeneralWithinTotal,
  budgetProcurementProjects,
  budgetListProjects,
  unreadRegion,
];

/** Rules of the 单位预算 tables (kinds `budget/…`). */
export const BUDGET_RULES: readonly Rule<BudgetTable>[] = [
  amountReadable,
  budgetCodeHierarchy,
  budgetTotalRow,
  budgetListTotal,
  budgetSangongChange,
  budgetTotalColumn,
  budgetBalance,
  budgetSangong,
  budgetProcurementTotals,
  budgetProcurementQuantityPrice,
  budgetProcurementWithinBudget,
];


/** Every rule's meta by id (a rule that checks several kinds of table once), for the pane's 说明. */
export const RULE_META: ReadonlyMap<string, Pick<RuleMeta, 'id' | 'description' | 'explain'>> = new Map([...PROJECT_RULES, ...DEPARTMENT_RULES, ...BUDGET_RULES, ...WORKBOOK_RULES].map((r) => [r.meta.id, r.meta]));
