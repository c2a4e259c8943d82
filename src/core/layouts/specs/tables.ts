/**
 * The vocabularies of the tables that are not project tables, as plain data (labels are literal
 * normalised text or `/regex/`, as in the project specs):
 * - `department`: the 部门整体支出绩效目标申报表 of the county templates (Sichuan and others): a funds
 *   block with 总额 · 基本支出 · 项目支出 group headings over 合计 · 财政拨款 · 专户资金 · 单位资金, and a
 *   年度主要任务 / 年度履职目标 list;
 * - `list`: 项目支出预算表 / 专项资金安排表 / 转移支付预算汇总表 lists: 序号 · 乡镇 · 项目名称 · 金额 · 备注.
 */
import { z } from 'zod';

const Label = z.string().min(1);
const Labels = z.array(Label).min(1);

export const DepartmentVocabularySchema = z.object({
  /** Titles that open a department table of this family. */
  titles: Labels,
  /** The department's name: a label whose value follows it (`预算部门:文化部门`, or in the next cell). */
  nameLabels: Labels,
  /** Group headings of the funds block, by what they total. */
  fundGroups: z.object({ total: Labels, basic: Labels, project: Labels }),
  /** The heading under a group that holds the group's own total; the others are its parts. */
  groupTotal: Labels,
  /** The label of the task list, and the headings of its columns. */
  taskList: Labels,
  taskName: Labels,
  taskContent: Labels,
  taskAmount: Labels,
  /** Labels of the goal written below the list. */
  goal: Labels,
});
export type DepartmentVocabulary = z.infer<typeof DepartmentVocabularySchema>;

export const ListVocabularySchema = z.object({
  /** Headings of a list's columns by role; a heading row holds only these, with an item and an amount. */
  seq: Labels,
  place: Labels,
  item: Labels,
  amount: Labels,
  note: Labels,
  /** The first cell of a list's total row. */
  total: Labels,
  /** Suffixes a list's title ends with; what comes before them names the fund. */
  titleSuffixes: Labels,
});
export type ListVocabulary = z.infer<typeof ListVocabularySchema>;

export const DEPARTMENT_VOCABULARY: DepartmentVocabulary = DepartmentVocabularySchema.parse({
  titles: ['/部门整体(支出)?(预算)?绩效目标(申报|批复|审核)?表$/'],
  nameLabels: ['预算部门', '部门名称', '部门(单位)名称', '预算单位', '单位名称'],
  fundGroups: { total: ['总额', '资金总额', '预算总额', '合计'], basic: ['基本支出'], project: ['项目支出'] },
  groupTotal: ['合计', '小计'],
  taskList: ['年度主要任务', '年度履职目标', '部门年度主要任务', '年度工作任务'],
  taskName: ['任务名称', '支出项目名称', '项目名称', '履职目标'],
  taskContent: ['主要内容', '任务内容', '主要实施内容', '工作内容'],
  taskAmount: ['/^(金额|预算金额|预算数|资金|拟投入(的)?资金)(\\((万元|元)\\))?$/'],
  goal: ['年度总体目标', '总体绩效目标', '部门整体绩效目标'],
});

export const LIST_VOCABULARY: ListVocabulary = ListVocabularySchema.parse({
  seq: ['序号', '编号'],
  place: ['乡镇名称', '乡镇', '属地', '地区', '县区', '县(市、区)', '单位名称', '项目单位', '实施单位'],
  item: ['项目名称', '项目', '项目内容', '建设内容'],
  amount: ['/^(金额|资金|安排金额|下达金额|补助金额|预算数|本次下达数|提前下达数|安排资金)(\\((万元|元)\\))?$/'],
  note: ['备注', '说明'],
  total: ['合计', '总计'],
  titleSuffixes: ['安排表', '分配表', '预算表', '汇总表', '明细表'],
});

/** A label of these vocabularies as a test on normalised text. */
export function labelTest(labels: readonly string[]): (norm: string) => boolean {
  const literal = new Set(labels.filter((l) => !l.startsWith('/')));
  const patterns = labels.filter((l) => l.startsWith('/')).map((l) => new RegExp(l.slice(1, -1)));
  return (norm) => literal.has(norm) || patterns.some((p) => p.test(norm));
}

export const SangongLineSchema = z.enum(['total', 'abroad', 'reception', 'vehicles', 'purchase', 'running', 'meeting', 'training']);
export type SangongLine = z.infer<typeof SangongLineSchema>;

export const SangongVocabularySchema = z.object({
  /** The lines of a "三公" table by what they hold; labels are read without `1.` `(1)` `一、` `其中:` and quotes. */
  lines: z.record(SangongLineSchema, Labels),
  /** Headings of the figures: this year's, last year's, the change, its rate; the rest are figures too. */
  measures: z.object({ current: Labels, previous: Labels, change: Labels, rate: Labels }),
});
export type SangongVocabulary = z.infer<typeof SangongVocabularySchema>;

export const SANGONG_VOCABULARY: SangongVocabulary = SangongVocabularySchema.parse({
  lines: {
    total: ['合计', '总计', '小计', '三公经费合计', '三公经费小计', '三公经费'],
    abroad: ['/^因公出国\\(境\\)(经)?费(用)?$/'],
    reception: ['公务接待费', '公务接待费用'],
    vehicles: ['/^公务用车(购置及运行(\\(?维护\\)?)?|购置及运维)费$/', '公务用车费'],
    purchase: ['购置费', '公务用车购置费', '车辆购置费'],
    running: ['/^(公务用车)?运行(\\(?(维护|维修)\\)?)?费$/', '运维费', '公务用车运维费'],
    meeting: ['会议费'],
    training: ['培训费'],
  },
  measures: {
    current: ['/^(本年|本年度|\\d{4}年)?(预算数|预算)(\\((万元|元)\\))?$/', '/^本年/'],
    previous: ['/^上年/'],
    change: ['/^增减(额|数)?(\\((万元|元)\\))?$/', '/^比上年增减(额|数)?$/'],
    rate: ['/增减(幅度|率|比例)|^增长率|\\(%\\)$/'],
  },
});
