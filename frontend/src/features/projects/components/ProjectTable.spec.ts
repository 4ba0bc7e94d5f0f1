import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProjectTable from './ProjectTable.vue'
import { fakeClient } from '../testing'

function project(n: number) {
  return {
    __typename: 'Project', id: `P${n}`, name: `项目 ${n}`, category: 'TRANSPORT', status: 'IN_PROGRESS', year: 2026,
    owner: '上墅村', ownerRegionCode: '330523200200', overdue: n === 2, reportedThrough: '2026-11-30',
    createdAt: '2026-12-02T06:00:00Z', budgetTotal: '500000.00', disbursedTotal: '200000.00', paidTotal: '1234.56',
    villages: [{ __typename: 'ProjectVillage', villageCode: '330523200200', village: { __typename: 'Region', code: '330523200200', name: '上墅村' } }],
    progressReports: n === 1 ? [{ __typename: 'ProgressReport', percentDone: 35 }] : [],
  }
}

/** Three projects in pages of two: the cursor of a page is its last project's id. */
function page(after: string | null) {
  const all = [1, 2, 3].map(project)
  const start = after ? all.findIndex((p) => p.id === after) + 1 : 0
  const nodes = all.slice(start, start + 2)
  return {
    projects: {
      __typename: 'ProjectConnection',
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage: start + 2 < all.length, endCursor: nodes[nodes.length - 1].id },
      nodes,
    },
  }
}

async function mountTable() {
  const fake = fakeClient({ query: (v) => ({ data: page((v.after as string | null) ?? null) }) })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/projects/:id', name: 'project', component: { template: '<div />' } }] })
  const wrapper = mount(ProjectTable, {
    props: { filter: { within: '330523' }, sort: 'NEWEST_FIRST', pageSize: 2 },
    global: { plugins: [...fake.plugins, router] },
  })
  await flushPromises()
  return { wrapper, fake }
}

const names = (wrapper: Awaited<ReturnType<typeof mountTable>>['wrapper']) =>
  wrapper.findAll('tbody a').map((a) => a.text())

describe('ProjectTable', { timeout: 30_000 }, () => {
  it('walks the connection page by page with its cursors and comes back to the same first page', async () => {
    const { wrapper, fake } = await mountTable()
    expect(names(wrapper)).toEqual(['项目 1', '项目 2'])
    expect(wrapper.text()).toContain('共 3 条')
    expect(wrapper.get('[data-test=prev]').attributes('disabled')).toBeDefined()

    await wrapper.get('[data-test=next]').trigger('click')
    await flushPromises()
    const last = fake.executeQuery.mock.calls.at(-1)![0].variables as Record<string, unknown>
    expect(last).toMatchObject({ first: 2, after: 'P2', filter: { within: '330523' }, orderBy: 'NEWEST_FIRST' })
    expect(names(wrapper)).toEqual(['项目 3'])
    expect(wrapper.get('[data-test=next]').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('第 2 页')

    await wrapper.get('[data-test=prev]').trigger('click')
    await flushPromises()
    expect(names(wrapper)).toEqual(['项目 1', '项目 2'])
    expect(wrapper.text()).toContain('第 1 页')
  })

  it('starts again from the first page when the filter changes', async () => {
    const { wrapper, fake } = await mountTable()
    await wrapper.get('[data-test=next]').trigger('click')
    await flushPromises()
    await wrapper.setProps({ filter: { within: '330523200' } })
    await flushPromises()
    const last = fake.executeQuery.mock.calls.at(-1)![0].variables as Record<string, unknown>
    expect(last).toMatchObject({ after: null, filter: { within: '330523200' } })
    expect(wrapper.text()).toContain('第 1 页')
  })

  it('shows money in 万 with the status, the overdue mark and the latest percent as words', async () => {
    const { wrapper } = await mountTable()
    const first = wrapper.findAll('tbody tr')[0]
    expect(first.text()).toContain('在建')
    expect(first.text()).toContain('交通')
    expect(first.text()).toContain('¥50万')
    expect(first.text()).toContain('¥1,234.56')
    expect(first.text()).toContain('35%')
    expect(wrapper.findAll('tbody tr')[1].text()).toContain('逾期')
  })
})
