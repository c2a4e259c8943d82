/**
 * The standard indicator library as data (validated by library.ts): per 二级 the measurable 三级
 * indicators that reviewers accept, and per project type a complete set. Drawn from the 59 seed
 * tables, the realworld tables of other provinces and the 2021 guidance (财预〔2021〕101号), with
 * the boilerplate reviewers send back left out: no 办公环境 as an ecological benefit, no 工作任务完成率
 * without a task, no 长效工作机制 / 持续发挥作用, no 工作效率 / 有效提高, no 服务群众能力 for any
 * project, no 覆盖率 of nothing, and satisfaction asked of whom the project actually serves.
 *
 * Placeholders: `{n}` a number the user fills in (a proposal may be read from the table's own text),
 * `{total}` the project's 年度资金总额, `{year}` the table's year. `basis` is the 指标值确定依据 the 2021
 * guidance names: 计划标准, 行业标准, 历史标准, 预算支出标准. `framework: 'mof-2021'` marks an entry
 * that only a 2021-framework table takes (社会成本, 生态环境成本).
 */

type Basis = '计划标准' | '行业标准' | '历史标准' | '预算支出标准';
type L1 = 'output' | 'benefit' | 'satisfaction' | 'cost';
type L2 =
  | 'quantity'
  | 'quality'
  | 'timeliness'
  | 'cost'
  | 'economicBenefit'
  | 'socialBenefit'
  | 'ecologicalBenefit'
  | 'sustainability'
  | 'serviceSatisfaction'
  | 'socialCost'
  | 'ecologicalCost';

export interface IndicatorData {
  id: string;
  level1: L1;
  level2: L2;
  name: string;
  value: string;
  description: string;
  basis: Basis;
  framework?: 'mof-2021';
}

export interface TypeData {
  id: string;
  name: string;
  /**
   * Words that say a project is of this type, strongest first: in its 项目名称 (×3), its 年度目标
   * (×1) and its 三级 rows (×1 each, up to three). `weak` words (catch-alls such as 建设, 系统) weigh
   * little and count in the name only.
   */
  keywords: string[];
  weak?: string[];
  /** The head noun of a name that says what the money is (`…津贴`, `…工程`): a strong vote. */
  heads?: string[];
  indicators: string[];
}

const I = (id: string, level1: L1, level2: L2, name: string, value: string, description: string, basis: Basis, framework?: 'mof-2021'): IndicatorData =>
  framework ? { id, level1, level2, name, value, description, basis, framework } : { id, level1, level2, name, value, description, basis };

