import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { session } from '@/auth/session'

/**
 * The region a view is narrowed to, kept in the URL (`?region=330523200`) so a drill-down can be
 * shared and survives a reload. Defaults to the caller's own region (null: the whole platform).
 */
export function useRegionParam() {
  const route = useRoute()
  const router = useRouter()
  return computed<string | null>({
    get: () => {
      const value = route.query.region
      return typeof value === 'string' && /^\d{6}(\d{3}(\d{3})?)?$/.test(value) ? value : session.region
    },
    set: (code) => {
      const query = { ...route.query }
      if (code && code !== session.region) query.region = code
      else delete query.region
      void router.replace({ query })
    },
  })
}

/** The codes of a code's ancestors and itself: county (6), township (9), village (12 digits). */
export function regionPath(code: string | null): { county: string | null; township: string | null; village: string | null } {
  return {
    county: code && code.length >= 6 ? code.slice(0, 6) : null,
    township: code && code.length >= 9 ? code.slice(0, 9) : null,
    village: code && code.length >= 12 ? code.slice(0, 12) : null,
  }
}
