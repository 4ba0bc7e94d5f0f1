import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import urql from '@urql/vue'
import { i18n } from '@/i18n'
import { fakeClient, matter, operationName } from './testing'
import MatterBoardView from './MatterBoardView.vue'

const auth = vi.hoisted(() => ({ roles: ['command-centre'] as string[], username: 'lijiaxiang.centre' }))
vi.mock('@/auth/session', () => ({
  session: {
    authenticated: true,
    region: '330522100',
    get roles() { return auth.roles },
    get username() { return auth.username },
  },
  hasRole: (...roles: string[]) => roles.some((r) => auth.roles.includes(r)),
  currentToken: async () => 'token',
}))
vi.mock('@/api/client', async () => {
  const { reactive } = await import('vue')
  return { liveLink: reactive({ state: 'connected', reconnects: 0, lastClose: null }) }
})
vi.mock('@/components/chart', () => ({ LazyChart: { props: ['option', 'label', 'height'], template: '<div role="img" :aria-label="label" />' } }))

const reported = matter({ id: 'm1', number: 'SX-2026-000001', status: 'REPORTED' })
const done = matter({
  id: 'm2', number: 'SX-2026-000002', status: 'DONE', reportedBy: 'xu.yanliang', version: 4,
  owner: { kind: 'GRID_WORKER', reference: 'xu.yanliang', name: '许*良' }, deadline: '2026-12-05T10:00:00Z',
})
const kpis = {
  __typename: 'MatterKpis', total: 12, closed: 9, onTimeClosureRate: 0.875, medianSecondsToClose: 108_000, overdueNow: 2,
  byKind: [{ __typename: 'MatterKindCount', kind: 'ENVIRONMENT', count: 7 }],
  byRegion: [{ __typename: 'MatterRegionCount', region: { __typename: 'Region', code: '330522100201', name: '李家巷村' }, count: 12, closed: 9, overdue: 2 }],
}
const detailOf = (m: ReturnType<typeof matter>) => ({
  ...m, description: '现场有异味', location: null, project: null, photos: [],
  history: [{ __typename: 'MatterStep', action: 'REPORTED', at: m.reportedAt, actor: m.reportedBy, note: null }],
})

function mountBoard() {
  const boardCalls: Record<string, unknown>[] = []
  const fake = fakeClient({
    query: (operation) => {
      switch (operationName(operation)) {
        case 'MatterBoard':
          boardCalls.push(operation.variables)
          return { data: { matters: { __typename: 'MatterConnection', totalCount: 2, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: [reported, done] } } }
        case 'MatterKpis': return { data: { matterKpis: kpis } }
        case 'MatterDetail': {
          const id = operation.variables.id
          return { data: { node: { __typename: 'Matter', ...detailOf(id === 'm2' ? done : reported) } } }
        }
        case 'MatterGridOptions':
          return { data: { grids: { __typename: 'GridConnection', nodes: [{ __typename: 'Grid', id: 'R3JpZDox', code: 'g1', name: '一号网格', size: 'LARGE', region: { __typename: 'Region', code: '330522100201', name: '李家巷村' } }] } } }
        default: return { data: { regions: { __typename: 'RegionConnection', nodes: [] }, grids: { __typename: 'GridConnection', nodes: [] } } }
      }
    },
  })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/matters', component: { template: '<div />' } }] })
  void router.push('/matters')
  const wrapper = mount(MatterBoardView, { global: { plugins: [i18n, router, [urql, fake.client]] }, attachTo: document.body })
  return { wrapper, boardCalls, push: fake.push, router }
}

const rows = () => Array.from(document.querySelectorAll('[data-test=matter-table] tbody tr'))

async function open(number: string) {
  const row = rows().find((r) => r.textContent?.includes(number))!
  ;(row.querySelector('[data-test=open-matter]') as HTMLElement).click()
  await flushPromises()
}

async function choose(select: string, option: string) {
  ;(document.querySelector(`[data-test=${select}] .el-select__wrapper`) as HTMLElement).click()
  await flushPromises()
  const item = Array.from(document.querySelectorAll('.el-select-dropdown__item')).find((o) => o.textContent?.trim() === option) as HTMLElement
  item.click()
  await flushPromises()
}

beforeEach(() => {
  auth.roles = ['command-centre']
  auth.username = 'lijiaxiang.centre'
})
afterEach(() => {
  document.body.innerHTML = ''
})

// mounting the whole board with Element Plus takes seconds on a shared machine
describe('the command centre’s board', { timeout: 30_000 }, () => {
  it('shows the KPIs and the matters, and asks the API again when a filter changes', async () => {
    const { boardCalls } = mountBoard()
    await flushPromises()
    const cards = document.querySelector('[data-test=matter-kpis]')!.textContent
    expect(cards).toContain('87.5%')
    expect(cards).toContain('30.0 小时')
    expect(document.querySelector('[data-test=kpi-overdue]')!.textContent).toContain('2')
    expect(rows()).toHaveLength(2)
    expect(boardCalls.at(-1)).toMatchObject({ first: 20, after: null, filter: { within: '330522100', statuses: null, overdue: null } })

    await choose('filter-overdue', '仅超期')
    expect(boardCalls.at(-1)).toMatchObject({ filter: { overdue: true } })
    await choose('filter-status', '待销号')
    expect(boardCalls.at(-1)).toMatchObject({ filter: { overdue: true, statuses: ['DONE'] } })
    await choose('filter-grid', '李家巷村 · 一号网格')
    expect(boardCalls.at(-1)).toMatchObject({ filter: { gridId: 'R3JpZDox' } })
  })

  it('highlights a matter reported live', async () => {
    const { push } = mountBoard()
    await flushPromises()
    push({ matterChanged: { __typename: 'MatterChange', action: 'REPORTED', matter: matter({ id: 'm3', number: 'SX-2026-000003', title: '桥栏松动', kind: 'SAFETY' }) } })
    await nextTick()
    await flushPromises()
    const row = rows().find((r) => r.textContent?.includes('SX-2026-000003'))
    expect(row?.querySelector('[data-test=fresh]')).not.toBeNull()
    expect(document.querySelector('[data-test=announcement]')!.textContent).toContain('桥栏松动')
  })

  it('offers the command centre the steps each status allows', async () => {
    mountBoard()
    await flushPromises()
    await open('SX-2026-000001')
    const actions = () => Array.from(document.querySelectorAll('[data-test=matter-actions] button')).map((b) => b.getAttribute('data-test'))
    expect(actions()).toEqual(['action-dispatch'])
    document.body.innerHTML = ''

    mountBoard()
    await flushPromises()
    await open('SX-2026-000002')
    expect(actions()).toEqual(['action-confirm', 'action-return'])
  })

  it('offers a supervisor nothing but reading', async () => {
    auth.roles = ['supervisor']
    auth.username = 'anji.supervisor'
    mountBoard()
    await flushPromises()
    await open('SX-2026-000001')
    expect(document.querySelector('[data-test=matter-detail]')).not.toBeNull()
    expect(document.querySelector('[data-test=matter-actions]')).toBeNull()
    expect(document.querySelector('[data-test=read-only]')!.textContent).toContain('只能查看')
  })
})
