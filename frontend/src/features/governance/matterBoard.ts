/**
 * The command centre's list: its filters as the API's `MatterFilter`, the urgency order, and how a
 * streamed change lands on the page shown. Plain functions so the rules are tested without a browser.
 */
import type { MatterFilter, MatterKind, MatterStatus } from '@/gql/graphql'

export interface BoardFilters {
  statuses: MatterStatus[]
  kinds: MatterKind[]
  /** 'yes': only overdue, 'no': only not overdue, 'any': both. */
  overdue: 'any' | 'yes' | 'no'
  gridId: string | null
}

export const NO_FILTERS: BoardFilters = { statuses: [], kinds: [], overdue: 'any', gridId: null }

export const OPEN_STATUSES: MatterStatus[] = ['REPORTED', 'DISPATCHED', 'IN_HAND', 'DONE', 'RETURNED']
export const ALL_STATUSES: MatterStatus[] = [...OPEN_STATUSES, 'CLOSED']

/** The API's filter for the board's choices (no status chosen: the open ones, as the API's default). */
export function filterOf(f: BoardFilters, within: string | null): MatterFilter {
  return {
    within: within || null,
    statuses: f.statuses.length ? f.statuses : null,
    kinds: f.kinds.length ? f.kinds : null,
    overdue: f.overdue === 'any' ? null : f.overdue === 'yes',
    gridId: f.gridId || null,
  }
}

export interface BoardMatter {
  id: string
  status: MatterStatus
  kind: MatterKind
  regionCode: string
  grid?: { id: string } | null
  overdue: boolean
  deadline?: string | null
  reportedAt: string
  version: number
}

/** Whether a matter belongs on the board of these filters and region. */
export function fits(m: BoardMatter, f: BoardFilters, within: string | null): boolean {
  const statuses = f.statuses.length ? f.statuses : OPEN_STATUSES
  if (!statuses.includes(m.status)) return false
  if (f.kinds.length && !f.kinds.includes(m.kind)) return false
  if (f.overdue !== 'any' && m.overdue !== (f.overdue === 'yes')) return false
  if (f.gridId && m.grid?.id !== f.gridId) return false
  return !within || m.regionCode.startsWith(within)
}

/** The API's URGENCY: overdue first, then the nearest deadline, then the oldest undispatched. */
export function byUrgency(a: BoardMatter, b: BoardMatter): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1
  const da = a.deadline ? Date.parse(a.deadline) : null
  const db = b.deadline ? Date.parse(b.deadline) : null
  if (da !== null && db !== null && da !== db) return da - db
  if ((da === null) !== (db === null)) return da !== null ? -1 : 1
  return Date.parse(a.reportedAt) - Date.parse(b.reportedAt) || a.id.localeCompare(b.id)
}

export interface Landed<T> {
  list: T[]
  /** The matter was not on the page before. */
  added: boolean
  /** It was on the page and no longer belongs there. */
  removed: boolean
}

/**
 * A streamed matter on the page shown: replaced where it is, removed once it no longer fits, and,
 * when new to the page, inserted in urgency order on the first page only (later pages are cut by
 * cursors the stream knows nothing of). An older version than the one shown is ignored.
 */
export function land<T extends BoardMatter>(list: T[], m: T, fitsNow: boolean, firstPage: boolean): Landed<T> {
  const current = list.find((x) => x.id === m.id)
  if (current && current.version > m.version) return { list, added: false, removed: false }
  if (current) {
    if (!fitsNow) return { list: list.filter((x) => x.id !== m.id), added: false, removed: true }
    return { list: list.map((x) => (x.id === m.id ? m : x)), added: false, removed: false }
  }
  if (!fitsNow || !firstPage) return { list, added: false, removed: false }
  return { list: [...list, m].sort(byUrgency), added: true, removed: false }
}
