/**
 * Words for the schema's enum values: a user never reads `ADMINISTRATIVE_VILLAGE`. English labels
 * follow the value; Chinese are the platform's terms (docs/domain/README.md, the glossary).
 */
export const enumsZh: Record<string, Record<string, string>> = {
  AuditAction: { CREATE: '新增', UPDATE: '修改', DELETE: '删除', READ_PERSONAL: '查看个人信息', ANONYMISE: '匿名化' },
  PersonalKind: { NAME: '姓名', PHONE: '电话', ID_NUMBER: '身份证号', ADDRESS: '住址', HEALTH: '健康信息' },
  Gender: { FEMALE: '女', MALE: '男', UNDISCLOSED: '未说明' },
  AlertChangeAction: { RAISED: '新告警', JOINED: '重复触发', UPDATED: '处置更新', ESCALATED: '已升级' },
  IngestionSource: { MQTT: 'MQTT', HTTP: 'HTTP 接口' },
  AlertKind: {
    PANIC: '紧急呼叫', INACTIVITY: '长时间无活动', DOOR_NIGHT: '夜间开门', DOOR_IDLE: '长时间未开门',
    DEVICE_OFFLINE: '设备离线', LOW_BATTERY: '电量低',
  },
  Severity: { CRITICAL: '紧急', HIGH: '高', MEDIUM: '中', LOW: '低' },
  AlertStatus: {
    RAISED: '待响应', ACKNOWLEDGED: '已响应', ON_SITE: '已到场', RESOLVED: '已处置', FOLLOWED_UP: '已回访', CLOSED: '已关闭',
  },
  AlertOutcome: { SAFE: '平安无事', HOSPITALISED: '已送医', FALSE_ALARM: '误报', DEVICE_FAULT: '设备故障', OTHER: '其他' },
  EscalationLevel: { GRID: '网格级', VILLAGE: '村级', TOWNSHIP: '乡镇级', COUNTY: '县级' },
  AlertStepAction: {
    RAISED: '系统告警', ACKNOWLEDGED: '中心响应', ON_SITE: '到场处置', RESOLVED: '处置完成', FOLLOWED_UP: '回访',
    CLOSED: '关闭', CALL: '电话联系', ESCALATED: '升级',
  },
  CallResult: { REACHED: '已接通', NO_ANSWER: '无人接听', BUSY: '占线', WRONG_NUMBER: '号码错误' },
  LivingSituation: { ALONE: '独居', NO_FAMILY: '孤寡', EMPTY_NEST: '空巢', SPECIAL_HARDSHIP: '特困' },
  RiskLevel: { LOW: '低风险', MEDIUM: '中风险', HIGH: '高风险' },
  ContactRelation: { FAMILY: '家属', NEIGHBOUR: '邻居', GRID_WORKER: '网格员', COMMUNITY_STAFF: '村社工作人员' },
  DeviceType: {
    PANIC_BUTTON: '紧急按钮', MOTION_SENSOR: '人体感应', DOOR_CONTACT: '门磁', SMOKE_SENSOR: '烟感', WATER_SENSOR: '水浸',
  },
  AlertSort: { URGENCY: '按紧急程度', NEWEST: '最新在前', OLDEST: '最早在前' },
  PoolApplicationStatus: {
    SUBMITTED: '已申报', RETURNED: '已退回', RECOMMENDED: '乡镇推荐', APPROVED: '县级批准', DEFERRED: '暂缓',
    REJECTED: '未通过', ROLLED_OVER: '已结转',
  },
  PoolApplicationAction: {
    SUBMITTED: '申报', REVISED: '修改', RECOMMENDED: '推荐', RETURNED: '退回', REJECTED: '否决', APPROVED: '批准',
    DEFERRED: '暂缓', ROLLED_OVER: '结转下年', ROLLED_IN: '上年结转', PROJECT_CREATED: '已立项',
  },
  TownshipDecision: { RECOMMEND: '推荐', RETURN: '退回修改', REJECT: '不予推荐' },
  CountyDecision: { APPROVE: '批准', DEFER: '暂缓（结转）', REJECT: '否决' },
  ProjectCategory: {
    GOVERNMENT_INVESTMENT: '政府投资', COMMON_PROSPERITY: '共同富裕', SPECIAL_BOND: '专项债', AGRICULTURE: '农业',
    DIGITAL: '数字乡村', COLLECTIVE_ECONOMY: '村集体经济', INDUSTRY: '产业', CULTURE_TOURISM: '文旅',
    TRANSPORT: '交通', OTHER: '其他',
  },
  ProjectStatus: {
    APPROVED: '已立项', IN_PROGRESS: '在建', SUSPENDED: '暂停', COMPLETED: '已完工', SETTLED: '已决算', CANCELLED: '已撤销',
  },
  FundingSource: {
    COUNTY_FINANCE: '县级财政', SPECIAL_BOND: '专项债', VILLAGE_COLLECTIVE: '村集体', SOCIAL_CAPITAL: '社会资本',
    RETURNED_TALENTS: '乡贤资金',
  },
  MovementKind: { DISBURSEMENT: '拨付', PAYMENT: '支付' },
  PayeeKind: { ORGANISATION: '单位', PERSON: '个人' },
  BondStageKind: { BORROW: '借', BUILD: '建', USE: '用', REPAY: '还' },
  ProjectSort: { NEWEST_FIRST: '最新在前', OLDEST_FIRST: '最早在前', NAME_ASC: '按名称' },
  ProjectStatsGroup: { TOWNSHIP: '按乡镇', CATEGORY: '按类别', YEAR: '按年度' },
  FinalAccountsGapKind: {
    MISSING_DATES: '缺少起止日期', MISSING_REPORT: '缺少进度报告', REPORT_WITHOUT_EVIDENCE: '报告缺少佐证',
    PROGRESS_INCOMPLETE: '进度未完成', UNPAID_DISBURSEMENT: '拨付未支付', UNDISBURSED_BUDGET: '预算未拨付',
    SPENDING_MISMATCH: '支出不一致', MISSING_BOND_STAGE: '缺少专项债阶段',
  },
  RegionChangeAction: { CREATED: '新增', UPDATED: '修改', RETIRED: '撤销' },
  RegionLevel: { COUNTY: '县级', TOWNSHIP: '乡级', VILLAGE: '村级' },
  RegionKind: {
    COUNTY: '县', DISTRICT: '区', COUNTY_LEVEL_CITY: '县级市', SUBDISTRICT: '街道', TOWN: '镇', TOWNSHIP: '乡',
    COMMUNITY: '社区', ADMINISTRATIVE_VILLAGE: '行政村',
  },
  RegionSort: { CODE_ASC: '按代码', CODE_DESC: '按代码倒序', NAME_ASC: '按名称', NAME_DESC: '按名称倒序' },
  TalentWhereabouts: { RETURNED: '已返乡', INVESTING_FROM_AFAR: '在外投资', OVERSEAS: '海外' },
  TalentCategory: {
    ENTREPRENEUR: '企业家', EXPERT_SCHOLAR: '专家学者', CRAFTS_MASTER: '能工巧匠', RETIRED_CADRE: '退休干部',
    YOUNG_ENTREPRENEUR: '青年创业者', E_COMMERCE: '电商人才', OTHER: '其他',
  },
  ConsentScope: { REGISTRY: '登记', CONTACT: '联系', PUBLICITY: '公开宣传' },
  ErasureReason: { PERSON_REQUESTED: '本人（或家属）申请删除', CONSENT_WITHDRAWN: '撤回登记同意', PURPOSE_FULFILLED: '处理目的已实现' },
  ContributionKind: { INVESTMENT: '投资', DONATION: '捐赠', REFERRAL: '引荐', SERVICE: '服务', JOBS: '带动就业' },
  ServiceKind: { MEDIATION: '调解', GRID_WORK: '网格服务', TEACHING: '授课', OTHER: '其他' },
  InvestmentStage: { SIGNED: '签约', LANDED: '落地', PRODUCING: '投产' },
  VisitorRole: { VILLAGE_CADRE: '村干部', LIAISON_LEADER: '联络领导', PRINCIPAL_LEADER: '主要领导' },
  ContributorMeasure: {
    REALISED_INVESTMENT: '实际到位投资', PLEDGED_INVESTMENT: '签约投资', DONATIONS: '捐赠', JOBS_CREATED: '带动就业',
    PEOPLE_REACHED: '服务人数',
  },
  TalentAssociationKind: { TALENT_ASSOCIATION: '乡贤会', CHAMBER_OF_COMMERCE: '商会' },
  TalentSort: { NAME_ASC: '按姓名', NAME_DESC: '按姓名倒序', UPDATED_DESC: '最近更新' },
  TalentImportStatus: { RUNNING: '导入中', SUCCEEDED: '成功', COMPLETED_WITH_ERRORS: '部分有误', FAILED: '失败' },
  TalentImportMode: { ALL_OR_NOTHING: '全部成功才保存', VALID_ROWS: '保存无误的行' },
  SortDirection: { ASC: '升序', DESC: '降序' },
  MatterKind: {
    ENVIRONMENT: '环境卫生', SAFETY: '安全隐患', DISPUTE: '矛盾纠纷', INFRASTRUCTURE: '基础设施', PUBLIC_SERVICE: '民生服务',
    PROJECT_PROBLEM: '项目问题', OTHER: '其他',
  },
  MatterStatus: { REPORTED: '待派单', DISPATCHED: '已派单', IN_HAND: '办理中', DONE: '待销号', CLOSED: '已销号', RETURNED: '已退回' },
  MatterOwnerKind: { GRID_WORKER: '网格员', VILLAGE: '村（社区）', DEPARTMENT: '职能部门' },
  MatterStepAction: {
    REPORTED: '上报', DISPATCHED: '派单', ACCEPTED: '签收', COMPLETED: '办结', CONFIRMED: '销号', RETURNED: '退回', ESCALATED: '超时升级',
  },
  MatterChangeAction: { REPORTED: '新上报', UPDATED: '已更新', ESCALATED: '已升级' },
  MatterSort: { URGENCY: '按紧急程度', NEWEST: '最新在前', OLDEST: '最早在前' },
  GridSize: { LARGE: '大网格', MICRO: '微网格' },
  GridEmployment: { FULL_TIME: '专职', PART_TIME: '兼职' },
}

