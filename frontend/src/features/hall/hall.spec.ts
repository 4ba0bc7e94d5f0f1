import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { fromValue } from 'wonka'
import urql from '@urql/vue'
import { Client } from '@urql/core'
import { i18n, setLocale } from '@/i18n'
import TalentHall from './TalentHall.vue'

function clientAnswering(data: unknown): Client {
  const client = new Client({ url: 'http://127.0.0.1/graphql', exchanges: [] })
  client.executeQuery = (() => fromValue({ data, stale: false, hasNext: false })) as unknown as Client['executeQuery']
  return client
}

const talent = (name: string, over: Record<string, unknown> = {}) => ({
  __typename: 'HallTalent', name, category: 'YOUNG_ENTREPRENEUR', hometownCode: '330523200200', hometownName: '上墅村',
  introduction: '改造老卫生院为大麓书院。', realisedInvestment: '0.00', donations: '0.00', jobsCreated: 0, services: 0,
  peopleReached: 0, ...over,
})

describe('the public hall of returned talents', () => {
  it('shows each talent’s public profile and only the figures they have, with the totals', async () => {
    setLocale('zh-CN')
    const client = clientAnswering({
      talentHall: {
        __typename: 'TalentHall', townshipCode: '330523200', townshipName: '上墅乡', countyName: '安吉县',
        talents: [
          talent('沈雅琴', { realisedInvestment: '1200000.00', donations: '30000.00', jobsCreated: 12 }),
          talent('戴勋', { services: 1, peopleReached: 5000, jobsCreated: 20 }),
        ],
        totals: { __typename: 'HallTotals', talents: 2, realisedInvestment: '1200000.00', donations: '30000.00', jobsCreated: 32, services: 1, peopleReached: 5000 },
      },
    })
    const wrapper = mount(TalentHall, { props: { code: '330523200' }, global: { plugins: [i18n, [urql, client]] } })
    await flushPromises()
    expect(wrapper.find('[data-test="hall-title"]').text()).toBe('上墅乡乡贤馆')
    expect(wrapper.find('[data-test="hall-totals"]').text()).toContain('¥120万')
    const cards = wrapper.findAll('[data-test="hall-talent"]').map((c) => c.text())
    expect(cards[0]).toContain('沈雅琴')
    expect(cards[0]).toContain('¥120万')
    expect(cards[0]).toContain('¥3万')
    expect(cards[0]).not.toContain('服务乡亲')
    expect(cards[1]).toContain('青年创业')
    expect(cards[1]).toContain('1 次，惠及 5000 人')
    expect(cards[1]).not.toContain('到位投资')
  })

  it('says a malformed or unknown township code has no hall', async () => {
    setLocale('zh-CN')
    const client = clientAnswering({ talentHall: null })
    const bad = mount(TalentHall, { props: { code: '3305' }, global: { plugins: [i18n, [urql, client]] } })
    expect(bad.find('[data-test="hall-not-found"]').exists()).toBe(true)
    const unknown = mount(TalentHall, { props: { code: '330523999' }, global: { plugins: [i18n, [urql, client]] } })
    await flushPromises()
    expect(unknown.find('[data-test="hall-not-found"]').text()).toContain('没有找到这个乡镇的乡贤馆')
  })
})
