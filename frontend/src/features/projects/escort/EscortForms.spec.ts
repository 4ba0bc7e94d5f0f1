import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { apiError, fakeClient } from '../testing'
import EscortPanel from '../components/EscortPanel.vue'

const roles = vi.hoisted(() => ({ current: ['township-admin'] as string[] }))
vi.mock('@/auth/session', () => ({ hasRole: (...wanted: string[]) => wanted.some((r) => roles.current.includes(r)) }))

const milestone = (over: Record<string, unknown>) => ({
  id: 'm2', position: 2, name: '主体完工', deadline: '2026-11-20', responsible: '陈建国', doneOn: null, overdue: true, version: 4, overdueMatter: null, ...over,
})
const base = {
  id: 'UHJvamVjdDox', ownerRegionCode: '330523200200', category: 'CULTURE_TOURISM',
  matters: [], siteChecks: [],
  riskPoints: [{ id: 'r1', description: '工程变更未经集体决策', level: 'HIGH', version: 0,
    measures: [{ id: 'k1', what: '村民代表会议表决', who: '上墅村', status: 'PLANNED', version: 2 }] }],
}
const escorted = {
  ...base,
  escort: { version: 1, escortedBy: 'shangshu.admin', since: '2026-05-01T08:00:00+08:00', commissioner: { username: 'shangshu.admin', name: '周建华' },
    milestones: [milestone({ id: 'm1', position: 1, name: '开工', doneOn: '2026-05-02', overdue: false, version: 1 }), milestone({})] },
}

type Sent = { input: Record<string, unknown> }
function mountPanel(project: unknown, answer: (v: Sent) => { data?: unknown; error?: ReturnType<typeof apiError> } = () => ({ data: {} })) {
  const fake = fakeClient({ query: () => ({ data: { project } }), mutation: (v) => answer(v as Sent) })
  const wrapper = mount(EscortPanel, {
    props: { projectId: base.id },
    global: { plugins: fake.plugins, stubs: { RouterLink: { template: '<a data-test="to-templates"><slot /></a>' } } },
    attachTo: document.body,
  })
  return { wrapper, ...fake }
}
const sent = (m: ReturnType<typeof fakeClient>['executeMutation'], i = 0) =>
  (m.mock.calls[i][0] as unknown as { variables: Sent }).variables.input
function typeIn(selector: string, value: string) {
  const el = document.querySelector(selector)!
  const input = (['INPUT', 'TEXTAREA'].includes(el.tagName) ? el : el.querySelector('input, textarea')) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
}
const click = (selector: string) => (document.querySelector(selector) as HTMLElement).click()

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the escort tab’s forms', { timeout: 30_000 }, () => {
  it('lets a township admin escort a project with its commissioner, without a version the first time', async () => {
    roles.current = ['township-admin']
    const { executeMutation } = mountPanel({ ...base, escort: null })
    await flushPromises()
    click('[data-test=start-escort]')
    await flushPromises()
    typeIn('[data-test=commissioner-name]', '周建华')
    typeIn('[data-test=commissioner-username]', 'shangshu.admin')
    await flushPromises()
    click('[data-test=commission-submit]')
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalled())
    expect(sent(executeMutation)).toEqual({ projectId: base.id, commissionerUsername: 'shangshu.admin', commissionerName: '周建华' })
  })

  it('changes only what was edited of a milestone, with its version, and shows the server’s problem on the field', async () => {
    roles.current = ['township-admin']
    const { executeMutation } = mountPanel(escorted, () => ({ error: apiError('a responsible person has 2 to 40 characters', 'BAD_REQUEST', 'input.responsible') }))
    await flushPromises()
    const edits = document.querySelectorAll<HTMLElement>('tbody [data-test=milestone-edit]')
    expect(edits).toHaveLength(1) // the milestone done has no actions
    edits[0].click()
    await flushPromises()
    typeIn('[data-test=milestone-responsible]', '王')
    await flushPromises()
    click('[data-test=milestone-submit]')
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalled())
    expect(sent(executeMutation)).toEqual({ id: 'm2', version: 4, responsible: '王' })
    await vi.waitFor(() => expect(document.querySelector('[data-test=milestone-dialog]')!.textContent).toContain('a responsible person has 2 to 40 characters'))
  })

  it('completes a milestone today unless told otherwise', async () => {
    roles.current = ['county-admin']
    const { executeMutation } = mountPanel(escorted, () => ({ data: { completeMilestone: { milestone: milestone({ doneOn: '2026-12-03', version: 5 }) } } }))
    await flushPromises()
    expect(document.querySelector('[data-test=to-templates]')).not.toBeNull()
    click('tbody [data-test=milestone-complete]')
    await flushPromises()
    click('[data-test=milestone-submit]')
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalled())
    expect(sent(executeMutation)).toMatchObject({ id: 'm2', version: 4, doneOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
  })

  it('gives a supervisor the risk register’s forms and no milestone actions', async () => {
    roles.current = ['supervisor']
    const { executeMutation } = mountPanel(escorted, () => ({ data: {} }))
    await flushPromises()
    expect(document.querySelector('tbody [data-test=milestone-edit]')).toBeNull()
    expect(document.querySelector('[data-test=change-commissioner]')).toBeNull()
    expect(document.querySelector('[data-test=to-templates]')).toBeNull()

    typeIn('[data-test=risk-description]', '材料采购未比价')
    await flushPromises()
    click('[data-test=risk-submit]')
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1))
    expect(sent(executeMutation, 0)).toEqual({ projectId: base.id, description: '材料采购未比价', level: 'MEDIUM' })

    click('tbody [data-test=add-measure]')
    await flushPromises()
    typeIn('[data-test=measure-what]', '三家比价并公示')
    typeIn('[data-test=measure-who]', '乡纪委')
    await flushPromises()
    click('[data-test=measure-submit]')
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(2))
    expect(sent(executeMutation, 1)).toEqual({ riskPointId: 'r1', what: '三家比价并公示', who: '乡纪委', status: 'PLANNED' })
  })

  it('offers a village official none of the keepers’ or supervisors’ forms', async () => {
    roles.current = ['village-official']
    const { wrapper } = mountPanel(escorted)
    await flushPromises()
    for (const form of ['milestone-edit', 'milestone-complete', 'change-commissioner', 'start-escort', 'add-risk', 'add-measure', 'measure-status']) {
      expect(wrapper.find(`tbody [data-test=${form}], form[data-test=${form}], button[data-test=${form}]`).exists(), form).toBe(false)
    }
    expect(wrapper.get('[data-test=risks]').text()).toContain('待落实')
  })
})
