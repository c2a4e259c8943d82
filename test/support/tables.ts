/**
 * Standard project tables for rule tests, written as TSV so a test reads like the sheet.
 *
 * `ningxia(grid, funds)` puts the indicator grid under the usual header block:
 *   row 1 title · 2 (2024 年度) · 3 项目名称 · 4 主管部门 · 5 项目属性 · 6–8 项目资金 (C6 total,
 *   C7 fiscal, C8 other) · 9 年度总体目标 · 10 indicator header · 11… indicator rows
 *   (B 一级, C 二级, D 三级, E 指标值).
 * Indicator lines are `一级<TAB>二级<TAB>三级<TAB>指标值`, blank cells meaning "same as above".
 */
import type { Grid } from '../../src/core/grid/grid';
import { gridFromTsv } from './tsv';

export interface Funds {
  total?: string;
  fiscal?: string;
  other?: string;
}


/** A complete, correct indicator grid (rows 11–17). */
export const VALID_INDICATORS = `
产出指标	数量指标（必填）	培训人次	≥800人次
	质量指标（必填）	培训合格率	≥95%
	时效指标（必填）	完成时间	2024年12月底前
	成本指标（必填）	培训总成本	≤10万元
效益指标	社会效益指标（必填）	干部能力素质	有效提升
	可持续影响指标（必填）	长效培训机制	持续发展
满意度指标	服务对象满意度指标（必填）	参训学员满意度	≥95%`;

function indicatorLines(grid: string): string[] {
  return grid
    .replace(/^\n/, '')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => `${i === 0 ? '绩效指标' : ''}\t${l}`);
}

export function ningxiaTsv(grid: string = VALID_INDICATORS, funds: Funds = {}, options: { name?: string; goal?: string; year?: string } = {}): string {
  const { total = '10', fiscal = '10', other = '' } = funds;
  return [
    '部门项目支出预算绩效目标表',
    options.year ?? '(2024 年度)',
    `项目名称\t${options.name ?? '干部教育培训'}`,
    '主管部门及代码\t中共某县委组织部\t实施单位\t中共某县委组织部本级',
    '项目属性\t0101-一年期项目\t项目期\t1 年',
    `项目资金（万元）\t年度资金总额：\t${total}`,
    `\t其中：财政拨款\t${fiscal}`,
    `\t其他资金\t${other}`,
    `年度总体目标\t${options.goal ?? '举办干部能力素质培训班，提升干部队伍综合素质。'}`,
    '名称\t一级指标\t二级指标\t三级指标\t指标值',
    ...indicatorLines(grid),
  ].join('\n');
}

export function ningxia(grid?: string, funds?: Funds, options?: { name?: string; goal?: string; year?: string }): Grid {
  return gridFromTsv(ningxiaTsv(grid, funds, options));
}

/**
 * A hebei table (seed 002 §五): rows 1 title · 2 单位 · 3 项目编码/名称 · 4 预算数 (C4 total,
 * E4 fiscal, G4 other) · 5 use of funds · 6 资金支出计划 months (B 3月, D 6月, E 10月, F 12月) ·
 * 7 percentages · 8 绩效目标 · 9 header · 10… indicator rows (A 一级, B 二级, C 三级, D 描述,
 * F 指标值, G 依据). Indicator lines: `一级<TAB>二级<TAB>三级<TAB>描述<TAB>指标值`.
 */
export function hebei(
  grid: string,
  options: { total?: string; fiscal?: string; other?: string; plan?: [string, string, string, string] } = {},
): Grid {
  const { total = '2.00', fiscal = '2.00', other = '', plan = ['', '', '', '100%'] } = options;
  const rows = [
    '1、工资管理信息系统经费绩效目标表',
    '\t\t\t\t\t\t单位：万元',
    '项目编码\t13102824P00262910214E\t\t项目名称\t工资管理信息系统经费',
    `预算规模及资金用途\t预算数\t${total}\t其中：财政资金\t${fiscal}\t其他资金\t${other}`,
    '\t系统每年升级和维护，需要资金2万元。',
    '资金支出计划（%）\t3月底\t\t6月底\t10月底\t12月底',
    `\t${plan[0]}\t\t${plan[1]}\t${plan[2]}\t${plan[3]}`,
    '绩效目标\t提高工资审批效率，推动工资审批制度化、规范化。',
    '一级指标\t二级指标\t三级指标\t绩效指标描述\t\t指标值\t指标值确定依据',
    ...grid
      .replace(/^\n/, '')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const [l1 = '', l2 = '', l3 = '', desc = '', value = ''] = l.split('\t');
        return [l1, l2, l3, desc, '', value, '实施方案'].join('\t');
      }),
  ];
  return gridFromTsv(rows.join('\n'));
}

export const VALID_HEBEI = `
产出指标	数量指标	单位个数	使用系统的单位数量	≥58个
	质量指标	系统覆盖率	使用系统的单位占比	100%
	时效指标	系统升级完成时间	升级完成的月份	≤8月
	成本指标	项目总成本	项目总成本	≤2万元
效益指标	社会效益指标	工资审批效率	工资审批效率	显著提高
满意度指标	服务对象满意度指标	软件使用者满意度	满意使用者/全部使用者	≥98%`;
