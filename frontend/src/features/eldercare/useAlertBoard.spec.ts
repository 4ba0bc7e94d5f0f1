import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import urql from '@urql/vue'
import { fakeClient } from './testing'
import { useAlertBoard, type BoardEvents } from './useAlertBoard'

const link = vi.hoisted(() => ({ value: null as unknown as { reconnects: number } }))
vi.mock('@/api/client', async () => {
  const { reactive } = await import('vue')
  link.value = reactive({ state: 'connected', reconnects: 0, lastClose: null })
  return { liveLink: link.value }
})

function alert(id: string, severity: string, raisedAt: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Alert', id, kind: 'PANIC', severity, status: 'RAISED', villageCode: '330113001001',
    raisedAt: `2026-12-02T${raisedAt}+08:00`, lastTriggeredAt: `2026-12-02T${raisedAt}+08:00`, triggerCount: 1,
    detail: null, assignee: null, acknowledgedAt: null, onSiteAt: null, resolvedAt: null, outcome: null,
    followedUpAt: null, escalationLevel: 'VILLAGE', version: 0, elder: null, device: null, ...extra,
  }
}
const page = (...nodes: unknown[]) => ({ data: { alerts: { __typename: 'AlertConnection', totalCount: nodes.length, nodes } } })
const change = (action: string, a: unknown) => ({ alertChanged: { __typename: 'AlertChange', action, alert: a } })

function mountBoard(answer: () => { data: unknown }, events: BoardEvents) {
  const fake = fakeClient({ query: answer })
  let board!: ReturnType<typeof useAlertBoard>
  const Host = defineComponent({
    setup() {
      board = useAlertBoard(ref('all'), ref('330113'), 'linping.operator', events)
      return () => h('div')
    },
  })
  mount(Host, { global: { plugins: [[urql, fake.client]] } })
  return { board: () => board, push: fake.push }
}
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

describe('the live alert board', () => {
  it('loads by urgency, adds raised alerts live, drops closed ones and catches up after a reconnect', async () => {
    let answer = page(alert('low', 'LOW', '08:00:00'), alert('critical', 'CRITICAL', '09:00:00'))
    const arrived = vi.fn()
    const caughtUp = vi.fn()
    const { board, push } = mountBoard(() => answer, { arrived, caughtUp })
    await flushPromises()
    expect(ids(board().rows.value)).toEqual(['critical', 'low'])

    const high = alert('high', 'HIGH', '10:00:00')
    push(change('RAISED', high))
    await nextTick()
    expect(ids(board().rows.value)).toEqual(['critical', 'high', 'low'])
    expect(arrived).toHaveBeenCalledWith(high, 'live')

    push(change('UPDATED', alert('low', 'LOW', '08:00:00', { status: 'CLOSED', version: 6 })))
    await nextTick()
    expect(ids(board().rows.value)).toEqual(['critical', 'high'])

    answer = page(alert('critical', 'CRITICAL', '09:00:00'), high, alert('missed', 'MEDIUM', '10:30:00'))
    link.value.reconnects++
    await flushPromises()
    expect(ids(board().rows.value)).toEqual(['critical', 'high', 'missed'])
    expect(arrived).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'missed' }), 'missed')
    expect(caughtUp).toHaveBeenCalledWith(1)
  })

  it('ignores alerts outside its region', async () => {
    const { board, push } = mountBoard(() => page(), {})
    await flushPromises()
    push(change('RAISED', alert('elsewhere', 'CRITICAL', '10:00:00', { villageCode: '330523200200' })))
    await nextTick()
    expect(board().rows.value).toEqual([])
  })
})
