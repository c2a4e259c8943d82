/**
 * The standard indicator library: per 二级 the 三级 indicators people actually use (drawn from the
 * 59 seed tables and common practice), each with a value pattern, and per project type a complete
 * set that satisfies the required 二级 of every profile. Placeholders: `{n}` a number the user
 * fills in, `{total}` the project's 年度资金总额, `{year}` the table's year. Validated with zod.
 */
import { z } from 'zod';
import { Level1IdSchema, Level2IdSchema } from '../model/schemas';

const level1 = Level1IdSchema;
const level2 = Level2IdSchema;

export const IndicatorTemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  level1,
  level2,
  /** The 三级 name. */
  name: z.string().min(2),
  /** Value pattern with `{n}`, `{total}`, `{year}`. */
  value: z.string().min(1),
  /** What the indicator measures, for the 绩效指标描述 column (hebei) and the preview. */
  description: z.string().min(2),
});

export const ProjectTypeSchema = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string().min(2),
  /** Words in 项目名称 / 年度目标 that suggest this type, strongest first. */
  keywords: z.array(z.string().min(1)).min(1),
  /** Template ids of the complete set, in table order. */
  indicators: z.array(z.string()).min(7),
});

export type IndicatorTemplate = z.infer<typeof IndicatorTemplateSchema>;
export type ProjectType = z.infer<typeof ProjectTypeSchema>;

const T = (id: string, l1: IndicatorTemplate['level1'], l2: IndicatorTemplate['level2'], name: string, value: string, description: string) => ({
  id,
  level1: l1,
  level2: l2,
  name,
  value,
  description,
});

