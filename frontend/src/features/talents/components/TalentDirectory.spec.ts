import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { shallowRef } from 'vue'
import { fromValue } from 'wonka'
import { i18n } from '@/i18n'
import TalentDirectory from './TalentDirectory.vue'

const talent = {
  __typename: 'Talent', id: 'VGFsZW50OjE', name: '戴勋', hometownCode: '330523200',
  hometown: { __typename: 'Region', code: '330523200', name: '上墅乡' }, category: 'YOUNG_ENTREPRENEUR',
  whereabouts: 'RETURNED', industry: null, organisation: null, title: null,
  contact: { __typename: 'TalentContact', phone: '138****0101' }, tags: ['Dai Xun'], updatedAt: '2026-11-23T08:15:00+08:00',
}
const page = { __typename: 'PageInfo', hasNextPage: false, endCursor: null }

interface Request { variables: Record<string, unknown> }

function clientFor() {
  const executeQuery = vi.fn((request: Request) => {
    const data = 'query' in request.variables
      ? { searchTalents: { __typename: 'TalentSearchConnection', totalCount: 1, pageInfo: page, edges: [{ __typename: 'TalentSearchEdge', score: 3.2, node: talent }] } }
      : { talents: { __typename: 'TalentConnection', totalCount: 1, pageInfo: page, nodes: [talent] } }
    return fromValue({ operation: request, data, stale: false, hasNext: false })
  })
  return { client: { executeQuery, executeMutation: vi.fn(), executeSubscription: vi.fn() }, executeQuery }
}

const searches = (executeQuery: ReturnType<typeof clientFor>['executeQuery']) =>
  executeQuery.mock.calls.map(([r]) => r.variables).filter((v) => 'query' in v).map((v) => v.query)

describe('TalentDirectory', { timeout: 30_000 }, () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
  afterEach(() => vi.useRealTimers())

  function mountDirectory() {
    const { client, executeQuery } = clientFor()
    const wrapper = mount(TalentDirectory, {
      props: { within: '330523' },
      global: { plugins: [i18n], provide: { $urql: shallowRef(client) }, stubs: { RouterLink: RouterLinkStub } },
    })
    return { wrapper, executeQuery, input: wrapper.find('input[aria-label="搜索乡贤"]') }
  }

  it('lists the scope by name until something is typed', async () => {
    const { wrapper, executeQuery } = mountDirectory()
    await flushPromises()
    expect(executeQuery).toHaveBeenCalled()
    expect(executeQuery.mock.calls[0][0].variables).toMatchObject({ filter: { within: '330523' }, orderBy: 'NAME_ASC' })
    expect(searches(executeQuery)).toEqual([])
    expect(wrapper.text()).toContain('戴勋')
  })

  it('searches once the typing pauses, with the last text only', async () => {
    const { wrapper, executeQuery, input } = mountDirectory()
    await flushPromises()
    await input.setValue('d')
    await vi.advanceTimersByTimeAsync(120)
    await input.setValue('dx')
    await vi.advanceTimersByTimeAsync(250)
    expect(searches(executeQuery)).toEqual([])

    await vi.advanceTimersByTimeAsync(100)
    await flushPromises()
    expect(searches(executeQuery)).toEqual(['dx'])
    expect(executeQuery.mock.calls.at(-1)![0].variables).toMatchObject({ query: 'dx', filter: { within: '330523' } })
    expect(wrapper.text()).toContain('“dx” 的搜索结果')
    expect(wrapper.text()).toContain('3.20')
  })

  it('tells the export which list is on screen', async () => {
    const { wrapper, input } = mountDirectory()
    await input.setValue('  白茶 ')
    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()
    expect(wrapper.emitted('filter')!.at(-1)![0]).toMatchObject({ query: '白茶', within: '330523' })
  })
})