/** English words: the value in sentence case, with a few that read better otherwise. */
const enOverrides: Record<string, Record<string, string>> = {
  Severity: {},
  BondStageKind: { BORROW: 'Borrow', BUILD: 'Build', USE: 'Use', REPAY: 'Repay' },
  RegionKind: { ADMINISTRATIVE_VILLAGE: 'Village', COUNTY_LEVEL_CITY: 'County-level city' },
  AlertKind: { PANIC: 'Panic button', DOOR_NIGHT: 'Door at night', DOOR_IDLE: 'Door unused' },
  AuditAction: { READ_PERSONAL: 'Read personal data', ANONYMISE: 'Anonymised' },
  TalentWhereabouts: { INVESTING_FROM_AFAR: 'Investing from afar' },
  ErasureReason: { PERSON_REQUESTED: 'The person (or next of kin) asked' },
  MatterKind: { PUBLIC_SERVICE: 'Public services', INFRASTRUCTURE: 'Infrastructure', PROJECT_PROBLEM: 'Project problem' },
  MatterStatus: { REPORTED: 'Awaiting dispatch', DISPATCHED: 'Dispatched', IN_HAND: 'In hand', DONE: 'Done, to confirm', CLOSED: 'Closed', RETURNED: 'Returned' },
  MatterStepAction: { ACCEPTED: 'Accepted', COMPLETED: 'Completed', CONFIRMED: 'Confirmed closed' },
  GridSize: { LARGE: 'Large grid', MICRO: 'Micro grid' },
}

export function sentenceCase(value: string): string {
  const words = value.toLowerCase().split('_')
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ')
}

export const enumsEn: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(enumsZh).map(([type, values]) => [
    type,
    Object.fromEntries(Object.keys(values).map((v) => [v, enOverrides[type]?.[v] ?? sentenceCase(v)])),
  ]),
)
