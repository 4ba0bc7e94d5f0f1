/** Words of the projects views. */
export const zh = {
  list: {
    title: '项目', filters: '筛选', status: '状态', category: '类别', year: '年度', overdue: '进度报告',
    overdueAny: '全部', overdueYes: '逾期未报', overdueNo: '按时报告', text: '项目名称', textPlaceholder: '输入名称关键字',
    reset: '清除筛选', name: '项目名称', owner: '实施主体', villages: '受益村', budget: '预算', disbursed: '已拨付',
    paid: '已支付', progress: '进度', reportedThrough: '报告截至', createdAt: '创建时间', overdueTag: '逾期',
    caption: '项目列表（可按名称、创建时间排序）', share: '复制本视图链接', copied: '链接已复制',
  },
  totals: {
    label: '筛选结果合计', projects: '项目数', budget: '预算总额', disbursed: '已拨付', paid: '已支付', overdue: '进度逾期',
    disbursedRate: '拨付率 {p}', paidRate: '支付率 {p}',
  },
  detail: {
    back: '返回项目列表', overview: '概况', funds: '资金', progress: '进度', bond: '专项债', accounts: '竣工决算',
    owner: '实施主体', year: '立项年度', planned: '计划工期', actual: '实际工期', published: '村务公开',
    publishedYes: '已公开', publishedNo: '未公开', description: '项目简介', reportedThrough: '报告截至',
    overdue: '进度报告逾期', onTime: '进度报告按时', latestPercent: '最新进度', statusReason: '状态说明：',
    timeline: '状态变更记录', created: '创建：{status}', moved: '{from} → {to}', villages: '受益村及占比', village: '村', share: '占比', outside: '（不在您的管辖范围）',
    noVillages: '不特定受益村', readOnly: '本项目已{status}，记录为只读。', version: '版本',
  },
  status: {
    change: '变更状态', to: '变更为 {status}', reason: '原因', reasonRequired: '暂停或撤销须说明原因', date: '发生日期',
    dateHint: '开工或完工的实际日期；留空为今天', confirm: '确认变更', done: '状态已变更为 {status}',
  },
  funds: {
    bySource: '分资金来源', source: '资金来源', budget: '预算', disbursed: '已拨付', paid: '已支付',
    disbursedRate: '拨付率', paidRate: '支付率', total: '合计', chart: '各资金来源预算、拨付与支付', movements: '拨付与支付记录',
    kind: '类型', amount: '金额（元）', movedOn: '发生日期', payee: '收款方', payeeWithKind: '{name}（{kind}）', voucher: '凭证号', note: '备注', recordedBy: '记录人',
    record: '记录拨付 / 支付', revise: '调整预算', noFunding: '尚未安排预算', noMovements: '暂无拨付或支付记录',
  },
  movement: {
    title: '记录拨付 / 支付', kind: '类型', source: '资金来源', amount: '金额（元）', amountHint: '精确到分，如 12345.60',
    amountFormat: '请输入大于 0 的金额，最多两位小数', movedOn: '发生日期', payeeKind: '收款方类型', payee: '收款方名称',
    voucherNo: '凭证号', note: '备注', required: '必填', saved: '已记录 {kind} {amount}', disbursementOnly: '拨付由乡镇或县级录入',
  },
  budget: {
    title: '调整预算', hint: '各来源预算不得低于已拨付金额；留空的来源保持不变。', add: '增加来源', remove: '移除',
    saved: '预算已调整', amountFormat: '请输入 0 或更大的金额，最多两位小数', current: '当前 {amount}，已拨付 {disbursed}',
  },
  report: {
    title: '填报进度', titleFor: '填报进度：{name}', period: '报告期', periodHint: '每半月一期：1–15 日、16 日–月末',
    reported: '{period}（已报）', correcting: '该期已报告，提交将更正（版本 {v}）', percent: '完成进度（%）', moneySpent: '本期支出（元）',
    narrative: '进展情况', narrativePlaceholder: '本期完成了什么、遇到什么问题', photos: '现场照片', takePhoto: '拍照或选择照片',
    photoHint: '可多张，JPEG / PNG，每张不超过 20MB', remove: '移除 {name}', submit: '提交报告', saved: '进度报告已提交',
    uploading: '正在上传照片 {n}/{total}…', uploadFailed: '报告已保存，但照片 {name} 上传失败：{message}', retryUpload: '重新上传',
    list: '进度报告（半月报）', none: '暂无进度报告', evidence: '佐证材料', noEvidence: '无佐证材料', addEvidence: '上传佐证',
    evidenceAdded: '已上传 {name}', by: '填报人', spent: '本期支出', thumbnail: '照片：{name}', openPdf: '下载 {name}',
    loadFailed: '无法加载', toProject: '返回项目',
  },
  bond: {
    title: '专项债 借建用还', stage: '阶段', happenedOn: '日期', amount: '金额（元）', note: '备注', recordedBy: '记录人',
    pending: '待记录', record: '记录“{stage}”阶段', saved: '已记录“{stage}”阶段', notApplicable: '本项目无专项债资金',
  },
  accounts: {
    title: '竣工决算', download: '下载决算表（.xlsx）', downloading: '正在生成…', reportedSpending: '报告支出合计',
    gaps: '待补齐事项', noGaps: '决算资料完整，无缺项', reports: '进度报告 {n} 期', evidence: '佐证材料 {n} 份',
    budget: '预算', disbursed: '已拨付', paid: '已支付', downloadFailed: '下载失败：{message}',
  },
  conflict: { title: '该项目已被他人修改', reload: '重新加载' },
}

