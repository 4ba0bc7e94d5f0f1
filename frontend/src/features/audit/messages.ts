/** Words of the audit views. */
export const zh = {
  title: '审计日志',
  subtitle: '管辖范围内每一次新增、修改、删除和查看个人信息的记录，只增不改。',
  filter: {
    actor: '操作人', actorPlaceholder: '用户名，如 anji.admin', actions: '操作', entityType: '记录类型',
    record: '记录编号', recordPlaceholder: '记录的全局 ID', time: '时间（北京时间）', from: '开始时间', to: '结束时间',
    apply: '查询', reset: '清除条件', label: '筛选审计日志',
  },
  history: {
    title: '记录 {id} 的历史', hint: '按时间倒序列出这条记录的全部操作。', clear: '查看全部记录',
  },
  column: {
    time: '时间', actor: '操作人', action: '操作', entityType: '记录类型', record: '记录编号', region: '区划代码',
    detail: '变更',
  },
  showDetail: '展开变更', hideDetail: '收起变更', recordHistory: '查看记录 {id} 的历史', requestId: '请求编号',
  system: '系统',
  detail: {
    caption: '字段变更前后对照', attribute: '字段', before: '修改前', after: '修改后', yes: '是', no: '否',
    readFields: '未脱敏显示的字段：', none: '无变更详情',
  },
  types: {
    Region: '区划', CollectiveIncome: '集体经营性收入', Project: '项目', ProjectFunding: '项目资金来源',
    FundMovement: '拨付与支付', ProgressReport: '进度报告', EvidenceFile: '佐证材料', BondStage: '专项债阶段',
    ProjectTransition: '项目状态变更', ProjectVillage: '项目受益村', PoolRound: '项目池批次', CatalogueItem: '项目池目录',
    PoolApplication: '项目池申报', PoolApplicationEvent: '申报进程', Talent: '乡贤', TalentContribution: '乡贤贡献',
    TalentAssociation: '乡贤组织', TalentMembership: '乡贤组织成员', Elder: '老人', ElderContact: '老人联系人',
    Device: '设备', Alert: '告警', AlertStep: '告警处置', Silence: '告警静默',
  } as Record<string, string>,
}
export const en: typeof zh = {
  title: 'Audit log',
  subtitle: 'Every create, change, delete and unmasked read of personal data in your scope. Append-only.',
  filter: {
    actor: 'Who', actorPlaceholder: 'User name, e.g. anji.admin', actions: 'Action', entityType: 'Record type',
    record: 'Record ID', recordPlaceholder: 'The record’s global ID', time: 'Time (Asia/Shanghai)', from: 'From', to: 'To',
    apply: 'Search', reset: 'Clear filters', label: 'Filter the audit log',
  },
  history: {
    title: 'History of record {id}', hint: 'Every action on this record, newest first.', clear: 'Show all records',
  },
  column: {
    time: 'Time', actor: 'Who', action: 'Action', entityType: 'Record type', record: 'Record ID', region: 'Division code',
    detail: 'Changes',
  },
  showDetail: 'Show changes', hideDetail: 'Hide changes', recordHistory: 'History of record {id}', requestId: 'Request id',
  system: 'System',
  detail: {
    caption: 'Attributes before and after', attribute: 'Attribute', before: 'Before', after: 'After', yes: 'yes', no: 'no',
    readFields: 'Fields shown unmasked:', none: 'No change detail',
  },
  types: {
    Region: 'Region', CollectiveIncome: 'Collective income', Project: 'Project', ProjectFunding: 'Project funding',
    FundMovement: 'Fund movement', ProgressReport: 'Progress report', EvidenceFile: 'Evidence file', BondStage: 'Bond stage',
    ProjectTransition: 'Project status change', ProjectVillage: 'Project village', PoolRound: 'Pool round',
    CatalogueItem: 'Catalogue item', PoolApplication: 'Pool application', PoolApplicationEvent: 'Application step',
    Talent: 'Talent', TalentContribution: 'Talent contribution', TalentAssociation: 'Talent association',
    TalentMembership: 'Association membership', Elder: 'Elder', ElderContact: 'Elder contact', Device: 'Device',
    Alert: 'Alert', AlertStep: 'Alert step', Silence: 'Alert silence',
  },
}
