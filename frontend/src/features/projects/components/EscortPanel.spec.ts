import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { fakeClient } from '../testing'
import EscortPanel from './EscortPanel.vue'

const roles = vi.hoisted(() => ({ current: ['supervisor'] as string[] }))
vi.mock('@/auth/session', () => ({ hasRole: (...wanted: string[]) => wanted.some((r) => roles.current.includes(r)) }))

const project = {
  id: 'UHJvamVjdDox', ownerRegionCode: '330523200200',
  escort: {
    version: 0, escortedBy: 'shangshu.admin', since: '2026-05-01T08:00:00+08:00',
    commissioner: { username: 'shangshu.admin', name: '周**' },
    milestones: [
      { id: 'm1', position: 1, name: '方案审定', deadline: '2026-05-01', responsible: '周**', doneOn: '2026-04-30', overdue: false, version: 1, overdueMatter: null },
      { id: 'm2', position: 2, name: '主体完工', deadline: '2026-11-20', responsible: '陈**', doneOn: null, overdue: true, version: 0,
        overdueMatter: { id: 'x1', number: 'SX-2026-000009', status: 'DISPATCHED' } },
      { id: 'm3', position: 3, name: '竣工验收', deadline: '2027-02-01', responsible: null, doneOn: null, overdue: false, version: 0, overdueMatter: null },
    ],
  },
  matters: [{ id: 'x1', number: 'SX-2026-000009', kind: 'MILESTONE_OVERDUE', title: '主体完工逾期', status: 'DISPATCHED',
    reportedAt: '2026-11-21T08:00:00+08:00', overdue: false, owner: { name: '项目专员周**' } }],
  siteChecks: [{ id: 'c1', checkedOn: '2026-11-28', checkers: '上墅乡纪委', summary: '过程性监督', recordedBy: 'anji.supervisor',
    findings: [{ id: 'x2', number: 'SX-2026-000010', title: '签证单缺监理签字', status: 'DONE', deadline: '2026-12-12T08:00:00+08:00', owner: { name: '上墅村' } }] }],
  riskPoints: [{ id: 'r1', description: '工程变更未经集体决策', level: 'HIGH', measures: [{ id: 'k1', what: '村民代表会议表决', who: '上墅村', status: 'IN_PLACE' }] }],
}

function mountPanel() {
  const fake = fakeClient({
    query: () => ({ data: { project } }),
    mutation: () => ({ data: { recordSiteCheck: { siteCheck: { id: 'c2', findings: [{ id: 'x3', number: 'SX-2026-000011' }] } } } }),
  })
  return { wrapper: mount(EscortPanel, { props: { projectId: project.id }, global: { plugins: fake.plugins } }), ...fake }
}

describe('EscortPanel', { timeout: 30_000 }, () => {
  it('shows the commissioner, the milestones with the overdue one marked, the matters, checks and risk register', async () => {
    roles.current = ['supervisor']
    const { wrapper } = mountPanel()
    await flushPromises()
    expect(wrapper.get('[data-test=commissioner]').text()).toContain('周**')
    expect(wrapper.findAll('[data-test=overdue]')).toHaveLength(1)
    expect(wrapper.get('[data-test=milestones]').text()).toContain('SX-2026-000009')
    expect(wrapper.get('[data-test=matters]').text()).toContain('节点逾期')
    expect(wrapper.get('[data-test=finding]').text()).toContain('整改中')
    expect(wrapper.get('[data-test=risks]').text()).toContain('已落实')
  })

  it('lets a supervisor record a check with a finding for the village, and nobody else', async () => {
    roles.current = ['supervisor']
    const { wrapper, executeMutation } = mountPanel()
    await flushPromises()
    expect(wrapper.find('[data-test=raise]').exists()).toBe(false)
    const form = wrapper.get('[data-test=record-check]')
    await form.get('input[aria-label="检查人员"]').setValue('县纪委 张纪')
    await form.get('input[aria-label="发现问题（可留空）"]').setValue('材料进场未公示')
    await form.trigger('submit')
    await flushPromises()
    const input = (executeMutation.mock.calls[0][0] as unknown as { variables: { input: Record<string, unknown> } }).variables.input
    expect(input).toMatchObject({ projectId: project.id, checkers: '县纪委 张纪' })
    expect(input.findings).toMatchObject([{ title: '材料进场未公示', ownerKind: 'VILLAGE', owner: '330523200200' }])

    roles.current = ['township-admin']
    const admin = mountPanel().wrapper
    await flushPromises()
    expect(admin.find('[data-test=record-check]').exists()).toBe(false)
    expect(admin.find('[data-test=raise]').exists()).toBe(true)
  })
})
