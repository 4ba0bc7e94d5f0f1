import { ref, watch, type Ref } from 'vue'
import { useClientHandle } from '@urql/vue'
import type { CombinedError } from '@urql/core'
import { useCursorPages } from '@/components/cursorPages'
import type { MatterRowFieldsFragment } from '@/gql/graphql'
import { MatterBoard } from './operations'
import { filterOf, fits, land, type BoardFilters } from './matterBoard'
import { useMatterChanges } from './useMatterChanges'

export type BoardRow = MatterRowFieldsFragment

export interface BoardEvents {
  /** A new matter arrived on the page shown (live). */
  arrived?: (matter: BoardRow) => void
  /** Any committed change in scope (the KPIs follow). */
  changed?: (matter: BoardRow, action: string) => void
}

/**
 * The board's page of matters: loaded by urgency with a cursor pager, kept live by `matterChanged`,
 * and reloaded after every reconnect (the stream does not replay what it missed).
 */
export function useMatterBoard(filters: Ref<BoardFilters>, within: Ref<string | null>, on: BoardEvents = {}) {
  const { client } = useClientHandle()
  const pages = useCursorPages(20)
  const rows = ref<BoardRow[]>([])
  const total = ref(0)
  const hasNext = ref(false)
  const endCursor = ref<string | null>(null)
  const loaded = ref(false)
  const fetching = ref(false)
  const error = ref<CombinedError | null>(null)
  let request = 0

  async function load(): Promise<void> {
    const mine = ++request
    fetching.value = true
    const variables = { first: pages.first, after: pages.after.value, filter: filterOf(filters.value, within.value) }
    const result = await client.query(MatterBoard, variables, { requestPolicy: 'network-only' }).toPromise()
    if (mine !== request) return
    fetching.value = false
    error.value = result.error ?? null
    if (!result.data) return
    rows.value = result.data.matters.nodes
    total.value = result.data.matters.totalCount
    hasNext.value = result.data.matters.pageInfo.hasNextPage
    endCursor.value = result.data.matters.pageInfo.endCursor ?? null
    loaded.value = true
  }

  /** A matter as a mutation or the stream answered it, placed on the page. */
  function apply(matter: BoardRow): { added: boolean } {
    const landed = land(rows.value, matter, fits(matter, filters.value, within.value), pages.page.value === 1)
    rows.value = landed.list
    if (landed.added) total.value++
    if (landed.removed) total.value = Math.max(0, total.value - 1)
    return landed
  }

  useMatterChanges(within, {
    changed(matter, action) {
      const { added } = apply(matter)
      if (added && action === 'REPORTED') on.arrived?.(matter)
      on.changed?.(matter, action)
    },
    reconnected: () => void load(),
  })

  watch([filters, within], () => {
    pages.reset()
    loaded.value = false
    void load()
  }, { deep: true })
  watch(pages.after, () => void load())
  void load()

  return {
    rows, total, hasNext, loaded, fetching, error, page: pages.page, apply,
    next: () => pages.next(endCursor.value),
    prev: () => pages.prev(),
    reload: load,
  }
}
