import { computed } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { useRegionParam } from '@/components/regionParam'
import type { ProjectCategory, ProjectFilter, ProjectSort, ProjectStatus } from '@/gql/graphql'

export const STATUSES: ProjectStatus[] = ['APPROVED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'SETTLED', 'CANCELLED']
export const CATEGORIES: ProjectCategory[] = [
  'GOVERNMENT_INVESTMENT', 'COMMON_PROSPERITY', 'SPECIAL_BOND', 'AGRICULTURE', 'DIGITAL', 'COLLECTIVE_ECONOMY',
  'INDUSTRY', 'CULTURE_TOURISM', 'TRANSPORT', 'OTHER',
]
const SORTS: ProjectSort[] = ['NEWEST_FIRST', 'OLDEST_FIRST', 'NAME_ASC']

function list<T extends string>(query: LocationQuery, key: string, allowed: T[]): T[] {
  const value = query[key]
  if (typeof value !== 'string' || !value) return []
  return value.split(',').filter((v): v is T => (allowed as string[]).includes(v))
}

function text(query: LocationQuery, key: string): string {
  const value = query[key]
  return typeof value === 'string' ? value : ''
}

/**
 * The list's filters and order, kept in the URL query (`?status=IN_PROGRESS&overdue=true&q=…`) so a
 * view can be shared and survives a reload; the region comes from `?region=` (the region picker).
 */
export function useProjectFilters() {
  const route = useRoute()
  const router = useRouter()
  const region = useRegionParam()

  function param<T>(key: string, toQuery: (v: T) => string | undefined) {
    return (value: T) => {
      const query = { ...route.query }
      const q = toQuery(value)
      if (q) query[key] = q
      else delete query[key]
      void router.replace({ query })
    }
  }

  const statuses = computed<ProjectStatus[]>({
    get: () => list(route.query, 'status', STATUSES),
    set: param('status', (v: ProjectStatus[]) => v.join(',') || undefined),
  })
  const categories = computed<ProjectCategory[]>({
    get: () => list(route.query, 'category', CATEGORIES),
    set: param('category', (v: ProjectCategory[]) => v.join(',') || undefined),
  })
  const overdue = computed<'' | 'true' | 'false'>({
    get: () => {
      const v = text(route.query, 'overdue')
      return v === 'true' || v === 'false' ? v : ''
    },
    set: param('overdue', (v: string) => v || undefined),
  })
  const year = computed<number | null>({
    get: () => {
      const v = Number(text(route.query, 'year'))
      return Number.isInteger(v) && v > 1900 ? v : null
    },
    set: param('year', (v: number | null) => (v ? String(v) : undefined)),
  })
  const name = computed<string>({
    get: () => text(route.query, 'q'),
    set: param('q', (v: string) => v.trim() || undefined),
  })
  const sort = computed<ProjectSort>({
    get: () => {
      const v = text(route.query, 'sort') as ProjectSort
      return SORTS.includes(v) ? v : 'NEWEST_FIRST'
    },
    set: param('sort', (v: ProjectSort) => (v === 'NEWEST_FIRST' ? undefined : v)),
  })

  const filter = computed<ProjectFilter>(() => ({
    ...(region.value ? { within: region.value } : {}),
    ...(statuses.value.length ? { statuses: statuses.value } : {}),
    ...(categories.value.length ? { categories: categories.value } : {}),
    ...(overdue.value ? { overdue: overdue.value === 'true' } : {}),
    ...(year.value ? { year: year.value } : {}),
    ...(name.value ? { nameContains: name.value } : {}),
  }))

  function reset() {
    const query: LocationQuery = {}
    if (route.query.region) query.region = route.query.region
    void router.replace({ query })
  }

  return { region, statuses, categories, overdue, year, name, sort, filter, reset }
}
