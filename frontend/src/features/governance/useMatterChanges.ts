import { computed, watch, type Ref } from 'vue'
import { useSubscription } from '@urql/vue'
import { liveLink } from '@/api/client'
import type { MatterRowFieldsFragment } from '@/gql/graphql'
import { MatterChanged } from './operations'

export interface MatterChangeHandlers {
  /** A committed change in the caller's scope (below `within` when given). */
  changed: (matter: MatterRowFieldsFragment, action: string) => void
  /** The live link came back: what it missed is not replayed, so reload. */
  reconnected: () => void
}

/**
 * `matterChanged` for a live view of matters (the command centre's board, the worker's 我的事项):
 * every change as it is committed, and a reload after every reconnect.
 */
export function useMatterChanges(within: Ref<string | null>, on: MatterChangeHandlers): void {
  useSubscription(
    { query: MatterChanged, variables: computed(() => ({ within: within.value })) },
    (_prev, data) => {
      on.changed(data.matterChanged.matter, data.matterChanged.action)
      return data
    },
  )
  watch(() => liveLink.reconnects, () => on.reconnected())
}
