import { computed, ref, watch, type Ref } from 'vue'
import { useClientHandle, useSubscription } from '@urql/vue'
import type { CombinedError } from '@urql/core'
import { liveLink } from '@/api/client'
import type { AlertRowFieldsFragment } from '@/gql/graphql'
import { AlertChanged, ConsoleAlerts } from './operations'
import { applyChange, belongs, catchUp, statusesOf, type BoardView } from './alertBoard'

export type BoardRow = AlertRowFieldsFragment

export interface BoardEvents {
  /** A new alert was raised (live) or found missed after a reconnect. */
  arrived?: (alert: BoardRow, how: 'live' | 'missed') => void
  /** An alert on the board changed live (joined, worked, escalated). */
  changed?: (alert: BoardRow, action: string) => void
  /** A reconnect's catch-up finished, with the number of alerts that were missed. */
  caughtUp?: (missed: number) => void
}

/**
 * The console's open alerts: loaded by urgency, kept live by `alertChanged`, and re-fetched and
 * merged after every reconnect (the stream does not replay what it missed).
 */
export function useAlertBoard(view: Ref<BoardView>, within: Ref<string | null>, me: string | null, on: BoardEvents = {}) {
  const { client } = useClientHandle()
  const rows = ref<BoardRow[]>([])
  const total = ref(0)
  const loaded = ref(false)
  const fetching = ref(false)
  const error = ref<CombinedError | null>(null)

  let request = 0
  let liveSinceFetch: Map<string, number> | null = null
  const fits = (a: BoardRow) => belongs(a, view.value, within.value, me)

  async function load(reason: 'view' | 'reconnect' | 'retry'): Promise<void> {
    const mine = ++request
    liveSinceFetch = new Map()
    fetching.value = true
    const filter = {
      within: within.value,
      statuses: statusesOf(view.value) as never,
      assignee: view.value === 'mine' ? me : null,
    }
    const result = await client.query(ConsoleAlerts, { filter }, { requestPolicy: 'network-only' }).toPromise()
    if (mine !== request) return
    fetching.value = false
    error.value = result.error ?? null
    if (!result.data) return
    const fetched = result.data.alerts.nodes.filter(fits)
    const merged = catchUp(rows.value, fetched, liveSinceFetch)
    liveSinceFetch = null
    rows.value = merged.list
    total.value = result.data.alerts.totalCount
    loaded.value = true
    if (reason === 'reconnect') {
      for (const id of merged.missed) {
        const alert = merged.list.find((a) => a.id === id)
        if (alert) on.arrived?.(alert, 'missed')
      }
      on.caughtUp?.(merged.missed.length)
    }
  }

  useSubscription(
    { query: AlertChanged, variables: computed(() => ({ within: within.value })) },
    (_prev, data) => {
      const change = data.alertChanged
      liveSinceFetch?.set(change.alert.id, change.alert.version)
      const before = rows.value.length
      const applied = applyChange(rows.value, change.alert, fits)
      rows.value = applied.list
      total.value += rows.value.length - before
      if (applied.added && (change.action === 'RAISED' || change.action === 'JOINED')) on.arrived?.(change.alert, 'live')
      else if (rows.value.some((a) => a.id === change.alert.id)) on.changed?.(change.alert, change.action)
      return data
    },
  )

  watch([view, within], () => {
    rows.value = []
    loaded.value = false
    void load('view')
  }, { immediate: true })

  watch(() => liveLink.reconnects, () => void load('reconnect'))

  return { rows, total, loaded, fetching, error, reload: () => load('retry') }
}