export const INDICATORS: IndicatorData[] = [
  // ——— 数量 ———
  I('training-attendance', 'output', 'quantity', '培训人次', '≥{n}人次', '参加培训的人次', '计划标准'),
  I('training-sessions', 'output', 'quantity', '培训班次', '≥{n}期', '举办培训班的期数', '计划标准'),
  I('meeting-count', 'output', 'quantity', '召开会议次数', '≥{n}次', '全年召开会议的次数', '计划标准'),
  I('meeting-attendance', 'output', 'quantity', '参会人数', '≥{n}人', '参加会议的人数', '计划标准'),
  I('system-count', 'output', 'quantity', '运维系统数量', '{n}套', '纳入运行维护的信息系统数量', '计划标准'),
  I('terminal-count', 'output', 'quantity', '运维终端（站点）数量', '{n}个', '纳入运行维护的终端或站点数量', '计划标准'),
  I('system-built', 'output', 'quantity', '建设系统（模块）数量', '{n}个', '新建或升级的信息系统功能模块数量', '计划标准'),
  I('purchase-count', 'output', 'quantity', '购置设备数量', '{n}台（套）', '购置设备的数量', '计划标准'),
  I('subsidy-recipients', 'output', 'quantity', '补助对象人数', '{n}人', '享受补助的人数', '计划标准'),
  I('publicity-events', 'output', 'quantity', '宣传活动场次', '≥{n}场次', '开展宣传活动的场次', '计划标准'),
  I('publicity-materials', 'output', 'quantity', '宣传品印制数量', '≥{n}份', '印制发放的宣传品数量', '计划标准'),
  I('publicity-works', 'output', 'quantity', '宣传作品（课件）制作数量', '≥{n}部', '拍摄制作的专题片、课件等作品数量', '计划标准'),
  I('repair-sites', 'output', 'quantity', '维修改造场所数量', '{n}个', '完成维修改造的场所数量', '计划标准'),
  I('repair-area', 'output', 'quantity', '维修改造面积', '{n}平方米', '完成维修改造的建筑面积', '计划标准'),
  I('talent-introduced', 'output', 'quantity', '引进培养人才人数', '≥{n}人', '引进和培养各类人才的人数', '计划标准'),
  I('talent-supported', 'output', 'quantity', '资金支持人才（项目）数量', '{n}个', '获得人才专项资金支持的人才或项目数量', '计划标准'),
  I('party-organisations', 'output', 'quantity', '支持基层党组织数量', '{n}个', '获得经费支持的基层党组织数量', '计划标准'),
  I('party-members-trained', 'output', 'quantity', '党员教育培训人次', '≥{n}人次', '参加教育培训的党员人次', '计划标准'),
  I('staff-supported', 'output', 'quantity', '保障人员数量', '{n}人', '保障在岗工作人员的数量', '计划标准'),
  I('service-items', 'output', 'quantity', '购买服务项目数量', '{n}项', '政府购买的服务项目数量', '计划标准'),
  I('service-recipients', 'output', 'quantity', '服务对象人次', '≥{n}人次', '接受服务的人次', '计划标准'),
  I('villages-supported', 'output', 'quantity', '保障运转村（社区）数量', '{n}个', '获得运转经费保障的村（社区）数量', '计划标准'),
  I('village-cadres', 'output', 'quantity', '补助村（社区）干部人数', '{n}人', '享受补助的村（社区）干部人数', '计划标准'),
  I('townships-funded', 'output', 'quantity', '资金下达乡镇（街道）数量', '{n}个', '获得转移支付资金的乡镇（街道）数量', '计划标准'),
  I('award-projects', 'output', 'quantity', '以奖代补项目数量', '{n}个', '经考核获得以奖代补资金的项目数量', '计划标准'),
  I('water-works', 'output', 'quantity', '建设水利工程数量', '{n}处', '新建、改造的水利工程数量', '计划标准'),
  I('water-pipeline', 'output', 'quantity', '新建改造供水管网长度', '{n}公里', '新建和改造的供水管网长度', '计划标准'),
  I('water-people', 'output', 'quantity', '受益人口数量', '{n}人', '工程覆盖服务的人口数量', '计划标准'),
  I('afforestation-area', 'output', 'quantity', '营造林面积', '{n}亩', '完成新造林和抚育提升的面积', '计划标准'),
  I('seedlings', 'output', 'quantity', '栽植苗木数量', '{n}株', '栽植的苗木数量', '计划标准'),
  I('road-length', 'output', 'quantity', '道路建设改造里程', '{n}公里', '新建、改造的道路里程', '计划标准'),
  I('road-maintenance', 'output', 'quantity', '道路养护里程', '{n}公里', '纳入日常养护的道路里程', '计划标准'),
  I('schools', 'output', 'quantity', '改造学校数量', '{n}所', '实施改造的学校数量', '计划标准'),
  I('school-area', 'output', 'quantity', '校舍维修改造面积', '{n}平方米', '完成维修改造的校舍面积', '计划标准'),
  I('assessed-units', 'output', 'quantity', '考核（督查）单位数量', '{n}个', '纳入考核或督查的单位（班子）数量', '计划标准'),
  I('assessment-materials', 'output', 'quantity', '考核材料印制数量', '{n}份', '印制的考核测评材料数量', '计划标准'),
  I('awardees', 'output', 'quantity', '表彰奖励人数（集体）', '{n}个', '受到表彰奖励的个人和集体数量', '计划标准'),
  I('archive-volumes', 'output', 'quantity', '整理（数字化）档案数量', '{n}卷', '完成整理或数字化的档案卷数', '计划标准'),
  I('archive-pages', 'output', 'quantity', '档案数字化页数', '{n}页', '扫描数字化的档案页数', '计划标准'),
  I('village-teams', 'output', 'quantity', '保障驻村工作队数量', '{n}个', '获得工作经费保障的驻村工作队数量', '计划标准'),
  I('village-team-members', 'output', 'quantity', '驻村干部人数', '{n}人', '派驻到村的干部人数', '计划标准'),
  I('activities', 'output', 'quantity', '组织开展活动次数', '≥{n}次', '组织开展的主题活动次数', '计划标准'),
  I('activity-participants', 'output', 'quantity', '参加活动人次', '≥{n}人次', '参加活动的人次', '计划标准'),
  I('deputies-served', 'output', 'quantity', '服务保障代表人数', '{n}人', '服务保障履职的代表人数', '计划标准'),
  I('deputy-activities', 'output', 'quantity', '组织代表履职活动次数', '≥{n}次', '组织代表视察、调研、培训等履职活动的次数', '计划标准'),
  I('research-surveys', 'output', 'quantity', '开展实地调研（座谈）次数', '≥{n}次', '为课题开展的实地调研和座谈次数', '计划标准'),
  I('research-topics', 'output', 'quantity', '完成课题（调研报告）数量', '{n}个', '完成并通过评审的课题或调研报告数量', '计划标准'),
  I('work-items', 'output', 'quantity', '完成年度工作事项数量', '{n}项', '年度工作方案列出并完成的事项数量', '计划标准'),
  I('staff-paid', 'output', 'quantity', '聘用人员人数', '{n}人', '经费保障的聘用人员人数', '计划标准'),
  // ——— 质量 ———
  I('training-pass-rate', 'output', 'quality', '培训考核合格率', '≥95%', '考核合格人数占参训人数的比例', '行业标准'),
  I('acceptance-rate', 'output', 'quality', '验收合格率', '100%', '验收合格的数量占总数的比例', '行业标准'),
  I('system-uptime', 'output', 'quality', '系统正常运行率', '≥98%', '系统正常运行天数占全年天数的比例', '行业标准'),
  I('payment-accuracy', 'output', 'quality', '资金发放准确率', '100%', '按标准准确发放的资金占比', '计划标准'),
  I('meeting-completion', 'output', 'quality', '会议议定事项落实率', '≥95%', '会议议定事项按期落实的比例', '计划标准'),
  I('publicity-reach', 'output', 'quality', '宣传品发放到位率', '≥95%', '发放到目标人群的宣传品占印制数量的比例', '计划标准'),
  I('construction-quality', 'output', 'quality', '工程质量合格率', '100%', '验收合格的工程占完工工程的比例', '行业标准'),
  I('party-coverage', 'output', 'quality', '经费保障党组织覆盖率', '100%', '获得经费保障的党组织占应保障党组织的比例', '计划标准'),
  I('service-standard', 'output', 'quality', '服务验收合格率', '100%', '按合同约定验收合格的服务项目比例', '计划标准'),
  I('village-coverage', 'output', 'quality', '村（社区）经费保障覆盖率', '100%', '获得经费的村（社区）占应保障村（社区）的比例', '计划标准'),
  I('fund-use-compliance', 'output', 'quality', '资金使用合规率', '100%', '按规定用途使用的资金占下达资金的比例', '计划标准'),
  I('seedling-survival', 'output', 'quality', '苗木成活率', '≥85%', '成活的苗木占栽植苗木的比例', '行业标准'),
  I('road-quality', 'output', 'quality', '道路工程质量合格率', '100%', '交工验收合格的道路工程比例', '行业标准'),
  I('school-acceptance', 'output', 'quality', '校舍改造质量合格率', '100%', '验收合格的校舍改造工程比例', '行业标准'),
  I('assessment-coverage', 'output', 'quality', '考核（督查）事项完成率', '100%', '按方案完成考核或督查的事项比例', '计划标准'),
  I('award-compliance', 'output', 'quality', '表彰对象公示率', '100%', '经公示后表彰的对象比例', '计划标准'),
  I('archive-quality', 'output', 'quality', '档案数字化合格率', '≥99%', '数字化成果检查合格的比例', '行业标准'),
  I('village-team-onduty', 'output', 'quality', '驻村干部在岗率', '≥95%', '驻村干部按规定在岗的比例', '计划标准'),
  I('research-acceptance', 'output', 'quality', '课题成果验收通过率', '100%', '通过评审验收的课题成果比例', '计划标准'),
  I('deputy-proposals', 'output', 'quality', '代表建议办结率', '100%', '按期办结的代表建议占交办建议的比例', '计划标准'),
  I('staff-pay-accuracy', 'output', 'quality', '工资福利发放准确率', '100%', '按标准准确发放的工资福利比例', '计划标准'),
  I('recipient-eligibility', 'output', 'quality', '补助对象资格审核准确率', '100%', '经审核符合条件的补助对象比例', '计划标准'),
  I('equipment-acceptance', 'output', 'quality', '设备验收合格率', '100%', '验收合格的设备占购置设备的比例', '行业标准'),
  // ——— 时效 ———
  I('completion-deadline', 'output', 'timeliness', '项目完成时间', '{year}年12月底前', '项目全部完成的时间', '计划标准'),
  I('training-deadline', 'output', 'timeliness', '培训完成时间', '{year}年11月底前', '年度培训计划全部完成的时间', '计划标准'),
  I('payment-timeliness', 'output', 'timeliness', '资金拨付及时率', '100%', '按时拨付的资金占应拨付资金的比例', '计划标准'),
  I('delivery-deadline', 'output', 'timeliness', '设备到货安装时间', '{year}年6月底前', '设备到货并安装调试完成的时间', '计划标准'),
  I('monthly-payment', 'output', 'timeliness', '按月发放及时率', '100%', '每月按时发放的比例', '计划标准'),
  I('fault-response', 'output', 'timeliness', '故障响应时间', '≤{n}小时', '接到故障报告到开始处理的时间', '行业标准'),
  I('renewal-deadline', 'output', 'timeliness', '服务续费完成时间', '{year}年{n}月底前', '域名、专线等服务到期前完成续费的时间', '计划标准'),
  I('construction-deadline', 'output', 'timeliness', '工程完工时间', '{year}年{n}月底前', '工程全部完工的时间', '计划标准'),
  I('transfer-deadline', 'output', 'timeliness', '资金下达时间', '{year}年{n}月底前', '资金下达到乡镇（街道）的时间', '计划标准'),
  I('assessment-deadline', 'output', 'timeliness', '考核工作完成时间', '{year}年{n}月底前', '年度考核全部完成的时间', '计划标准'),
  I('research-deadline', 'output', 'timeliness', '课题结题时间', '{year}年12月底前', '课题完成结题的时间', '计划标准'),
  I('archive-deadline', 'output', 'timeliness', '档案整理完成时间', '{year}年12月底前', '档案整理和数字化完成的时间', '计划标准'),
  I('activity-deadline', 'output', 'timeliness', '活动按计划完成率', '100%', '按年度计划时间完成的活动比例', '计划标准'),
  // ——— 成本（2021 框架下为 成本指标 / 经济成本指标） ———
  I('total-cost', 'output', 'cost', '项目总成本', '≤{total}万元', '项目全年支出总额', '预算支出标准'),
  I('per-capita-training-cost', 'output', 'cost', '人均培训成本', '≤{n}元/人', '培训支出除以参训人次', '预算支出标准'),
  I('unit-price', 'output', 'cost', '设备单价', '≤{n}万元/台', '单台设备的采购价格', '预算支出标准'),
  I('subsidy-standard', 'output', 'cost', '补助标准', '{n}元/人', '每人的补助标准', '预算支出标准'),
  I('village-standard', 'output', 'cost', '补助标准', '{n}万元/村', '每个村（社区）的补助标准', '预算支出标准'),
  I('maintenance-cost', 'output', 'cost', '运行维护成本', '≤{total}万元', '全年运行维护支出', '预算支出标准'),
  I('service-price', 'output', 'cost', '购买服务成本', '≤{total}万元', '按合同支付的服务费用', '预算支出标准'),
  I('construction-cost', 'output', 'cost', '工程建设成本', '≤{total}万元', '工程建设的全部支出', '预算支出标准'),
  I('per-km-cost', 'output', 'cost', '每公里建设成本', '≤{n}万元/公里', '道路建设支出除以建设里程', '行业标准'),
  I('per-mu-cost', 'output', 'cost', '每亩营造林成本', '≤{n}元/亩', '营造林支出除以营造林面积', '行业标准'),
  I('per-school-cost', 'output', 'cost', '校均改造成本', '≤{n}万元/所', '改造支出除以改造学校数', '预算支出标准'),
  I('award-total', 'output', 'cost', '奖励资金总额', '≤{total}万元', '全年发放的奖励资金总额', '预算支出标准'),
  I('award-standard', 'output', 'cost', '奖励标准', '{n}元/人', '每个受表彰对象的奖励标准', '预算支出标准'),
  I('archive-unit-cost', 'output', 'cost', '档案数字化单价', '≤{n}元/页', '数字化支出除以扫描页数', '行业标准'),
  I('team-standard', 'output', 'cost', '驻村工作经费标准', '{n}万元/队', '每个驻村工作队的年度工作经费', '预算支出标准'),
  I('research-cost', 'output', 'cost', '课题经费', '≤{n}万元/个', '每个课题的经费', '预算支出标准'),
  I('per-capita-cost', 'output', 'cost', '人均经费标准', '≤{n}万元/人', '每人的年度经费标准', '预算支出标准'),
  // ——— 社会成本、生态环境成本（只用于 2021 框架） ———
  I('social-cost-petitions', 'cost', 'socialCost', '因项目实施引发的信访投诉', '0件', '项目实施中群众信访、投诉的件数', '计划标准', 'mof-2021'),
  I('social-cost-traffic', 'cost', 'socialCost', '施工期间交通中断时间', '≤{n}天', '施工造成道路中断通行的天数', '计划标准', 'mof-2021'),
  I('ecological-cost-pollution', 'cost', 'ecologicalCost', '施工造成的环境污染事件', '0起', '施工扬尘、污水等造成的环境污染事件数', '行业标准', 'mof-2021'),
  I('ecological-cost-land', 'cost', 'ecologicalCost', '临时占用林地草地恢复率', '100%', '施工临时占用的林地、草地按期恢复的比例', '行业标准', 'mof-2021'),
  // ——— 效益 ———
  I('trainee-applied', 'benefit', 'socialBenefit', '参训人员考核测试平均分', '≥{n}分', '参训人员结业考核的平均成绩', '历史标准'),
  I('party-members-covered', 'benefit', 'socialBenefit', '党员年度集中培训覆盖率', '≥95%', '参加年度集中培训的党员占党员总数的比例', '行业标准'),
  I('public-awareness', 'benefit', 'socialBenefit', '群众知晓率', '≥90%', '抽样调查中知晓宣传内容的群众比例', '历史标准'),
  I('living-standard', 'benefit', 'socialBenefit', '补助资金按标准足额到人率', '100%', '足额领取补助的对象占应补助对象的比例', '计划标准'),
  I('village-cadre-stability', 'benefit', 'socialBenefit', '村（社区）干部队伍稳定率', '≥95%', '年内未流失的村（社区）干部比例', '历史标准'),
  I('economic-income', 'benefit', 'economicBenefit', '村集体经济年收入', '≥{n}万元', '受益村集体经济的年经营性收入', '历史标准'),
  I('economic-output', 'benefit', 'economicBenefit', '带动群众增收', '≥{n}万元', '项目带动受益群众增加的收入', '计划标准'),
  I('water-supply-rate', 'benefit', 'socialBenefit', '农村自来水普及率', '≥{n}%', '用上自来水的农村人口比例', '行业标准'),
  I('water-irrigation', 'benefit', 'economicBenefit', '新增（改善）灌溉面积', '{n}亩', '工程新增和改善的灌溉面积', '计划标准'),
  I('flood-protection', 'benefit', 'socialBenefit', '防洪保护人口', '{n}人', '工程保护范围内的人口', '计划标准'),
  I('forest-coverage', 'benefit', 'ecologicalBenefit', '森林覆盖率提高', '≥{n}个百分点', '项目区森林覆盖率提高的幅度', '行业标准'),
  I('soil-conservation', 'benefit', 'ecologicalBenefit', '新增水土流失治理面积', '{n}平方公里', '项目新增治理的水土流失面积', '行业标准'),
  I('water-quality', 'benefit', 'ecologicalBenefit', '供水水质达标率', '100%', '水质检测达标的供水工程比例', '行业标准'),
  I('road-travel-time', 'benefit', 'socialBenefit', '沿线群众出行时间缩短', '≥{n}分钟', '沿线群众到乡镇的平均出行时间缩短', '计划标准'),
  I('road-condition', 'benefit', 'socialBenefit', '农村公路优良中等路率', '≥{n}%', '评定为优、良、中等的农村公路里程比例', '行业标准'),
  I('school-safety', 'benefit', 'socialBenefit', '校舍安全隐患消除率', '100%', '改造后消除安全隐患的校舍比例', '行业标准'),
  I('students-benefited', 'benefit', 'socialBenefit', '受益学生人数', '{n}人', '改善办学条件后受益的学生人数', '计划标准'),
  I('assessment-results', 'benefit', 'socialBenefit', '考核结果运用率', '100%', '考核结果用于评先评优、干部选用的比例', '计划标准'),
  I('problems-rectified', 'benefit', 'socialBenefit', '督查发现问题整改率', '≥95%', '按期整改的督查问题比例', '计划标准'),
  I('award-publicity', 'benefit', 'socialBenefit', '先进典型宣传报道次数', '≥{n}次', '对受表彰先进典型的宣传报道次数', '计划标准'),
  I('archive-utilisation', 'benefit', 'socialBenefit', '档案查阅利用人次', '≥{n}人次', '全年提供档案查阅利用的人次', '历史标准'),
  I('archive-retrieval', 'benefit', 'sustainability', '数字档案查询响应时间', '≤{n}分钟', '从申请查阅到调出数字档案的时间', '行业标准'),
  I('village-team-projects', 'benefit', 'socialBenefit', '驻村帮办实事数量', '≥{n}件', '驻村工作队为群众办理的实事数量', '计划标准'),
  I('activity-reach', 'benefit', 'socialBenefit', '活动参与群众人次', '≥{n}人次', '参与活动的群众人次', '计划标准'),
  I('deputy-suggestions', 'benefit', 'socialBenefit', '代表提出建议数量', '≥{n}件', '代表履职提出的意见建议数量', '历史标准'),
  I('research-adopted', 'benefit', 'socialBenefit', '调研成果被采纳数量', '≥{n}项', '被决策部门采纳或批示的成果数量', '计划标准'),
  I('service-resolved', 'benefit', 'socialBenefit', '服务事项办结率', '≥95%', '按期办结的服务事项比例', '计划标准'),
  I('system-users', 'benefit', 'socialBenefit', '系统使用单位数量', '{n}个', '使用系统办理业务的单位数量', '计划标准'),
  I('online-handling', 'benefit', 'socialBenefit', '业务线上办理率', '≥{n}%', '通过系统线上办理的业务比例', '计划标准'),
  I('publicity-reposts', 'benefit', 'socialBenefit', '作品播放（阅读）量', '≥{n}次', '宣传作品的播放和阅读次数', '历史标准'),
  I('talent-retained', 'benefit', 'sustainability', '引进人才留用率', '≥90%', '服务期内留用的引进人才比例', '历史标准'),
  I('talent-results', 'benefit', 'socialBenefit', '人才项目取得成果数量', '≥{n}项', '受支持人才取得的专利、成果等数量', '计划标准'),
  I('township-completion', 'benefit', 'socialBenefit', '以奖代补项目建成率', '100%', '下达资金的项目按期建成的比例', '计划标准'),
  I('equipment-utilisation', 'benefit', 'sustainability', '设备使用年限', '≥{n}年', '购置设备的预计使用年限', '行业标准'),
  I('facility-lifetime', 'benefit', 'sustainability', '设施设计使用年限', '≥{n}年', '建成设施的设计使用年限', '行业标准'),
  I('system-continuity', 'benefit', 'sustainability', '系统全年持续运行时间', '≥{n}天', '系统全年不间断运行的天数', '行业标准'),
  I('site-usage', 'benefit', 'socialBenefit', '改造场所年开展活动次数', '≥{n}次', '改造后的场所每年开展活动的次数', '计划标准'),
  I('staff-stability', 'benefit', 'sustainability', '聘用人员队伍稳定率', '≥95%', '年内在岗未流失的聘用人员比例', '历史标准'),
  I('work-outcome', 'benefit', 'sustainability', '形成制度（成果）文件数量', '≥{n}项', '项目形成并印发的制度、办法或成果文件数量', '计划标准'),
  I('village-services', 'benefit', 'socialBenefit', '村（社区）为民服务事项办结率', '≥95%', '村（社区）便民服务站按期办结的服务事项比例', '计划标准'),
  I('training-followup', 'benefit', 'sustainability', '参训人员跟踪回访率', '≥{n}%', '结业后接受跟踪回访的参训人员比例', '计划标准'),
  I('subsidy-continuity', 'benefit', 'sustainability', '补助政策连续执行年限', '≥{n}年', '补助政策连续执行的年数', '历史标准'),
  I('publicity-platform', 'benefit', 'sustainability', '宣传阵地（平台）持续运行数量', '{n}个', '常态化运行的宣传阵地、平台数量', '计划标准'),
  I('party-standardised', 'benefit', 'sustainability', '基层党组织标准化规范化建设达标率', '≥{n}%', '达到标准化规范化建设要求的党组织比例', '行业标准'),
  I('service-provider-years', 'benefit', 'sustainability', '服务承接主体持续服务年限', '≥{n}年', '承接主体连续提供服务的年数', '计划标准'),
  I('village-operating', 'benefit', 'sustainability', '村（社区）组织正常运转率', '100%', '全年正常运转的村（社区）组织比例', '计划标准'),
  I('road-care', 'benefit', 'sustainability', '建成道路纳入管护率', '100%', '建成后纳入日常管护的道路比例', '行业标准'),
  I('award-followup', 'benefit', 'sustainability', '受表彰对象持续在岗率', '≥{n}%', '表彰后一年内仍在岗履职的对象比例', '历史标准'),
  I('village-team-records', 'benefit', 'sustainability', '驻村工作台账建档率', '100%', '建立完整工作台账的驻村工作队比例', '计划标准'),
  I('activity-years', 'benefit', 'sustainability', '品牌活动连续举办年数', '≥{n}年', '同一品牌活动连续举办的年数', '历史标准'),
  I('deputy-liaison', 'benefit', 'sustainability', '代表联络站（室）常态化运行数量', '{n}个', '常态化开展活动的代表联络站（室）数量', '计划标准'),
  I('forest-care', 'benefit', 'sustainability', '造林地管护率', '100%', '落实管护责任的造林地比例', '行业标准'),
  I('forestry-jobs', 'benefit', 'socialBenefit', '带动当地群众务工人次', '≥{n}人次', '项目实施带动当地群众务工的人次', '计划标准'),
  I('equipment-in-use', 'benefit', 'socialBenefit', '购置设备投入使用率', '100%', '购置后投入日常使用的设备比例', '计划标准'),
  // ——— 满意度 ———
  I('trainee-satisfaction', 'satisfaction', 'serviceSatisfaction', '参训学员满意度', '≥95%', '调查中满意的学员占比', '行业标准'),
  I('participant-satisfaction', 'satisfaction', 'serviceSatisfaction', '参会人员满意度', '≥95%', '调查中满意的参会人员占比', '行业标准'),
  I('user-satisfaction', 'satisfaction', 'serviceSatisfaction', '系统使用人员满意度', '≥95%', '调查中满意的系统使用人员占比', '行业标准'),
  I('equipment-user-satisfaction', 'satisfaction', 'serviceSatisfaction', '设备使用人员满意度', '≥95%', '调查中满意的设备使用人员占比', '行业标准'),
  I('recipient-satisfaction', 'satisfaction', 'serviceSatisfaction', '补助对象满意度', '≥95%', '调查中满意的补助对象占比', '行业标准'),
  I('audience-satisfaction', 'satisfaction', 'serviceSatisfaction', '宣传受众满意度', '≥90%', '调查中满意的受众占比', '行业标准'),
  I('site-user-satisfaction', 'satisfaction', 'serviceSatisfaction', '场所使用群众满意度', '≥90%', '调查中满意的场所使用群众占比', '行业标准'),
  I('talent-satisfaction', 'satisfaction', 'serviceSatisfaction', '人才满意度', '≥95%', '调查中满意的人才占比', '行业标准'),
  I('party-member-satisfaction', 'satisfaction', 'serviceSatisfaction', '基层党组织和党员满意度', '≥95%', '调查中满意的基层党组织和党员占比', '行业标准'),
  I('service-satisfaction', 'satisfaction', 'serviceSatisfaction', '服务对象满意度', '≥90%', '调查中满意的服务对象占比', '行业标准'),
  I('village-satisfaction', 'satisfaction', 'serviceSatisfaction', '村（社区）干部满意度', '≥95%', '调查中满意的村（社区）干部占比', '行业标准'),
  I('township-satisfaction', 'satisfaction', 'serviceSatisfaction', '乡镇（街道）满意度', '≥95%', '调查中满意的乡镇（街道）占比', '行业标准'),
  I('beneficiary-satisfaction', 'satisfaction', 'serviceSatisfaction', '受益群众满意度', '≥90%', '调查中满意的受益群众占比', '行业标准'),
  I('roadside-satisfaction', 'satisfaction', 'serviceSatisfaction', '沿线群众满意度', '≥90%', '调查中满意的沿线群众占比', '行业标准'),
  I('school-satisfaction', 'satisfaction', 'serviceSatisfaction', '受益师生满意度', '≥90%', '调查中满意的师生占比', '行业标准'),
  I('assessed-satisfaction', 'satisfaction', 'serviceSatisfaction', '被考核单位满意度', '≥90%', '调查中满意的被考核（督查）单位占比', '行业标准'),
  I('awardee-satisfaction', 'satisfaction', 'serviceSatisfaction', '受表彰对象满意度', '≥95%', '调查中满意的受表彰对象占比', '行业标准'),
  I('archive-user-satisfaction', 'satisfaction', 'serviceSatisfaction', '档案利用者满意度', '≥95%', '调查中满意的档案利用者占比', '行业标准'),
  I('villager-satisfaction', 'satisfaction', 'serviceSatisfaction', '驻村群众满意度', '≥90%', '调查中满意的驻村群众占比', '行业标准'),
  I('activity-satisfaction', 'satisfaction', 'serviceSatisfaction', '参与群众满意度', '≥90%', '调查中满意的活动参与者占比', '行业标准'),
  I('deputy-satisfaction', 'satisfaction', 'serviceSatisfaction', '代表满意度', '≥95%', '调查中满意的代表占比', '行业标准'),
  I('research-satisfaction', 'satisfaction', 'serviceSatisfaction', '成果使用单位满意度', '≥90%', '调查中满意的成果使用单位占比', '行业标准'),
];