export const en: typeof zh = {
  list: {
    title: 'Projects', filters: 'Filters', status: 'Status', category: 'Category', year: 'Year', overdue: 'Progress reports',
    overdueAny: 'All', overdueYes: 'Overdue', overdueNo: 'On time', text: 'Project name', textPlaceholder: 'Part of the name',
    reset: 'Clear filters', name: 'Project', owner: 'Owner', villages: 'Villages served', budget: 'Budget', disbursed: 'Disbursed',
    paid: 'Paid', progress: 'Progress', reportedThrough: 'Reported through', createdAt: 'Created', overdueTag: 'Overdue',
    caption: 'Projects (sortable by name and creation time)', share: 'Copy link to this view', copied: 'Link copied',
  },
  totals: {
    label: 'Totals of the filtered projects', projects: 'Projects', budget: 'Budget', disbursed: 'Disbursed', paid: 'Paid',
    overdue: 'Reports overdue', disbursedRate: '{p} disbursed', paidRate: '{p} paid',
  },
  detail: {
    back: 'Back to projects', overview: 'Overview', funds: 'Funds', progress: 'Progress', bond: 'Special bond',
    accounts: 'Final accounts', owner: 'Owner', year: 'Year approved', planned: 'Planned', actual: 'Actual',
    published: 'Public disclosure', publishedYes: 'Published', publishedNo: 'Not published', description: 'Description',
    reportedThrough: 'Reported through', overdue: 'Progress report overdue', onTime: 'Reports on time',
    latestPercent: 'Latest progress', statusReason: 'Status note: ', timeline: 'Status history', created: 'Created: {status}', moved: '{from} → {to}',
    villages: 'Villages served and shares', village: 'Village', share: 'Share', outside: '(outside your scope)',
    noVillages: 'No village in particular', readOnly: 'This project is {status}: its records are read-only.', version: 'Version',
  },
  status: {
    change: 'Change status', to: 'Move to {status}', reason: 'Reason', reasonRequired: 'Suspending or cancelling needs a reason',
    date: 'Date', dateHint: 'Actual start or end date; today when empty', confirm: 'Change status', done: 'Status is now {status}',
  },
  funds: {
    bySource: 'By funding source', source: 'Source', budget: 'Budget', disbursed: 'Disbursed', paid: 'Paid',
    disbursedRate: '% disbursed', paidRate: '% paid', total: 'Total', chart: 'Budget, disbursed and paid by source',
    movements: 'Disbursements and payments', kind: 'Kind', amount: 'Amount (CNY)', movedOn: 'Value date', payee: 'Payee',
    payeeWithKind: '{name} ({kind})', voucher: 'Voucher', note: 'Note', recordedBy: 'Recorded by', record: 'Record disbursement / payment',
    revise: 'Revise budget', noFunding: 'No budget yet', noMovements: 'No disbursements or payments yet',
  },
  movement: {
    title: 'Record a disbursement or payment', kind: 'Kind', source: 'Funding source', amount: 'Amount (CNY)',
    amountHint: 'Exact to the fen, e.g. 12345.60', amountFormat: 'Enter an amount above 0 with at most two decimals',
    movedOn: 'Value date', payeeKind: 'Payee kind', payee: 'Payee', voucherNo: 'Voucher number', note: 'Note',
    required: 'Required', saved: 'Recorded {kind} of {amount}', disbursementOnly: 'Disbursements are recorded by the township or county',
  },
  budget: {
    title: 'Revise budget', hint: 'No source may fall below what was disbursed from it; sources left out keep their budget.',
    add: 'Add source', remove: 'Remove', saved: 'Budget revised', amountFormat: 'Enter 0 or more with at most two decimals',
    current: 'now {amount}, disbursed {disbursed}',
  },
  report: {
    title: 'Report progress', titleFor: 'Report progress: {name}', period: 'Period', periodHint: 'Half months: 1st–15th, 16th–month end',
    reported: '{period} (reported)', correcting: 'This period is reported: submitting corrects it (version {v})', percent: 'Percent done',
    moneySpent: 'Spent in the period (CNY)', narrative: 'What happened', narrativePlaceholder: 'What was done, what got in the way',
    photos: 'Site photos', takePhoto: 'Take or choose photos', photoHint: 'Several allowed, JPEG / PNG, up to 20 MB each',
    remove: 'Remove {name}', submit: 'Submit report', saved: 'Progress report submitted',
    uploading: 'Uploading photo {n}/{total}…', uploadFailed: 'The report is saved, but photo {name} failed: {message}',
    retryUpload: 'Upload again', list: 'Progress reports (half-monthly)', none: 'No progress reports yet', evidence: 'Evidence',
    noEvidence: 'No evidence', addEvidence: 'Upload evidence', evidenceAdded: 'Uploaded {name}', by: 'Reported by',
    spent: 'Spent', thumbnail: 'Photo: {name}', openPdf: 'Download {name}', loadFailed: 'Could not load', toProject: 'Back to project',
  },
  bond: {
    title: 'Special bond: borrow, build, use, repay', stage: 'Stage', happenedOn: 'Date', amount: 'Amount (CNY)', note: 'Note',
    recordedBy: 'Recorded by', pending: 'Not yet', record: 'Record stage "{stage}"', saved: 'Stage "{stage}" recorded',
    notApplicable: 'This project has no special-bond funding',
  },
  accounts: {
    title: 'Final accounts', download: 'Download workbook (.xlsx)', downloading: 'Preparing…', reportedSpending: 'Reported spending',
    gaps: 'Gaps to close', noGaps: 'Complete: nothing missing', reports: '{n} progress reports', evidence: '{n} evidence files',
    budget: 'Budget', disbursed: 'Disbursed', paid: 'Paid', downloadFailed: 'Download failed: {message}',
  },
  conflict: { title: 'Someone else changed this project', reload: 'Reload' },
}
