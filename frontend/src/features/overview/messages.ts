/** Words of the overview views. */
export const zh = {
  title: '首页概览',
  narrow: '按区域查看',
  nothing: '您的角色没有可显示的统计。',
  scope: {
    counties: '{n} 个县（市、区）', townships: '{n} 个乡镇', villages: '{n} 个村（社区）',
    population: '人口 {n}', households: '{n} 户', profile: '区划档案 →',
  },
  kpi: {
    title: '关键指标', failed: '加载失败',
    projects: '项目数', projectsHint: '已完工 {n} 个',
    budget: '项目预算', disbursedHint: '已拨付 {amount}（{share}）',
    paid: '已支付', paidHint: '占已拨付 {share}',
    overdue: '进度报告逾期', overdueHint: '在建项目缺半月报',
    poolRemaining: '项目池剩余预算', poolHint: '已批准 {committed} / 预算 {budget}',
    talentRealised: '乡贤投资到位', talentHint: '认捐 {pledged} · {n} 位乡贤',
    openAlerts: '未关闭告警', alertsHint: '近 30 天共 {n} 条',
    acknowledge: '响应时长（中位）', p90: 'P90 {value}',
    devices: '设备在线', devicesHint: '离线 {offline} · 电量低 {low}',
  },
  unit: { tenThousand: '万元', projects: '项目数' },
  funds: { budget: '预算', disbursed: '已拨付', paid: '已支付' },
  projects: {
    byStatus: '项目状态', byGroup: '项目与资金分布', groupBy: '分组方式', count: '项目数', countN: '{n} 个',
    overdue: '逾期',
  },
  overdue: {
    title: '进度报告逾期项目', count: '{n} 个逾期', none: '没有逾期未报的项目。', project: '项目',
    owner: '承担单位', reportedThrough: '已报至', never: '从未报告',
  },
  pool: {
    title: '项目池进度', round: '项目池轮次', none: '暂无项目池', open: '申报中', closed: '已截止',
    committed: '已批准', remaining: '剩余', budget: '预算', committedShare: '预算已批准 {share}',
    byStatus: '申报按状态', noApplications: '本区域在此轮尚无申报。',
  },
  talents: { title: '乡贤投资：认捐与到位', pledged: '认捐', realised: '到位', noInvestment: '{n} 位乡贤，尚无投资记录。' },
  alerts: {
    title: '安居守护告警（近 30 天）', more: '服务指标 →', byKind: '按类型（共 {n} 条）', none: '暂无告警',
    response: '响应时长（中位 / P90）', acknowledge: '响应', onSite: '到场', falseAlarm: '误报率',
    devices: '设备', devicesValue: '{online} / {total} 在线，离线 {offline}，电量低 {lowBattery}',
    percentiles: '时长自告警产生起计；无数据时显示 —。', sla: '各乡镇达标情况', township: '乡镇', count: '告警',
    ackInTime: '60 秒内响应', onSiteInTime: '45 分钟到场', escalated: '升级',
  },
}

export const en: typeof zh = {
  title: 'Overview',
  narrow: 'Narrow to',
  nothing: 'Your role has no figures to show here.',
  scope: {
    counties: '{n} counties', townships: '{n} townships', villages: '{n} villages',
    population: 'population {n}', households: '{n} households', profile: 'Region profile →',
  },
  kpi: {
    title: 'Key figures', failed: 'Could not load',
    projects: 'Projects', projectsHint: '{n} completed',
    budget: 'Project budget', disbursedHint: '{amount} disbursed ({share})',
    paid: 'Paid', paidHint: '{share} of disbursed',
    overdue: 'Overdue progress reports', overdueHint: 'projects in progress missing a half-month report',
    poolRemaining: 'Pool budget remaining', poolHint: '{committed} approved of {budget}',
    talentRealised: 'Talent investment realised', talentHint: '{pledged} pledged · {n} talents',
    openAlerts: 'Open alerts', alertsHint: '{n} in the last 30 days',
    acknowledge: 'Time to acknowledge (median)', p90: 'P90 {value}',
    devices: 'Devices online', devicesHint: '{offline} offline · {low} low battery',
  },
  unit: { tenThousand: '10k CNY', projects: 'Projects' },
  funds: { budget: 'Budget', disbursed: 'Disbursed', paid: 'Paid' },
  projects: {
    byStatus: 'Projects by status', byGroup: 'Projects and funds', groupBy: 'Group by', count: 'Projects',
    countN: '{n} projects', overdue: 'Overdue',
  },
  overdue: {
    title: 'Projects with overdue progress reports', count: '{n} overdue', none: 'No project is overdue.',
    project: 'Project', owner: 'Carried out by', reportedThrough: 'Reported through', never: 'Never reported',
  },
  pool: {
    title: 'Project pool progress', round: 'Pool round', none: 'No pool round yet', open: 'Open', closed: 'Closed',
    committed: 'Approved', remaining: 'Remaining', budget: 'Budget', committedShare: '{share} of the budget approved',
    byStatus: 'Applications by status', noApplications: 'No applications from this region in this round yet.',
  },
  talents: {
    title: 'Talent investment: pledged and realised', pledged: 'Pledged', realised: 'Realised',
    noInvestment: '{n} talents, no investment recorded yet.',
  },
  alerts: {
    title: 'Elder-care alerts (last 30 days)', more: 'Service KPIs →', byKind: 'By kind ({n} in all)',
    none: 'No alerts', response: 'Response times (median / P90)', acknowledge: 'Acknowledge', onSite: 'On site',
    falseAlarm: 'False alarms', devices: 'Devices',
    devicesValue: '{online} / {total} online, {offline} offline, {lowBattery} low battery',
    percentiles: 'Timed from when the alert was raised; — without data.', sla: 'Service targets by township',
    township: 'Township', count: 'Alerts', ackInTime: 'Ack. within 60 s', onSiteInTime: 'On site within 45 min',
    escalated: 'Escalated',
  },
}
