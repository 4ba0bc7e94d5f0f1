import { describe, expect, it, vi } from 'vitest'
import { shallowRef } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { CombinedError, type OperationResult } from '@urql/core'
import { fromValue } from 'wonka'
import type { DocumentNode, OperationDefinitionNode } from 'graphql'
import { i18n } from '@/i18n'
import type { OverviewBlock } from './blocks'
import OverviewKpis from './OverviewKpis.vue'

const answers: Record<string, Partial<OperationResult>> = {
  OverviewProjectStats: {
    data: {
      projectStats: [
        { key: '330523200', projects: 9, budget: '7500000.00', disbursed: '1800000.00', paid: '480000.00', completed: 2, completionRate: 0.2, overdue: 1, overdueRate: 0.1 },
        { key: '330523100', projects: 5, budget: '2500000.00', disbursed: '1000000.00', paid: '0.00', completed: 1, completionRate: 0.2, overdue: 0, overdueRate: 0 },
      ],
    },
  },
  OverviewPoolRounds: {
    data: { poolRounds: [{ id: 'R1', countyCode: '330523', year: 2026, name: '2026年项目池', open: true, opensOn: '2026-01-01', closesOn: '2026-12-31', budget: '30000000.00', committed: '1200000.00', remaining: '28800000.00' }] },
  },
  OverviewTalentTotals: {
    data: { talentTotals: [{ townshipCode: '330523200', township: { code: '330523200', name: '上墅乡' }, category: 'YOUNG_ENTREPRENEUR', people: 5, pledgedInvestment: '16000000.00', realisedInvestment: '10400000.00', donations: '0.00', jobsCreated: 3 }] },
  },
  OverviewAlerts: {
    data: {
      alertKpis: {
        total: 12, byKind: [], acknowledgeSeconds: { count: 10, p50: 42, p90: 75 }, onSiteSeconds: { count: 3, p50: 1500, p90: 2400 },
        falseAlarmRate: 0.1, slaByTownship: [], deviceHealth: { total: 1590, online: 1500, offline: 90, lowBattery: 4 },
      },
      openAlerts: { totalCount: 3 },
    },
  },
}

function clientAnswering(overrides: Record<string, Partial<OperationResult>> = {}) {
  const asked: string[] = []
  const client = {
    executeQuery: vi.fn((request: { query: DocumentNode }) => {
      const name = (request.query.definitions[0] as OperationDefinitionNode).name!.value
      asked.push(name)
      return fromValue({ operation: request, stale: false, hasNext: false, ...(overrides[name] ?? answers[name]) })
    }),
  }
  return { client, asked }
}

function mountKpis(blocks: OverviewBlock[], overrides?: Record<string, Partial<OperationResult>>) {
  const { client, asked } = clientAnswering(overrides)
  const wrapper = mount(OverviewKpis, {
    props: { blocks, within: '330523', county: '330523' },
    global: { plugins: [i18n], provide: { $urql: shallowRef(client) }, stubs: { RouterLink: RouterLinkStub } },
  })
  return { wrapper, asked }
}

const value = (wrapper: ReturnType<typeof mount>, kpi: string) => wrapper.get(`[data-kpi="${kpi}"]`).text()

describe('OverviewKpis', () => {
  it('shows an operator the elder-care figures only, and asks nothing else', async () => {
    const { wrapper, asked } = mountKpis(['alerts'])
    await flushPromises()
    expect(wrapper.findAll('[data-kpi]').map((k) => k.attributes('data-kpi'))).toEqual(['alerts', 'acknowledge', 'devices'])
    expect(asked).toEqual(['OverviewAlerts'])
    expect(value(wrapper, 'alerts')).toContain('3')
    expect(value(wrapper, 'acknowledge')).toContain('0:42')
    expect(value(wrapper, 'devices')).toContain('1,500 / 1,590')
  })

  it('shows a supervisor projects, pool and talents but no elder care', async () => {
    const { wrapper, asked } = mountKpis(['projects', 'pool', 'talents'])
    await flushPromises()
    expect(wrapper.find('[data-kpi="alerts"]').exists()).toBe(false)
    expect(asked).not.toContain('OverviewAlerts')
    expect(value(wrapper, 'projects')).toContain('14')
    expect(value(wrapper, 'budget')).toContain('¥1000万')
    expect(value(wrapper, 'budget')).toContain('已拨付 ¥280万（28.0%）')
    expect(value(wrapper, 'paid')).toContain('¥48万')
    expect(value(wrapper, 'overdue')).toContain('1')
    expect(value(wrapper, 'pool')).toContain('¥2880万')
    expect(value(wrapper, 'talents')).toContain('¥1040万')
    expect(value(wrapper, 'talents')).toContain('认捐 ¥1600万')
  })

  it('keeps the other figures when one source fails', async () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'Your role may not do this', extensions: { classification: 'FORBIDDEN' } }] })
    const { wrapper } = mountKpis(['projects', 'pool', 'talents', 'alerts'], { OverviewProjectStats: { data: undefined, error } })
    await flushPromises()
    for (const kpi of ['projects', 'budget', 'paid', 'overdue']) {
      expect(wrapper.get(`[data-kpi="${kpi}"]`).find('[role="alert"]').exists()).toBe(true)
    }
    for (const kpi of ['pool', 'talents', 'alerts', 'devices']) {
      expect(wrapper.get(`[data-kpi="${kpi}"]`).find('[data-test="kpi-value"]').exists()).toBe(true)
    }
  })
})
