/** Every text the task pane shows, in Chinese (zh-CN), written once. */
import type { TableKind } from '../core/model';
import type { Severity } from '../core/rules/types';

export const T = {
  title: '绩效目标表助手',
  check: '一键检查',
  checking: '正在检查…',
  clearMarks: '清除标记',
  marksCleared: (n: number) => `已清除 ${n} 处标记，工作簿恢复原样。`,
  live: '边填边查',
  liveHint: '修改单元格后自动重新检查所在的表',
  tabs: { findings: '问题', templates: '模板', settings: '设置' },
  templates: {
    noTable: '先点击“一键检查”识别表格，再插入标准指标。',
    table: '插入到哪张表',
    missing: (names: string) => `这张表缺少必填二级指标：${names}。`,
    fillMissing: (n: number) => `补齐缺少的指标（${n} 行）`,
    type: '项目类型',
    suggested: (name: string, words: string[]) => `按项目名称和目标推荐：${name}${words.length > 0 ? `（${words.join('、')}）` : ''}`,
    recommended: '推荐',
    allPresent: '这一类的标准指标表中都已经有了。',
    cursor: '插入到光标所在的二级指标下（否则放到各自所属的位置）',
    insert: (n: number) => `插入所选（${n}）`,
    insertAll: (n: number) => `全部插入（${n}）`,
    inserting: '正在插入…',
    failed: '没有插入：表格已变化或目标区域已有内容，请先重新检查。',
    blankTitle: '新建空白表',
    blankHint: '按所选项目类型新建一张完整的空白绩效目标表，填好项目名称、资金和 ** 处的数字即可',
    blankBelow: '在本工作表下方新建',
    blankNewSheet: '在新工作表中新建',
  },
  notChecked: '点击“一键检查”，识别本工作簿中的绩效目标表并检查填写问题。',
  noFindings: '没有发现问题。',
  allFiltered: '当前筛选下没有问题。',
  recognised: (n: number) => `已识别 ${n} 张表`,
  sheetTables: (sheet: string, n: number) => `「${sheet}」${n} 张`,
  severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
  filterLabel: '按级别筛选',
  applyFix: '应用建议',
  applyAllOfKind: (n: number) => `同类全部应用（${n}）`,
  suggestion: '建议：',
  goTo: (cell: string) => `转到 ${cell}`,
  moreCells: (n: number) => `…共 ${n} 处，显示全部`,
  timing: (ms: number) => `引擎用时 ${ms < 1 ? '<1' : Math.round(ms)} 毫秒`,
  unnamed: '（无项目名称）',
  acrossTables: '跨表核对',
  acrossSheets: '多张表',
  kinds: {
    'project/ningxia': '项目支出绩效目标表（宁夏表样）',
    'project/hebei': '项目绩效目标表（河北表样）',
    department: '部门整体绩效目标表',
  } as Partial<Record<TableKind, string>>,
  settings: {
    profile: '规则配置',
    profiles: { auto: '按每张表的指标名称自动判断', legacy: '传统框架（产出/效益/满意度）', 'mof-2021': '财预〔2021〕101号（成本为一级指标）' },
    floor: '满意度下限（%）',
    floorHint: '低于此值的满意度目标给出警告',
    tolerance: '尾差容差（万元/项）',
    toleranceHint: '合计与各项之和相差不超过 项数 × 此值 时，记为尾差警告',
    saved: '设置已随工作簿保存',
    reset: '恢复默认',
  },
  unavailable: {
    noOffice: '请在 Excel 中打开本加载项。当前页面没有运行在 Office 中，无法读取工作簿。',
    oldExcel: '此 Excel 版本过旧：本加载项需要 Excel 2016 或更高版本（ExcelApi 1.7）。请升级 Office 或使用网页版 Excel。',
  },
  degraded: '当前 Excel 版本不能报告合并单元格，已按单元格内容识别表格（不影响检查）。',
};

export function kindName(kind: TableKind): string {
  if (kind.startsWith('budget/')) return `单位预算·${kind.slice(7)}`;
  return T.kinds[kind] ?? kind;
}
