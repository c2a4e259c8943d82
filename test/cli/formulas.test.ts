/**
 * A workbook a program wrote with formulas but no results (Excel never calculated it): the CLI says
 * the cell is a formula not calculated, with its text, never a false 为空 / 未填写.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkFiles } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from '../../src/core/rules/profiles';
import { TAUGHT_ROWS } from '../support/storeWorkbook';

it('reads a formula without a cached result as a formula, not a blank', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'perf-target-formulas-')), 'uncalculated.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('文化活动');
  TAUGHT_ROWS.forEach((row, r) => row.slice(0, 4).forEach((v, c) => v !== '' && (ws.getCell(r + 1, c + 1).value = /^\d+$/.test(v) ? Number(v) : v)));
  // 年度资金总额 = the 成本 row, as a formula with no result; 数量 value the same.
  ws.getCell('B2').value = { formula: 'D8' } as ExcelJS.CellFormulaValue;
  ws.getCell('D5').value = { formula: '6*2' } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(file);

  const grid = (await readWorkbookFile(file)).grids[0]!;
  expect([grid.text(1, 1), grid.value(1, 1)]).toEqual(['=D8', { error: '#未计算', formula: 'D8' }]);
  const [r] = await checkFiles([file], BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
  const at = (cell: string) => r!.findings.filter((f) => f.cells[0] === cell).map((f) => [f.rule, f.message]);
  expect(at('B2')).toEqual([['no-error-values', '单元格是公式「=D8」，文件中没有它的计算结果（Excel 尚未计算过），无法检查；请在 Excel 或 WPS 中打开、保存后再检查']]);
  expect(at('D5')).toEqual([['no-error-values', '单元格是公式「=6*2」，文件中没有它的计算结果（Excel 尚未计算过），无法检查；请在 Excel 或 WPS 中打开、保存后再检查']]);
  expect(r!.findings.map((f) => f.message).filter((m) => /为空|未填写/.test(m))).toEqual([]);
});
