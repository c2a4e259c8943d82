/** Excel error values (#REF!, #N/A, #VALUE!) in fund or indicator cells: a broken formula or reference. */
import type { FieldCell } from '../model';
import { isCellError, isErrorText } from '../grid/grid';
import { valueCells } from './helpers';
import type { Rule } from './types';

function isError(cell: FieldCell): boolean {
  return isCellError(cell.raw) || isErrorText(cell.text);
}

export const noErrorValues: Rule = {
  meta: {
    id: 'no-error-values',
    defaultSeverity: 'error',
    description: '单元格不能是 Excel 错误值（#REF!、#N/A 等）',
    explain: {
      why: '#REF!、#N/A 等错误值说明公式引用坏了，打印和上报后都是乱码。',
      good: '修好公式的引用，或改为直接填写的数值。',
      source: '本地常见做法',
    },
    messages: {
      errorValue: '单元格是错误值 {value}，通常是公式引用失效，请改为实际内容',
      uncalculated: '单元格是公式「={formula}」，文件中没有它的计算结果（Excel 尚未计算过），无法检查；请在 Excel 或 WPS 中打开、保存后再检查',
    },
    needs: ['indicators'],
  },
  check({ table, report }) {
    for (const cell of valueCells(table)) {
      if (!isError(cell)) continue;
      const formula = isCellError(cell.raw) ? cell.raw.formula : undefined;
      if (formula !== undefined) report({ messageId: 'uncalculated', cells: [cell], data: { formula } });
      else report({ messageId: 'errorValue', cells: [cell], data: { value: cell.text.trim() || (cell.raw as { error: string }).error } });
    }
  },
};
