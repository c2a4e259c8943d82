/** A county's project table with a 计算单位 column the vocabulary does not know, written with exceljs, with or without a store. */
import ExcelJS from 'exceljs';
import { writeStore } from '../../src/cli/exceljsGrid';
import type { Store } from '../../src/core/store/document';

export const TAUGHT_ROWS = [
  ['项目名称', '村级文化活动'],
  ['年度资金总额', '8'],
  ['年度目标', '组织村级文化活动12场，群众满意度90%以上。'],
  ['一级指标', '二级指标', '三级指标', '指标值', '计算单位'],
  ['产出指标', '数量指标', '组织文化活动场次', '12', '场'],
  ['', '质量指标', '活动覆盖率', '95', '%'],
  ['', '时效指标', '完成时间', '2024年12月底', ''],
  ['', '成本指标', '活动经费', '8', '万元'],
  ['效益指标', '社会效益指标', '群众参与人次', '3000', '人次'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '90', '%'],
];

/** Writes the table on sheet 文化活动 (numbers as numbers), and the store when given. */
export async function writeTaughtWorkbook(file: string, store?: Store, rows: string[][] = TAUGHT_ROWS): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('文化活动');
  rows.forEach((row, r) => row.forEach((v, c) => v !== '' && (ws.getCell(r + 1, c + 1).value = /^\d+$/.test(v) ? Number(v) : v)));
  if (store) writeStore(wb, store);
  await wb.xlsx.writeFile(file);
}