const INDICATORS: IndicatorTemplate[] = [
  // 数量
  T('training-attendance', 'output', 'quantity', '培训人次', '≥{n}人次', '参加培训的人次'),
  T('training-sessions', 'output', 'quantity', '培训班次', '≥{n}期', '举办培训班的期数'),
  T('meeting-count', 'output', 'quantity', '召开会议次数', '≥{n}次', '全年召开会议的次数'),
  T('meeting-attendance', 'output', 'quantity', '参会人数', '≥{n}人', '参加会议的人数'),
  T('system-count', 'output', 'quantity', '运维系统数量', '{n}套', '纳入运行维护的信息系统数量'),
  T('purchase-count', 'output', 'quantity', '购置数量', '{n}台', '购置设备的数量'),
  T('subsidy-recipients', 'output', 'quantity', '补助对象人数', '{n}人', '享受补助的人数'),
  T('subsidy-units', 'output', 'quantity', '补助村（社区）数量', '{n}个', '获得补助的村（社区）数量'),
  T('publicity-events', 'output', 'quantity', '宣传活动场次', '≥{n}场次', '开展宣传活动的场次'),
  T('publicity-materials', 'output', 'quantity', '宣传品数量', '≥{n}份', '印制发放的宣传品数量'),
  T('repair-sites', 'output', 'quantity', '维修改造场所数量', '{n}个', '完成维修改造的场所数量'),
  T('talent-introduced', 'output', 'quantity', '引进人才人数', '≥{n}人', '引进各类人才的人数'),
  T('party-organisations', 'output', 'quantity', '覆盖党组织数量', '{n}个', '项目覆盖的基层党组织数量'),
  T('staff-supported', 'output', 'quantity', '保障人员数量', '{n}人', '保障在岗工作人员的数量'),
  // 质量
  T('training-pass-rate', 'output', 'quality', '培训合格率', '≥95%', '考核合格人数占参训人数的比例'),
  T('acceptance-rate', 'output', 'quality', '验收合格率', '100%', '验收合格的数量占总数的比例'),
  T('system-uptime', 'output', 'quality', '系统正常运行率', '≥98%', '系统正常运行天数占全年天数的比例'),
  T('payment-accuracy', 'output', 'quality', '资金发放准确率', '100%', '按标准准确发放的资金占比'),
  T('meeting-completion', 'output', 'quality', '会议议定事项落实率', '≥95%', '会议议定事项按期落实的比例'),
  T('task-completion', 'output', 'quality', '工作任务完成率', '≥95%', '年度工作任务完成的比例'),
  T('coverage-rate', 'output', 'quality', '覆盖率', '100%', '应覆盖对象实际覆盖的比例'),
  // 时效
  T('completion-deadline', 'output', 'timeliness', '项目完成时间', '{year}年12月底前', '项目全部完成的时间'),
  T('payment-timeliness', 'output', 'timeliness', '资金拨付及时率', '100%', '按时拨付的资金占应拨付资金的比例'),
  T('delivery-deadline', 'output', 'timeliness', '设备到货安装时间', '{year}年6月底前', '设备到货并安装调试完成的时间'),
  T('monthly-payment', 'output', 'timeliness', '按月发放及时率', '100%', '每月按时发放的比例'),
  // 成本
  T('total-cost', 'output', 'cost', '项目总成本', '≤{total}万元', '项目全年支出总额'),
  T('per-capita-training-cost', 'output', 'cost', '人均培训成本', '≤{n}元/人', '培训支出除以参训人次'),
  T('unit-price', 'output', 'cost', '设备单价', '≤{n}万元/台', '单台设备的采购价格'),
  T('subsidy-standard', 'output', 'cost', '补助标准', '{n}元/人', '每人的补助标准'),
  T('maintenance-cost', 'output', 'cost', '运行维护成本', '≤{total}万元', '全年运行维护支出'),
  // 效益
  T('ability-improved', 'benefit', 'socialBenefit', '干部能力素质', '有效提升', '参训干部的能力素质提升情况'),
  T('service-improved', 'benefit', 'socialBenefit', '服务群众能力', '显著提升', '为群众服务的能力和水平'),
  T('work-efficiency', 'benefit', 'socialBenefit', '工作效率', '有效提高', '相关工作的办理效率'),
  T('public-awareness', 'benefit', 'socialBenefit', '群众知晓率', '≥90%', '群众对宣传内容的知晓比例'),
  T('living-standard', 'benefit', 'socialBenefit', '补助对象生活水平', '有效改善', '补助对象的生活保障水平'),
  T('economic-income', 'benefit', 'economicBenefit', '带动集体经济增收', '有效提高', '项目对村集体经济收入的带动'),
  T('environment', 'benefit', 'ecologicalBenefit', '办公环境', '明显改善', '项目对工作和办公环境的改善'),
  T('long-term-mechanism', 'benefit', 'sustainability', '长效工作机制', '持续发挥作用', '项目形成的长效工作机制'),
  T('sustained-operation', 'benefit', 'sustainability', '持续稳定运行', '持续稳定', '系统、设施或工作的持续运行'),
  T('team-stability', 'benefit', 'sustainability', '队伍稳定性', '持续稳定', '相关工作队伍的稳定情况'),
  // 满意度
  T('trainee-satisfaction', 'satisfaction', 'serviceSatisfaction', '参训学员满意度', '≥95%', '调查中满意的学员占比'),
  T('user-satisfaction', 'satisfaction', 'serviceSatisfaction', '使用人员满意度', '≥95%', '调查中满意的使用人员占比'),
  T('beneficiary-satisfaction', 'satisfaction', 'serviceSatisfaction', '受益群众满意度', '≥95%', '调查中满意的受益群众占比'),
  T('participant-satisfaction', 'satisfaction', 'serviceSatisfaction', '参会人员满意度', '≥95%', '调查中满意的参会人员占比'),
];

