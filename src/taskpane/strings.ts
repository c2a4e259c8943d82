/** Every text the task pane shows, in Chinese (zh-CN), written once. */
import type { TableKind } from '../core/model';
import type { Severity } from '../core/rules/types';

export const T = {
  title: '绩效目标表助手',
  check: '一键检查',
  checking: '正在检查…',
  clearMarks: '清除标记',
  marksCleared: (n: number, fixesApplied: boolean) =>
    `已清除 ${n} 处标记，单元格的外观恢复原样。${fixesApplied ? '已应用的建议改动了单元格的内容，这些改动不会撤回（可用 Ctrl+Z 或手工改回）。' : ''}`,
  marksPresent: (n: number) => `工作簿中有 ${n} 处检查标记（条件格式），会随文件一起保存。发送给财政局前，请先清除标记。`,
  live: '边填边查',
  liveHint: '修改单元格后自动重新检查所在的表',
  tabs: { findings: '问题', templates: '模板', settings: '设置' },
  templates: {
    noTable: '先点击“一键检查”识别表格，再插入标准指标。',
    noTableFound: '本工作簿中还没有识别到绩效目标表。可以按项目类型新建一张空白表：',
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
  tablesByState: (errors: number, warnings: number, clean: number) =>
    [errors > 0 ? `${errors} 张有错误` : '', warnings > 0 ? `${warnings} 张有警告` : '', clean > 0 ? `${clean} 张无错误和警告` : ''].filter((x) => x !== '').join('，'),
  order: { label: '排列', errorsFirst: '错误优先', sheetOrder: '按表格顺序' },
  nav: { prev: '上一个问题', next: '下一个问题', position: (i: number, n: number) => `第 ${i} 个，共 ${n} 个`, none: '没有可转到的问题' },
  groupCount: (n: number) => `${n} 个问题`,
  status: {
    checking: '正在检查…',
    checked: (tables: number, errors: number, warnings: number, infos: number) => `检查完成：${tables} 张表，错误 ${errors} 个，警告 ${warnings} 个，提示 ${infos} 个。`,
    live: (sheet: string, added: number, removed: number) =>
      `已重新检查「${sheet}」${added > 0 ? `，新增 ${added} 个问题` : ''}${removed > 0 ? `，${removed} 个问题已解决` : ''}${added === 0 && removed === 0 ? '，问题没有变化' : ''}。`,
    at: (cell: string, message: string) => `${cell}：${message}`,
  },
  severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
  filterLabel: '按级别筛选',
  applyFix: '应用建议',
  applyAllOfKind: (n: number) => `同类全部应用（${n}）`,
  suggestion: '建议：',
  goTo: (cell: string) => `转到 ${cell}`,
  moreCells: (n: number) => `…共 ${n} 处，显示全部`,
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
    outOfRange: (min: number, max: number) => `请输入 ${min} 到 ${max} 之间的数，未保存`,
    increment: '增大',
    decrement: '减小',
    rules: '检查规则',
    rulesHint: '关闭的规则不再检查；保存在本工作簿中，CLI 检查这个文件时同样不检查。',
    rulesOff: (n: number) => (n > 0 ? `已关闭 ${n} 条` : '全部开启'),
    profiles: { auto: '按每张表的指标名称自动判断', legacy: '传统框架（产出/效益/满意度）', 'mof-2021': '财预〔2021〕101号（成本为一级指标）' },
    floor: '满意度下限（%）',
    floorHint: '低于此值的满意度目标给出警告',
    tolerance: '尾差容差（万元/项）',
    toleranceHint: '合计与各项之和相差不超过 项数 × 此值 时，记为尾差警告',
    willSave: '修改的设置保存在本工作簿中（隐藏工作表“__绩效目标表助手”），CLI 检查这个文件时同样使用。',
    saved: '设置已随工作簿保存（隐藏工作表“__绩效目标表助手”），保存文件后 CLI 检查时同样使用。',
    notSaved: '设置未能保存到工作簿（工作簿可能是只读的），只在本次使用中生效。',
    reset: '恢复默认',
    clearStore: '清除工作簿中的助手数据',
    clearStoreHint: '删除隐藏工作表“__绩效目标表助手”：设置恢复默认，教过的栏目含义不再使用。标记不受影响。',
    cleared: '已清除工作簿中的助手数据。',
    nothingStored: '工作簿中没有保存助手数据。',
  },
  columns: {
    title: '栏目含义',
    hint: '这些栏目助手不认识，当作说明栏，其中内容不作检查。指定含义后按含义检查；选择保存在本工作簿中，CLI 同样使用。',
    label: (heading: string, sheet: string, cell: string) => `「${heading}」（${sheet}!${cell}）`,
    unset: '未指定（当作说明栏）',
    roles: { value: '指标值', unit: '计量单位', operator: '指标性质（≥ ≤ =）', score: '分值', description: '说明', ignore: '忽略（不检查、不提示）' } as Partial<Record<string, string>>,
  },
  unavailable: {
    noOffice: '当前页面没有运行在 Excel 中：请在 Excel 的“开始”选项卡点击“绩效目标”组中的按钮打开本助手。只有浏览器打开这个页面时，助手无法读取工作簿。',
    officeBlocked:
      '无法加载 Office 的脚本（office.js）：它来自微软的网站 appsforoffice.microsoft.com，当前网络可能屏蔽了这个地址。请联系网络管理员放行 https://appsforoffice.microsoft.com，或换一个网络后重新打开助手。在此之前可以用命令行检查工具检查文件。',
    oldExcel:
      '此 Excel 版本不支持本助手：需要 Excel 2019、Excel 2021、Microsoft 365 或网页版 Excel。Excel 2016 及更早版本、WPS 表格的用户，请用命令行检查工具（npm run check，见使用说明）检查文件。',
  },
  degraded: '当前 Excel 版本不能报告合并单元格，已按单元格内容识别表格（不影响检查）。',
  severityPrefix: (sev: string) => `${sev}：`,
};

export function kindName(kind: TableKind): string {
  if (kind.startsWith('budget/')) return `单位预算·${kind.slice(7)}`;
  return T.kinds[kind] ?? kind;
}
