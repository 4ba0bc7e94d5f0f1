import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { setLocale } from '@/i18n'
import { fakeClient } from '@/features/projects/testing'
import VisitsDueList from './VisitsDueList.vue'

const due = (over: Record<string, unknown>) => ({
  id: 's1', visitorRole: 'LIAISON_LEADER', visitorName: '上墅乡联络领导', everyDays: 60, lastVisitedOn: '2026-09-20',
  nextDueOn: '2026-11-19', overdueDays: 14, version: 1,
  talent: { id: 'VGFsZW50OjE', name: '潘建明', hometown: { code: '330523200200', name: '上墅村' } }, ...over,
})
const page = { talentVisitsDue: { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: 'c2' },
  nodes: [due({}), due({ id: 's2', visitorRole: 'VILLAGE_CADRE', visitorName: '联系村干部', overdueDays: 0, nextDueOn: '2026-12-06',
    talent: { id: 'VGFsZW50OjI', name: '李晓红', hometown: null } })] } }

function mountList(keeper: boolean) {
  const fake = fakeClient({ query: () => ({ data: page }), mutation: () => ({ data: { logTalentVisit: { visit: { id: 'v9' } } } }) })
  const wrapper = mount(VisitsDueList, {
    props: { within: '330523200', keeper },
    global: { plugins: fake.plugins, stubs: { RouterLink: { props: ['to'], template: '<a><slot /></a>' } } },
    attachTo: document.body,
  })
  return { wrapper, ...fake }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the talents due a visit', { timeout: 30_000 }, () => {
  it('lists who is due, how overdue, by whom, and asks again for a longer horizon', async () => {
    setLocale('zh-CN')
    const { wrapper, executeQuery } = mountList(false)
    await flushPromises()
    const rows = wrapper.findAll('[data-test=due-table] tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('潘建明')
    expect(rows[0].text()).toContain('上墅村')
    expect(rows[0].text()).toContain('联络领导')
    expect(rows[0].text()).toContain('逾期 14 天')
    expect(rows[1].text()).toContain('待走访')
    expect(wrapper.find('tbody [data-test=due-log]').exists()).toBe(false)
    const asked = () => executeQuery.mock.calls.map((c) => (c[0] as unknown as { variables: { withinDays: number; within: string } }).variables)
    expect(asked().at(-1)).toMatchObject({ within: '330523200', withinDays: 7 })
    await wrapper.findAll('[data-test=due-horizon] input')[1].setValue(true)
    await flushPromises()
    expect(asked().at(-1)).toMatchObject({ withinDays: 30 })
  })

  it('lets a keeper log the visit with the scheduled visitor filled in', async () => {
    setLocale('zh-CN')
    const { wrapper, executeMutation } = mountList(true)
    await flushPromises()
    await wrapper.findAll('tbody [data-test=due-log]')[0].trigger('click')
    await flushPromises()
    expect(document.querySelector<HTMLInputElement>('input[data-test=visit-visitor]')!.value).toBe('上墅乡联络领导')
    expect(document.body.textContent).toContain('登记走访：潘建明')
    document.querySelector<HTMLButtonElement>('[data-test=visit-submit]')!.click()
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalled())
    const input = (executeMutation.mock.calls[0][0] as unknown as { variables: { input: Record<string, unknown> } }).variables.input
    expect(input).toMatchObject({ talentId: 'VGFsZW50OjE', visitorRole: 'LIAISON_LEADER', visitorName: '上墅乡联络领导', needsAction: false })
  })
})