const TYPES: ProjectType[] = [
  {
    id: 'training',
    name: '培训',
    keywords: ['培训', '教育', '轮训', '研修', '学习', '党校'],
    indicators: ['training-attendance', 'training-sessions', 'training-pass-rate', 'completion-deadline', 'per-capita-training-cost', 'total-cost', 'ability-improved', 'long-term-mechanism', 'trainee-satisfaction'],
  },
  {
    id: 'meeting',
    name: '会议',
    keywords: ['会议', '会务', '代表大会', '座谈'],
    indicators: ['meeting-count', 'meeting-attendance', 'meeting-completion', 'completion-deadline', 'total-cost', 'work-efficiency', 'long-term-mechanism', 'participant-satisfaction'],
  },
  {
    id: 'it',
    name: '信息化建设/运维',
    keywords: ['信息化', '系统', '网络', '运维', '维护费', '平台', '软件', '网站', '域名', '专线'],
    indicators: ['system-count', 'system-uptime', 'completion-deadline', 'maintenance-cost', 'work-efficiency', 'sustained-operation', 'user-satisfaction'],
  },
  {
    id: 'equipment',
    name: '设备购置',
    keywords: ['购置', '设备', '采购', '电脑', '车辆'],
    indicators: ['purchase-count', 'acceptance-rate', 'delivery-deadline', 'unit-price', 'total-cost', 'work-efficiency', 'sustained-operation', 'user-satisfaction'],
  },
  {
    id: 'subsidy',
    name: '补助/补贴发放',
    keywords: ['补助', '补贴', '津贴', '报酬', '奖励', '慰问', '生活费'],
    indicators: ['subsidy-recipients', 'payment-accuracy', 'payment-timeliness', 'subsidy-standard', 'total-cost', 'living-standard', 'team-stability', 'beneficiary-satisfaction'],
  },
  {
    id: 'publicity',
    name: '宣传',
    keywords: ['宣传', '文化', '创城', '文明', '宣讲', '电教', '拍摄'],
    indicators: ['publicity-events', 'publicity-materials', 'task-completion', 'completion-deadline', 'total-cost', 'public-awareness', 'long-term-mechanism', 'beneficiary-satisfaction'],
  },
  {
    id: 'construction',
    name: '维修改造/基建',
    keywords: ['维修', '改造', '建设', '基建', '场所', '阵地', '修缮'],
    indicators: ['repair-sites', 'acceptance-rate', 'completion-deadline', 'total-cost', 'service-improved', 'environment', 'sustained-operation', 'beneficiary-satisfaction'],
  },
  {
    id: 'talent',
    name: '人才工作',
    keywords: ['人才', '引才', '专家', '拔尖'],
    indicators: ['talent-introduced', 'task-completion', 'completion-deadline', 'total-cost', 'service-improved', 'long-term-mechanism', 'beneficiary-satisfaction'],
  },
  {
    id: 'party-building',
    name: '党建/组织工作',
    keywords: ['党建', '党组织', '党员', '组织', '党务', '两新', '选调生', '驻村'],
    indicators: ['party-organisations', 'coverage-rate', 'completion-deadline', 'total-cost', 'service-improved', 'long-term-mechanism', 'beneficiary-satisfaction'],
  },
  {
    id: 'operations',
    name: '日常运转',
    keywords: ['运转', '办公', '工作经费', '运行费', '日常', '聘用', '公积金'],
    indicators: ['staff-supported', 'task-completion', 'payment-timeliness', 'total-cost', 'work-efficiency', 'team-stability', 'beneficiary-satisfaction'],
  },
];

export interface Library {
  indicators: IndicatorTemplate[];
  types: ProjectType[];
  indicator(id: string): IndicatorTemplate | undefined;
  type(id: string): ProjectType | undefined;
}

/** The library, validated: unknown ids or malformed entries fail loudly at startup, not in a table. */
export function loadLibrary(indicators: unknown = INDICATORS, types: unknown = TYPES): Library {
  const inds = z.array(IndicatorTemplateSchema).parse(indicators);
  const tys = z.array(ProjectTypeSchema).parse(types);
  const byId = new Map(inds.map((i) => [i.id, i]));
  if (byId.size !== inds.length) throw new Error('duplicate indicator template id');
  for (const t of tys) {
    for (const id of t.indicators) if (!byId.has(id)) throw new Error(`project type ${t.id} names unknown indicator ${id}`);
  }
  return {
    indicators: inds,
    types: tys,
    indicator: (id) => byId.get(id),
    type: (id) => tys.find((t) => t.id === id || t.name === id),
  };
}

export const LIBRARY: Library = loadLibrary();
