/** Excel error values (#REF!, #N/A, #VALUE!) in fund or indicator cells: a broken formula or reference. */
import type { FieldCell } from '../model';
import { isCellError } from '../grid/grid';
import type { Rule } from './types';

const ERROR_TEXT = /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)/;

function isError(cell: FieldCell): boolean {
  return isCellError(cell.raw) || ERROR_TEXT.test(cell.text.trim());
}

export const noErrorValues: Rule = {
  meta: {
    id: 'no-error-values',
    defaultSeverity: 'error',
    description: '单元格不能是 Excel 错误值（#REF!、#N/A 等）',
    messages: {
      errorValue: '单元格是错误值 {value}，通常是公式引用失效，请改为实际内容',
    },
    appliesTo: ['project/ningxia', 'project/hebei'],
  },
  check({ table, report }) {
    const cells = [
      ...Object.values(table.fields).map((f) => f!.value),
      ...[table.funds.total, table.funds.fiscal, table.funds.other].filter(Boolean).map((f) => f!.value),
      ...table.spendingPlan.map((p) => p.value),
      ...table.indicators.flatMap((r) => [r.level3, r.value]),
    ];
    for (const cell of cells) {
      if (isError(cell)) report({ messageId: 'errorValue', cells: [cell], data: { value: cell.text.trim() || (cell.raw as { error: string }).error } });
    }
  },
};
