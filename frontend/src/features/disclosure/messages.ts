/** Words of the disclosure views. */
export const zh = {
  title: '村务公开',
  share: '分享本页', copied: '链接已复制，可粘贴到微信或短信中分享',
  notFound: {
    title: '没有找到这个村的公开页面', hint: '请检查链接中的村代码（12 位数字）是否完整，或向村委会索取正确的链接。',
  },
  summary: {
    label: '资金概况', projects: '公开项目', budget: '总预算', disbursed: '已拨付', paid: '已支付',
  },
  projects: {
    title: '公开项目', empty: '本村暂无公开的项目', year: '{year} 年立项', budget: '预算', disbursed: '已拨付',
    paid: '已支付', noBudget: '预算待公布', paidShare: '已支付占预算', planned: '计划工期', actual: '实际开工',
    finished: '实际完工', progress: '工程进度', noReport: '尚未报送进度', latest: '最新进度（{from} 至 {to}）',
    spent: '本期支出', evidence: '附佐证材料 {n} 份', photo: '{name} 的现场照片', earlier: '以往进度报告（{n}）', funding: '资金来源明细',
    source: '来源', reason: '说明',
  },
  notices: {
    title: '项目池公示', hint: '以下决定在公示期满后生效；对公示内容有异议的，请在公示期内向乡镇或县农业农村部门反映。',
    empty: '本村暂无项目池公示', inNotice: '公示中', effective: '已生效', takesEffect: '{at} 起生效',
    tookEffect: '已于 {at} 生效', asked: '申请补助', approved: '批准补助', round: '批次', item: '申报项目',
  },
  footer: '本页信息由县乡村三级录入并公开，个人信息不予公开。',
}
export const en: typeof zh = {
  title: 'Village affairs',
  share: 'Share this page', copied: 'Link copied: paste it into a message to share',
  notFound: {
    title: 'No public page for this village', hint: 'Check that the 12-digit village code in the link is complete, or ask the village committee for the link.',
  },
  summary: {
    label: 'Money at a glance', projects: 'Published projects', budget: 'Total budget', disbursed: 'Disbursed', paid: 'Paid',
  },
  projects: {
    title: 'Published projects', empty: 'No published projects for this village yet', year: 'Approved in {year}',
    budget: 'Budget', disbursed: 'Disbursed', paid: 'Paid', noBudget: 'Budget not yet published', paidShare: 'Paid of budget',
    planned: 'Planned', actual: 'Started', finished: 'Completed', progress: 'Progress', noReport: 'No progress reported yet',
    latest: 'Latest progress ({from} to {to})', spent: 'Spent in the period', evidence: '{n} evidence file(s) attached', photo: 'Site photo of {name}',
    earlier: 'Earlier progress reports ({n})', funding: 'Funding by source', source: 'Source', reason: 'Note',
  },
  notices: {
    title: 'Project pool public notices', hint: 'These decisions take effect when their notice period ends. Objections go to the township or county during the notice period.',
    empty: 'No project pool notices for this village', inNotice: 'Under notice',
    effective: 'In effect', takesEffect: 'Takes effect {at}', tookEffect: 'In effect since {at}', asked: 'Subsidy asked',
    approved: 'Subsidy approved', round: 'Round', item: 'Applied for',
  },
  footer: 'Entered and published by the county, township and village. Personal data is never published.',
}
