/** Words of the public hall of returned talents (乡贤馆). */
export const zh = {
  title: '乡贤馆',
  link: '{township}乡贤馆',
  intro: '回乡投资、捐资、带动就业和服务乡亲的乡贤，经本人同意在此公开。',
  notFound: {
    title: '没有找到这个乡镇的乡贤馆', hint: '请检查链接中的乡镇代码（9 位数字）是否完整。',
  },
  totals: {
    label: '乡贤为家乡带来', talents: '公开乡贤', realised: '到位投资', donations: '捐赠', jobs: '带动就业', services: '服务',
    people: '{n} 人', times: '{n} 次',
  },
  talent: {
    hometown: '家乡', realised: '到位投资', donations: '捐赠', jobs: '带动就业', services: '服务乡亲', reached: '惠及 {n} 人',
    noIntro: '暂无简介',
  },
  empty: '本乡镇暂无公开的乡贤',
  footer: '仅展示本人同意公开的姓名、类别、家乡、简介和贡献合计；联系方式等个人信息不予公开。本人撤回同意后即不再展示。',
}
export const en: typeof zh = {
  title: 'Hall of returned talents',
  link: 'Hall of returned talents of {township}',
  intro: 'Returned talents who invested, donated, created jobs or served their hometown, shown here with their consent.',
  notFound: {
    title: 'No hall for this township', hint: 'Check that the 9-digit township code in the link is complete.',
  },
  totals: {
    label: 'What the talents brought home', talents: 'Talents shown', realised: 'Investment realised', donations: 'Donations',
    jobs: 'Jobs created', services: 'Services', people: '{n}', times: '{n}',
  },
  talent: {
    hometown: 'Hometown', realised: 'Investment realised', donations: 'Donations', jobs: 'Jobs created', services: 'Services',
    reached: 'reaching {n} people', noIntro: 'No introduction yet',
  },
  empty: 'No talents of this township are shown yet',
  footer: 'Only the name, category, hometown, introduction and totals of talents who consented are shown; contacts and other personal data never are. Withdrawn consent takes a talent off at once.',
}
