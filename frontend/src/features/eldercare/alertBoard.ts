/**
 * The live console's list: ordering by urgency, applying streamed changes and catching up after a
 * reconnect. Plain functions over arrays so the rules can be tested without a browser.
 */
export const SEVERITY_RANK: Record<string, number> = { CRITICAL: 4, HIGH: 3, MEDIUM: 2, LOW: 1 }

export interface BoardAlert {
  id: string
  severity: string
  status: string
  raisedAt: string
  version: number
  assignee?: string | null
  villageCode: string
}

/** Most severe first, then the oldest (as the API's URGENCY), then by id for a stable order. */
export function byUrgency(a: BoardAlert, b: BoardAlert): number {
  return (
    (SEVERITY_RANK[b.severity] ?? 0) - (SEVERITY_RANK[a.severity] ?? 0) ||
    Date.parse(a.raisedAt) - Date.parse(b.raisedAt) ||
    a.id.localeCompare(b.id)
  )
}

/** Which open alerts the console shows. */
export type BoardView = 'all' | 'waiting' | 'working' | 'followUp' | 'mine'

export const BOARD_VIEWS: BoardView[] = ['all', 'waiting', 'working', 'followUp', 'mine']

/** The statuses a view asks the API for. */
export function statusesOf(view: BoardView): string[] {
  switch (view) {
    case 'waiting': return ['RAISED']
    case 'working': return ['ACKNOWLEDGED', 'ON_SITE']
    case 'followUp': return ['RESOLVED', 'FOLLOWED_UP']
    default: return ['RAISED', 'ACKNOWLEDGED', 'ON_SITE', 'RESOLVED', 'FOLLOWED_UP']
  }
}

/** Whether an alert belongs on the board of this view, region and user. */
export function belongs(alert: BoardAlert, view: BoardView, within: string | null, me: string | null): boolean {
  if (!statusesOf(view).includes(alert.status)) return false
  if (view === 'mine' && alert.assignee !== me) return false
  return !within || alert.villageCode.startsWith(within)
}

export interface Applied<T> {
  list: T[]
  /** The alert was not on the board before. */
  added: boolean
}

/**
 * Applies one streamed alert: inserted or replaced in urgency order, or removed once it no longer
 * belongs (closed, or out of the view). An older version than the one shown is ignored.
 */
export function applyChange<T extends BoardAlert>(list: T[], alert: T, fits: (a: T) => boolean): Applied<T> {
  const current = list.find((a) => a.id === alert.id)
  if (current && current.version > alert.version) return { list, added: false }
  const rest = list.filter((a) => a.id !== alert.id)
  if (!fits(alert)) return { list: rest, added: false }
  return { list: [...rest, alert].sort(byUrgency), added: !current }
}

export interface CaughtUp<T> {
  list: T[]
  /** Ids on the new list that the board did not show before: missed while disconnected. */
  missed: string[]
}

/**
 * Merges a re-fetched list into the board after a reconnect. The fetch is the truth for what
 * existed when it was sent, except for alerts streamed after that (`liveSinceFetch`: id → version
 * received): for those the board, which applied them, is newer, also when it removed them.
 */
export function catchUp<T extends BoardAlert>(board: T[], fetched: T[], liveSinceFetch: Map<string, number>): CaughtUp<T> {
  const onBoard = new Map(board.map((a) => [a.id, a]))
  const merged = new Map<string, T>()
  for (const f of fetched) {
    const live = liveSinceFetch.get(f.id)
    const shown = onBoard.get(f.id)
    if (live !== undefined && live >= f.version) {
      if (shown) merged.set(f.id, shown)
    } else {
      merged.set(f.id, shown && shown.version > f.version ? shown : f)
    }
  }
  for (const b of board) {
    if (!merged.has(b.id) && liveSinceFetch.has(b.id) && !fetched.some((f) => f.id === b.id)) merged.set(b.id, b)
  }
  const list = [...merged.values()].sort(byUrgency)
  return { list, missed: list.filter((a) => !onBoard.has(a.id)).map((a) => a.id) }
}
