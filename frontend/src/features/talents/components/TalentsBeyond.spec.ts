import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { shallowRef } from 'vue'
import { CombinedError } from '@urql/core'
import { fromValue } from 'wonka'
import { i18n, setLocale } from '@/i18n'
import type { LedgerEntryFieldsFragment, VisitFieldsFragment, VisitScheduleFieldsFragment } from '@/gql/graphql'
import TalentVisitsCard from './TalentVisitsCard.vue'
import InvestmentStages from './InvestmentStages.vue'

function clientWith(answer: { data?: unknown; error?: CombinedError }) {
  const executeMutation = vi.fn((request: { variables: unknown }) => fromValue({ operation: request, ...answer, stale: false, hasNext: false }))
  return { client: { executeQuery: vi.fn(), executeMutation, executeSubscription: vi.fn() }, executeMutation }
}

const schedule = (over: Partial<VisitScheduleFieldsFragment>): VisitScheduleFieldsFragment => ({
  id: 's1', visitorRole: 'LIAISON_LEADER', visitorName: '上墅乡联络领导', everyDays: 60,
  lastVisitedOn: '2026-09-20', nextDueOn: '2026-11-19', overdueDays: 14, version: 1, ...over,
})
const visit: VisitFieldsFragment = {
  id: 'v1', visitedOn: '2026-09-20', visitorRole: 'LIAISON_LEADER', visitorName: '上墅乡联络领导',
  askedFor: '协调停车场地', needsAction: true, recordedBy: 'shangshu.admin',
}
const investment = (over: Partial<LedgerEntryFieldsFragment>): LedgerEntryFieldsFragment => ({
  id: 'c1', kind: 'INVESTMENT', occurredOn: '2025-04-01', pledgedAmount: '2600000.00',
  realisedAmount: null, donatedAmount: null, jobsCreated: null, peopleReached: null, serviceKind: null, purpose: null, referred: null,
  beneficiaryCode: null, beneficiary: null, projectId: null, projectName: '竹林民宿扩建', description: null, stage: 'SIGNED',
  signedOn: '2025-04-01', landedOn: null, producingOn: null, version: 3, createdAt: '2025-04-01T00:00:00Z', ...over,
})

describe('the visits card of a talent', { timeout: 30_000 }, () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('shows each schedule with how overdue it is, the log with what needs doing, and no form for readers', () => {
    setLocale('zh-CN')
    const { client } = clientWith({})
    const wrapper = mount(TalentVisitsCard, {
      props: { talentId: 'T1', schedules: [schedule({}), schedule({ id: 's2', visitorRole: 'VILLAGE_CADRE', overdueDays: 0, nextDueOn: '2999-01-01' })],
        visits: [visit], keeper: false },
      global: { plugins: [i18n], provide: { $urql: shallowRef(client) } },
    })
    const schedules = wrapper.find('[data-test="visit-schedules"]').text()
    expect(schedules).toContain('联络领导')
    expect(schedules).toContain('每 60 天')
    expect(schedules).toContain('逾期 14 天')
    expect(schedules).toContain('按期')
    const log = wrapper.find('[data-test="visit-log"]').text()
    expect(log).toContain('协调停车场地')
    expect(log).toContain('待办')
    expect(wrapper.find('[data-test="visit-open"]').exists()).toBe(false)
  })

  it('logs a visit with the scheduled visitor filled in and says what the server refused', async () => {
    setLocale('zh-CN')
    const error = new CombinedError({ graphQLErrors: [{ message: 'say what the talent asked for', extensions: { classification: 'BAD_REQUEST', field: 'input.askedFor' } }] })
    const { client, executeMutation } = clientWith({ error })
    mount(TalentVisitsCard, {
      props: { talentId: 'T1', schedules: [schedule({ visitorRole: 'VILLAGE_CADRE', visitorName: '联系村干部' })], visits: [], keeper: true },
      attachTo: document.body,
      global: { plugins: [i18n], provide: { $urql: shallowRef(client) } },
    })
    document.body.querySelector<HTMLButtonElement>('[data-test="visit-open"]')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(document.body.querySelector<HTMLInputElement>('input[data-test="visit-visitor"]')?.value)
      .toBe('联系村干部'), { timeout: 5000 })
    const needs = document.body.querySelector<HTMLElement>('[data-test="visit-needs-action"]')!
    ;(needs.tagName === 'INPUT' ? needs : needs.querySelector<HTMLElement>('input')!).click()
    await flushPromises()
    document.body.querySelector<HTMLButtonElement>('[data-test="visit-submit"]')!.click()
    await flushPromises()
    const input = (executeMutation.mock.calls[0][0].variables as { input: Record<string, unknown> }).input
    expect(input).toMatchObject({ talentId: 'T1', visitorRole: 'VILLAGE_CADRE', visitorName: '联系村干部', askedFor: null, needsAction: true })
    const asked = document.body.querySelector('[data-test="visit-asked"]')!.closest('.el-form-item')!
    await vi.waitFor(() => expect(asked.textContent).toContain('say what the talent asked for'), { timeout: 5000 })
  })
})

describe('the investment stages of a talent', { timeout: 30_000 }, () => {
  afterEach(() => { document.body.innerHTML = '' })

  it('offers the next stage only, sends it with the version read, and shows a stage conflict in words', async () => {
    setLocale('zh-CN')
    const error = new CombinedError({ graphQLErrors: [{ message: 'the investment is LANDED: it can move to PRODUCING only, not to LANDED', extensions: { classification: 'CONFLICT', field: 'input.stage' } }] })
    const { client, executeMutation } = clientWith({ error })
    const wrapper = mount(InvestmentStages, {
      props: { entries: [investment({}), investment({ id: 'c2', stage: 'PRODUCING', projectName: '已投产项目' }),
        investment({ id: 'd1', kind: 'DONATION', stage: null, projectName: null })], keeper: true },
      attachTo: document.body,
      global: { plugins: [i18n], provide: { $urql: shallowRef(client) } },
    })
    const items = wrapper.findAll('[data-test="investment-stages"] > li')
    expect(items).toHaveLength(2)
    expect(items[0].find('[data-test="investment-stage"]').text()).toBe('签约')
    expect(items[0].find('[data-test="advance-open"]').text()).toContain('推进到“落地”')
    expect(items[1].find('[data-test="advance-open"]').exists()).toBe(false)

    await items[0].find('[data-test="advance-open"]').trigger('click')
    await flushPromises()
    document.body.querySelector<HTMLButtonElement>('[data-test="advance-submit"]')!.click()
    await flushPromises()
    const input = (executeMutation.mock.calls[0][0].variables as { input: Record<string, unknown> }).input
    expect(input).toMatchObject({ id: 'c1', version: 3, stage: 'LANDED', realisedAmount: null, jobsCreated: null })
    await vi.waitFor(() => expect(document.body.querySelector('.el-alert')?.textContent).toContain('can move to PRODUCING only'), { timeout: 5000 })
  })
})
