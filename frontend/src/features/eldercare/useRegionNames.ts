import { computed } from 'vue'
import { useQuery } from '@urql/vue'
import { session } from '@/auth/session'
import { RegionNames } from './operations'

/** Names of the townships and villages in the caller's scope; a code shows as itself when unknown. */
export function useRegionNames() {
  const query = useQuery({
    query: RegionNames,
    variables: computed(() => ({ within: session.region ?? '' })),
    pause: computed(() => !session.region),
  })
  const names = computed(() => new Map((query.data.value?.regions.nodes ?? []).map((r) => [r.code, r.name])))
  return (code: string | null | undefined): string => (code ? (names.value.get(code) ?? code) : '—')
}
