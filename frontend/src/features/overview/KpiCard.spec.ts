import { describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import { CombinedError } from '@urql/core'
import { i18n } from '@/i18n'
import KpiCard from './KpiCard.vue'

const mountCard = (props: InstanceType<typeof KpiCard>['$props']) =>
  mount(KpiCard, { props, global: { plugins: [i18n], stubs: { RouterLink: RouterLinkStub } } })

describe('KpiCard', () => {
  it('shows the figure, its hint and a link to where it comes from', () => {
    const card = mountCard({ label: '项目数', value: '14', hint: '已完工 3 个', to: '/projects' })
    expect(card.attributes('aria-label')).toBe('项目数')
    expect(card.get('[data-test="kpi-value"]').text()).toBe('14')
    expect(card.text()).toContain('已完工 3 个')
    expect(card.getComponent(RouterLinkStub).props('to')).toBe('/projects')
  })

  it('shows a placeholder while its query has not answered', () => {
    const card = mountCard({ label: '已支付', value: null })
    expect(card.find('[aria-busy="true"]').exists()).toBe(true)
    expect(card.find('[data-test="kpi-value"]').exists()).toBe(false)
  })

  it('shows its own error with the server message and asks for a retry', async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'Your role may not do this', extensions: { classification: 'FORBIDDEN' } }],
    })
    const card = mountCard({ label: '未关闭告警', value: undefined, error })
    const alert = card.get('[role="alert"]')
    expect(alert.text()).toContain('加载失败')
    expect(alert.attributes('title')).toBe('Your role may not do this')
    await card.get('button').trigger('click')
    expect(card.emitted('retry')).toHaveLength(1)
  })

  it('keeps showing a figure it has when a refresh fails', () => {
    const error = new CombinedError({ networkError: new Error('offline') })
    const card = mountCard({ label: '项目数', value: '14', error })
    expect(card.get('[data-test="kpi-value"]').text()).toBe('14')
    expect(card.find('[role="alert"]').exists()).toBe(false)
  })

  it('marks a figure that needs attention', () => {
    expect(mountCard({ label: '进度报告逾期', value: '2', tone: 'warning' }).classes()).toContain('warning')
  })
})