export const TYPES: TypeData[] = [
  {
    id: 'training',
    name: '培训',
    keywords: ['培训', '轮训', '研修', '党校', '教育培训', '培训班', '远程教育'],
    weak: ['教育', '学习'],
    heads: ['培训'],
    indicators: ['training-attendance', 'training-sessions', 'training-pass-rate', 'training-deadline', 'per-capita-training-cost', 'trainee-applied', 'training-followup', 'trainee-satisfaction'],
  },
  {
    id: 'meeting',
    name: '会议',
    keywords: ['会议', '会务', '代表大会', '座谈'],
    heads: ['会议', '会议费'],
    indicators: ['meeting-count', 'meeting-attendance', 'meeting-completion', 'completion-deadline', 'total-cost', 'service-resolved', 'work-outcome', 'participant-satisfaction'],
  },
  {
    id: 'it',
    name: '信息化运维',
    keywords: ['运维', '运行维护', '维护费', '网络', '域名', '专线', '网站', '续费', '内网', '信息系统'],
    weak: ['系统', '平台', '软件', '信息'],
    heads: ['运维费', '维护费', '续费'],
    indicators: ['system-count', 'terminal-count', 'system-uptime', 'fault-response', 'maintenance-cost', 'online-handling', 'system-continuity', 'user-satisfaction'],
  },
  {
    id: 'it-build',
    name: '信息化建设',
    keywords: ['信息化建设', '系统建设', '平台建设', '一体化', '涉密', '视频会议', '智慧'],
    weak: ['系统', '平台', '软件', '信息'],
    indicators: ['system-built', 'purchase-count', 'acceptance-rate', 'delivery-deadline', 'total-cost', 'system-users', 'system-continuity', 'user-satisfaction'],
  },
  {
    id: 'equipment',
    name: '设备购置',
    keywords: ['购置', '设备', '电脑', '车辆', '器材'],
    weak: ['采购'],
    heads: ['购置', '设备'],
    indicators: ['purchase-count', 'equipment-acceptance', 'delivery-deadline', 'unit-price', 'total-cost', 'equipment-utilisation', 'equipment-in-use', 'equipment-user-satisfaction'],
  },
  {
    id: 'subsidy',
    name: '补助/补贴发放',
    keywords: ['补贴', '津贴', '报酬', '生活费', '慰问', '安置费', '离休', '退休', '选调生'],
    weak: ['补助'],
    heads: ['补贴', '津贴', '报酬', '生活补贴', '补助'],
    indicators: ['subsidy-recipients', 'recipient-eligibility', 'payment-accuracy', 'monthly-payment', 'subsidy-standard', 'living-standard', 'subsidy-continuity', 'recipient-satisfaction'],
  },
  {
    id: 'publicity',
    name: '宣传',
    keywords: ['宣传', '创城', '文明', '宣讲', '电教', '拍摄', '课件', '新时代文明实践', '扫黄打非', '舆情'],
    weak: ['文化'],
    indicators: ['publicity-events', 'publicity-materials', 'publicity-works', 'publicity-reach', 'completion-deadline', 'total-cost', 'public-awareness', 'publicity-platform', 'audience-satisfaction'],
  },
  {
    id: 'construction',
    name: '维修改造/基建',
    keywords: ['维修', '改造', '修缮', '基建', '活动场所', '阵地', '场所'],
    weak: ['建设'],
    indicators: ['repair-sites', 'repair-area', 'construction-quality', 'construction-deadline', 'construction-cost', 'social-cost-petitions', 'ecological-cost-pollution', 'site-usage', 'facility-lifetime', 'site-user-satisfaction'],
  },
  {
    id: 'talent',
    name: '人才工作',
    keywords: ['人才', '引才', '专家', '拔尖', '高层次'],
    indicators: ['talent-introduced', 'talent-supported', 'fund-use-compliance', 'completion-deadline', 'total-cost', 'talent-results', 'talent-retained', 'talent-satisfaction'],
  },
  {
    id: 'party-building',
    name: '党建/组织工作',
    keywords: ['党建', '党组织', '党员', '党务', '两新', '非公', '基层组织'],
    weak: ['组织'],
    indicators: ['party-organisations', 'party-members-trained', 'party-coverage', 'completion-deadline', 'total-cost', 'party-members-covered', 'party-standardised', 'party-member-satisfaction'],
  },
  {
    id: 'operations',
    name: '日常运转',
    keywords: ['运转', '运行费', '聘用', '公积金', '长聘', '后勤', '保障经费', '机要'],
    weak: ['办公', '工作经费', '日常', '管理'],
    indicators: ['staff-paid', 'staff-pay-accuracy', 'monthly-payment', 'per-capita-cost', 'service-resolved', 'staff-stability', 'service-satisfaction'],
  },
  {
    id: 'purchased-service',
    name: '政府购买服务',
    keywords: ['购买服务', '购买', '服务项目', '委托', '外包', '第三方'],
    heads: ['服务项目', '服务'],
    indicators: ['service-items', 'service-recipients', 'service-standard', 'completion-deadline', 'service-price', 'service-resolved', 'service-provider-years', 'service-satisfaction'],
  },
  {
    id: 'village-org',
    name: '村级组织运转/补助',
    keywords: ['村级组织', '村委会', '村级', '社区', '村（社区）', '为民服务', '乡村整治', '办公经费'],
    weak: ['村'],
    indicators: ['villages-supported', 'village-coverage', 'payment-timeliness', 'village-standard', 'village-services', 'village-cadre-stability', 'village-operating', 'village-satisfaction'],
  },
  {
    id: 'transfer',
    name: '专项转移支付/以奖代补',
    keywords: ['以奖代补', '转移支付', '乡镇补助', '镇街补助', '奖补', '切块'],
    heads: ['以奖代补'],
    indicators: ['townships-funded', 'award-projects', 'fund-use-compliance', 'transfer-deadline', 'total-cost', 'township-completion', 'facility-lifetime', 'township-satisfaction'],
  },
  {
    id: 'water',
    name: '水利工程',
    keywords: ['水利', '饮水', '供水', '灌区', '灌溉', '堤防', '河道', '河流', '水库', '防洪', '节水'],
    heads: ['水利工程'],
    indicators: ['water-works', 'water-pipeline', 'water-people', 'construction-quality', 'construction-deadline', 'construction-cost', 'social-cost-petitions', 'ecological-cost-land', 'water-irrigation', 'water-quality', 'facility-lifetime', 'water-supply-rate', 'beneficiary-satisfaction'],
  },
  {
    id: 'forestry',
    name: '农林生态/绿化',
    keywords: ['绿化', '造林', '林业', '涵养林', '生态', '苗木', '植树', '美化', '退化林', '防沙'],
    indicators: ['afforestation-area', 'seedlings', 'seedling-survival', 'construction-deadline', 'per-mu-cost', 'ecological-cost-land', 'forest-coverage', 'soil-conservation', 'forestry-jobs', 'forest-care', 'beneficiary-satisfaction'],
  },
  {
    id: 'roads',
    name: '道路交通',
    keywords: ['公路', '联网路', '农村路', '旅游路', '道路', '桥梁', '交通', '四好农村路'],
    weak: ['路'],
    heads: ['路'],
    indicators: ['road-length', 'road-maintenance', 'road-quality', 'construction-deadline', 'per-km-cost', 'social-cost-traffic', 'ecological-cost-pollution', 'road-travel-time', 'road-condition', 'road-care', 'roadside-satisfaction'],
  },
  {
    id: 'school',
    name: '教育/学校改造',
    keywords: ['学校', '校舍', '义务教育', '学前', '幼儿园', '中小学', '薄弱学校'],
    indicators: ['schools', 'school-area', 'school-acceptance', 'construction-deadline', 'per-school-cost', 'school-safety', 'students-benefited', 'facility-lifetime', 'school-satisfaction'],
  },
  {
    id: 'assessment',
    name: '考核督查',
    keywords: ['考核', '督查', '督考', '督办', '考评', '巡察', '测评'],
    indicators: ['assessed-units', 'assessment-materials', 'assessment-coverage', 'assessment-deadline', 'total-cost', 'assessment-results', 'problems-rectified', 'work-outcome', 'assessed-satisfaction'],
  },
  {
    id: 'award',
    name: '奖励表彰',
    keywords: ['表彰', '奖励', '奖金', '先进', '民族团结奖'],
    heads: ['奖', '奖励', '奖金', '表彰'],
    indicators: ['awardees', 'award-compliance', 'payment-timeliness', 'award-standard', 'award-total', 'award-publicity', 'award-followup', 'awardee-satisfaction'],
  },
  {
    id: 'archives',
    name: '档案整理/数字化',
    keywords: ['档案', '数字化', '年鉴', '史志', '地方志'],
    indicators: ['archive-volumes', 'archive-pages', 'archive-quality', 'archive-deadline', 'archive-unit-cost', 'archive-utilisation', 'archive-retrieval', 'archive-user-satisfaction'],
  },
  {
    id: 'village-team',
    name: '驻村工作',
    keywords: ['驻村', '工作队', '第一书记', '乡村振兴驻村'],
    indicators: ['village-teams', 'village-team-members', 'village-team-onduty', 'payment-timeliness', 'team-standard', 'village-team-projects', 'village-team-records', 'villager-satisfaction'],
  },
  {
    id: 'activity',
    name: '活动/纪念/群团',
    keywords: ['活动', '纪念', '庆祝', '七一', '妇联', '关工委', '老年大学', '共青团', '工会', '妇女', '党史', '文艺'],
    indicators: ['activities', 'activity-participants', 'acceptance-rate', 'activity-deadline', 'total-cost', 'activity-reach', 'activity-years', 'activity-satisfaction'],
  },
  {
    id: 'deputies',
    name: '代表履职',
    keywords: ['代表', '党代表', '人大代表', '政协委员', '履职', '任期制'],
    indicators: ['deputies-served', 'deputy-activities', 'deputy-proposals', 'completion-deadline', 'total-cost', 'deputy-suggestions', 'deputy-liaison', 'deputy-satisfaction'],
  },
  {
    id: 'research',
    name: '课题调研',
    keywords: ['课题', '调研', '研究', '规划编制', '论证'],
    indicators: ['research-topics', 'research-surveys', 'research-acceptance', 'research-deadline', 'research-cost', 'research-adopted', 'work-outcome', 'research-satisfaction'],
  },
];
