/** Words every view uses; each feature keeps its own in src/features/<feature>/messages.ts. */
export const commonZh = {
  app: { name: '乡里', tagline: '乡村振兴数据平台' },
  nav: {
    overview: '首页', regions: '区划', pool: '项目池', projects: '项目', talents: '乡贤', eldercare: '安居守护',
    eldercareConsole: '告警台', eldercareElders: '老人与设备', eldercareKpis: '服务指标', audit: '纪检监督',
    disclosure: '村务公开', api: 'API 接口', matters: '指挥中心', matterReport: '上报事项', myMatters: '我的事项',
    milestoneTemplates: '节点模板',
  },
  roles: {
    'platform-admin': '平台管理员', 'county-admin': '县级管理员', 'township-admin': '乡镇管理员',
    'village-official': '村干部', 'eldercare-operator': '养老服务中心', supervisor: '纪检监督', integrator: '第三方接入',
    'command-centre': '综合指挥中心', 'grid-worker': '网格员',
  },
  session: {
    login: '登录', logout: '退出', anonymous: '未登录（公众）', expired: '登录已过期，请重新登录；已填写的内容会保留。',
    relogin: '重新登录', identityDown: '无法连接统一身份认证（Keycloak）。公开页面仍可访问，登录请稍后再试或联系管理员。',
    language: 'English', scope: '管辖范围', platform: '全平台',
  },
  figures: { asOf: '数据截至 {time}', asOfHint: '统计数据最多每分钟计算一次，截至 {at}（北京时间）' },
  live: {
    connected: '实时连接正常', connecting: '正在连接…', reconnecting: '连接中断，正在重连…', closed: '未连接',
  },
  state: {
    loading: '加载中…', empty: '暂无数据', error: '加载失败', retry: '重试', forbidden: '您的角色无权访问此页面',
    notFound: '未找到，或不在您的管辖范围内', unavailable: '服务暂时不可用，请稍后重试',
  },
  action: {
    search: '搜索', reset: '重置', save: '保存', cancel: '取消', submit: '提交', confirm: '确定', close: '关闭',
    more: '加载更多', prev: '上一页', next: '下一页', download: '下载', upload: '上传', export: '导出', back: '返回',
    details: '详情', edit: '编辑',
  },
  region: { picker: '区域', all: '全部', county: '县（市、区）', township: '乡镇（街道）', village: '村（社区）' },
  table: { total: '共 {n} 条', page: '第 {n} 页' },
  error: {
    conflict: '记录已被他人修改，请刷新后再试。', network: '网络错误，请检查连接后重试。',
    requestId: '请求编号',
  },
  anonymise: {
    title: '匿名化：{name}', removes: '将永久删除：', keeps: '保留（不含个人信息）：', irreversible: '此操作不可撤销。',
    reason: '原因', confirm: '确认匿名化', done: '已匿名化', anonymised: '已匿名化',
  },
}

export type CommonMessages = typeof commonZh

export const commonEn: CommonMessages = {
  app: { name: 'Xiangli', tagline: 'Rural revitalisation data platform' },
  nav: {
    overview: 'Overview', regions: 'Regions', pool: 'Project pool', projects: 'Projects', talents: 'Talents',
    eldercare: 'Elder care', eldercareConsole: 'Alert console', eldercareElders: 'Elders & devices',
    eldercareKpis: 'Service KPIs', audit: 'Audit', disclosure: 'Village affairs', api: 'API',
    matters: 'Command centre', matterReport: 'Report a matter', myMatters: 'My matters',
    milestoneTemplates: 'Milestone templates',
  },
  roles: {
    'platform-admin': 'Platform admin', 'county-admin': 'County admin', 'township-admin': 'Township admin',
    'village-official': 'Village official', 'eldercare-operator': 'Elder-care operator', supervisor: 'Supervisor',
    integrator: 'Integrator', 'command-centre': 'Command centre', 'grid-worker': 'Grid worker',
  },
  session: {
    login: 'Sign in', logout: 'Sign out', anonymous: 'Not signed in (public)',
    expired: 'Your session expired. Sign in again; what you typed is kept.', relogin: 'Sign in again',
    identityDown: 'The identity server (Keycloak) cannot be reached. Public pages still work; try signing in later or call your administrator.',
    language: '中文', scope: 'Scope', platform: 'Whole platform',
  },
  figures: { asOf: 'as of {time}', asOfHint: 'Figures are computed at most once a minute; these as of {at} (Beijing time)' },
  live: { connected: 'Live', connecting: 'Connecting…', reconnecting: 'Connection lost, reconnecting…', closed: 'Not connected' },
  state: {
    loading: 'Loading…', empty: 'Nothing here yet', error: 'Could not load', retry: 'Retry',
    forbidden: 'Your role may not open this page', notFound: 'Not found, or outside your scope',
    unavailable: 'The service is unavailable for a moment; try again shortly',
  },
  action: {
    search: 'Search', reset: 'Reset', save: 'Save', cancel: 'Cancel', submit: 'Submit', confirm: 'Confirm',
    close: 'Close', more: 'Load more', prev: 'Previous', next: 'Next', download: 'Download', upload: 'Upload',
    export: 'Export', back: 'Back', details: 'Details', edit: 'Edit',
  },
  region: { picker: 'Region', all: 'All', county: 'County', township: 'Township', village: 'Village' },
  table: { total: '{n} in all', page: 'Page {n}' },
  error: {
    conflict: 'Someone else changed this record. Reload it and try again.',
    network: 'Network error. Check the connection and try again.', requestId: 'Request id',
  },
  anonymise: {
    title: 'Anonymise: {name}', removes: 'Removed for good:', keeps: 'Kept (nothing personal):', irreversible: 'This cannot be undone.',
    reason: 'Reason', confirm: 'Anonymise', done: 'Anonymised', anonymised: 'Anonymised',
  },
}
