/**
 * Every error code Excel's API can report (Excel.ErrorCodes, plus the request-level ones of
 * OfficeExtension), as a Chinese sentence that says what happened and what to do next. No English
 * text from Office reaches the user: an unknown code is named as such, with its code for support.
 */
import type { HostErrorKind } from '../core/host/paneHost';

const RETRY = '请稍后再试一次';
const RECHECK = '请点击“一键检查”重新识别后再试';

/** What happened, and what to do, by Excel's error code. */
export const OFFICE_ERRORS: Readonly<Record<string, string>> = {
  AccessDenied: '工作簿是只读的或受保护，无法添加标记或写入。请在“审阅”中撤销工作表保护，或另存一份可编辑的副本后再试',
  ApiNotFound: '当前 Excel 版本不支持这项操作。请把 Office 更新到最新版本，或使用网页版 Excel',
  Conflict: '工作簿正被其他人同时编辑，操作冲突。' + RETRY,
  DirtySupportingFormula: '有公式尚未计算完成。请按 F9 重新计算后再试',
  EmptyChartSeries: '图表数据为空，无法完成操作。' + RETRY,
  FilteredRangeConflict: '表格处于筛选状态，无法插入或移动行。请在“数据”中清除筛选后再试',
  FormulaLengthExceedsLimit: '公式太长，超出了 Excel 的限制',
  GeneralException: 'Excel 内部出错。' + RETRY + '；如果反复出现，请保存并重新打开工作簿',
  InactiveWorkbook: '工作簿不在活动状态。请点击一下工作簿窗口后再试',
  InsertDeleteConflict: '插入的行会与表格、数据透视表或合并单元格冲突。请检查插入位置附近的对象后再试',
  InvalidArgument: '参数无效，Excel 拒绝了这项操作。' + RECHECK,
  InvalidBinding: '工作簿中的绑定已失效。' + RECHECK,
  InvalidOperation: 'Excel 当前不允许这项操作（可能有对话框打开，或工作表受保护）。请关闭对话框后再试',
  InvalidOperationInCellEditMode: '正在编辑单元格。请按回车或 Esc 结束编辑后再试',
  InvalidReference: '单元格引用无效，表格可能已被修改。' + RECHECK,
  InvalidSelection: '当前选择的区域无效。请点击一个单元格后再试',
  ItemAlreadyExists: '同名的工作表或对象已存在。请换一个名称后再试',
  ItemNotFound: '找不到工作表或单元格，可能已被删除或重命名。' + RECHECK,
  MergedRangeConflict: '操作会拆开已有的合并单元格。请先取消插入位置附近的合并单元格后再试',
  NonBlankCellOffSheet: '插入行会把有内容的单元格挤出工作表末尾。请删除工作表最后几行的内容后再试',
  NotImplemented: '当前 Excel 版本尚未实现这项操作。请把 Office 更新到最新版本',
  OpenWorkbookLinksBlocked: '工作簿的外部链接被阻止。请在 Excel 的信任中心允许后再试',
  OperationCellsExceedLimit: '一次操作的单元格太多，超出了 Excel 的限制。请缩小表格所在的已用区域（删除远处多余的内容）后再试',
  PivotTableRangeConflict: '操作会改动数据透视表。请把数据透视表移到表格之外后再试',
  PowerQueryRefreshResourceChallenge: 'Power Query 刷新需要登录或授权。请先在 Excel 中完成刷新',
  RangeExceedsLimit: '区域太大，超出了 Excel 的限制。请删除工作表中远处多余的内容后再试',
  RangeImageExceedsLimit: '区域太大，无法生成图片',
  RefreshWorkbookLinksBlocked: '工作簿链接的刷新被阻止。请在 Excel 的信任中心允许后再试',
  RequestAborted: '操作被中断（工作簿可能已关闭或正在保存）。' + RETRY,
  RequestPayloadSizeLimitExceeded: '一次写入的内容超过了 Excel 的 5 MB 限制。请分几次插入，或先删除工作表中远处多余的内容',
  ResponsePayloadSizeLimitExceeded: '一次读取的内容超过了 Excel 的 5 MB 限制。请删除工作表中远处多余的内容（按 Ctrl+End 查看已用区域的末尾），或把很大的工作表拆开后再检查',
  UnsupportedFeature: '工作簿中有当前 Excel 不支持的功能。请在桌面版 Excel 中打开后再试',
  UnsupportedFillType: '不支持这种填充方式',
  UnsupportedOperation: '当前 Excel 不支持这项操作。请把 Office 更新到最新版本',
  UnsupportedSheet: '这种工作表（如图表工作表、宏表）不能检查或写入',
  Unauthenticated: '需要登录。请登录 Office 账号后再试',
  ServiceUnavailable: 'Excel 服务暂时不可用。' + RETRY,
  Timeout: '操作超时。' + RETRY,
};

export function errorKindOf(e: unknown): HostErrorKind {
  const code = (e as { code?: string } | undefined)?.code;
  if (code === 'InvalidOperationInCellEditMode') return 'cell-edit';
  if (code === 'ItemNotFound') return 'gone';
  return 'other';
}

/** `doing` failed because of `e`: what happened and what to do, in Chinese. */
export function describeOfficeError(e: unknown, doing: string): string {
  const code = (e as { code?: string } | undefined)?.code;
  if (code && OFFICE_ERRORS[code]) return `${doing}未完成：${OFFICE_ERRORS[code]}。`;
  // A message written by this add-in (a refused plan) is Chinese already.
  const message = (e as Error | undefined)?.message ?? '';
  if (/[\u4e00-\u9fff]/.test(message)) return `${doing}未完成：${message}`;
  return `${doing}未完成：Excel 报告了未知错误${code ? `（代码 ${code}）` : ''}。请保存工作簿后重新打开再试；如果反复出现，请把这段文字发给技术支持。`;
}
