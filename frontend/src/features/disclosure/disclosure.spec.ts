import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { fromValue } from 'wonka'
import urql from '@urql/vue'
import { Client } from '@urql/core'
import { i18n, setLocale } from '@/i18n'
import PublicNotices from './PublicNotices.vue'
import PublicProjectCard from './PublicProjectCard.vue'

function clientAnswering(data: unknown): Client {
  const client = new Client({ url: 'http://127.0.0.1/graphql', exchanges: [] })
  client.executeQuery = (() => fromValue({ data, stale: false, hasNext: false })) as unknown as Client['executeQuery']
  return client
}

const notice = (id: string, title: string, inNotice: boolean, noticeEndsAt: string, status = 'RECOMMENDED') => ({
  __typename: 'PoolApplication', id, title, status, inNotice, noticeEndsAt, amountAsked: '800000.00',
  amountApproved: status === 'APPROVED' ? '600000.00' : null, decisionReason: null,
  catalogueItem: { __typename: 'CatalogueItem', name: '共富工坊' }, round: { __typename: 'PoolRound', name: '2026年项目池' },
})

describe('the pool notices of a village page', () => {
  it('lists decisions under notice first, each with when it takes effect in Asia/Shanghai', async () => {
    setLocale('zh-CN')
    const client = clientAnswering({
      poolApplications: {
        __typename: 'PoolApplicationConnection',
        nodes: [
          notice('a', '村道提升', false, '2026-11-20T02:00:00Z', 'APPROVED'),
          notice('b', '共富工坊建设', true, '2026-12-06T16:30:00Z'),
          { ...notice('c', '仍在审核', false, ''), noticeEndsAt: null, status: 'SUBMITTED' },
        ],
      },
    })
    const wrapper = mount(PublicNotices, {
      props: { code: '330523200200' },
      global: { plugins: [i18n, [urql, client]] },
    })
    await flushPromises()
    const items = wrapper.findAll('[data-test="public-notice"]').map((li) => li.text())
    expect(items).toHaveLength(2)
    expect(items[0]).toContain('共富工坊建设')
    expect(items[0]).toContain('公示中')
    expect(items[0]).toContain('2026-12-07 00:30 起生效')
    expect(items[1]).toContain('已于 2026-11-20 10:00 生效')
    expect(items[1]).toContain('批准补助：¥60万')
  })
})

const project = {
  __typename: 'Project' as const, id: 'UHJvamVjdDox', name: '大麓山谷音乐集镇', category: 'CULTURE_TOURISM' as const,
  status: 'IN_PROGRESS' as const, statusReason: null, year: 2026, description: null, plannedStart: '2026-03-01',
  plannedEnd: '2026-12-31', actualStart: '2026-03-05', actualEnd: null, budgetTotal: '1500000.00',
  disbursedTotal: '600000.00', paidTotal: '240000.00', funding: [],
  progressReports: [
    { __typename: 'ProgressReport' as const, id: 'r2', periodStart: '2026-11-16', periodEnd: '2026-11-30', percentDone: 35,
      moneySpent: '240000.00', narrative: '屋面翻修完成', evidence: [{ __typename: 'EvidenceFile' as const, id: 'e1', fileName: 'roof.jpg', contentType: 'image/jpeg', url: '/files/evidence/e1' }, { __typename: 'EvidenceFile' as const, id: 'e2', fileName: 'invoice.pdf', contentType: 'application/pdf', url: '/files/evidence/e2' }] },
    { __typename: 'ProgressReport' as const, id: 'r1', periodStart: '2026-11-01', periodEnd: '2026-11-15', percentDone: 20,
      moneySpent: '0.00', narrative: '进场施工', evidence: [] },
  ],
}

describe('a published project card', () => {
  it('shows money against the budget, the latest report and its photos, no other evidence', () => {
    setLocale('zh-CN')
    const wrapper = mount(PublicProjectCard, { props: { project }, global: { plugins: [i18n] } })
    const text = wrapper.text()
    expect(text).toContain('在建')
    expect(text).toContain('¥150万')
    expect(text).toContain('已支付占预算 16%')
    expect(wrapper.find('[data-test="public-report"]').text()).toBe('屋面翻修完成')
    expect(text).toContain('附佐证材料 2 份')
    expect(text).toContain('以往进度报告（1）')
    const photos = wrapper.findAll('[data-test="public-photos"] img')
    expect(photos.map((img) => new URL(img.attributes('src')!).pathname)).toEqual(['/files/evidence/e1'])
    expect(photos[0].attributes('alt')).toContain('现场照片')
    expect(wrapper.find('a').exists()).toBe(false)
  })

  it('says the budget is not yet published instead of showing a zero budget', () => {
    setLocale('zh-CN')
    const wrapper = mount(PublicProjectCard, {
      props: { project: { ...project, budgetTotal: '0.00', disbursedTotal: '0.00', paidTotal: '0.00', progressReports: [] } },
      global: { plugins: [i18n] },
    })
    expect(wrapper.text()).toContain('预算待公布')
    expect(wrapper.text()).toContain('尚未报送进度')
    expect(wrapper.text()).not.toContain('已支付占预算')
  })
})
