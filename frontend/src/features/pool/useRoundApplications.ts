import { ref, watch, type Ref } from 'vue'
import { useClientHandle } from '@urql/vue'
import type { CombinedError } from '@urql/core'
import type { OperationResult } from '@urql/core'
import type { PoolApplicationRowFragment, PoolApplicationsQuery as PoolApplicationsData } from '@/gql/graphql'
import { PoolApplicationsQuery } from './operations'

/** The most applications of one round read for the notice list, the catalogue counts and the matrix. */
export const ROUND_LIMIT = 500

/**
 * Every application of a round (up to ROUND_LIMIT, newest first), page by page: the views that
 * look across a whole round (notice, readiness, matrix) need more than one page of the table.
 */
export function useRoundApplications(roundId: Ref<string | null>, changes: Ref<number>) {
  const { client } = useClientHandle()
  const rows = ref<PoolApplicationRowFragment[]>([])
  const total = ref(0)
  const fetching = ref(false)
  const error = ref<CombinedError | null>(null)
  const loaded = ref(false)
  let generation = 0

  async function load(): Promise<void> {
    const id = roundId.value
    const mine = ++generation
    if (!id) return
    fetching.value = true
    const found: PoolApplicationRowFragment[] = []
    let after: string | null = null
    try {
      for (;;) {
        const result: OperationResult<PoolApplicationsData> = await client
          .query(PoolApplicationsQuery, { first: 100, after, filter: { roundId: id } }, { requestPolicy: 'network-only' })
          .toPromise()
        if (mine !== generation) return
        if (result.error) {
          error.value = result.error
          return
        }
        const page: PoolApplicationsData['poolApplications'] = result.data!.poolApplications
        found.push(...page.nodes)
        total.value = page.totalCount
        if (!page.pageInfo.hasNextPage || found.length >= ROUND_LIMIT) break
        after = page.pageInfo.endCursor ?? null
      }
      error.value = null
      rows.value = found
      loaded.value = true
    } finally {
      if (mine === generation) fetching.value = false
    }
  }

  watch([roundId, changes], load, { immediate: true })
  return { rows, total, fetching, error, loaded, reload: load }
}
