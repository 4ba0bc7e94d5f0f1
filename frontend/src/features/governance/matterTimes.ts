/** Deadlines and spans of the ledger, read against the county's clock. */

export type DeadlineState = 'none' | 'running' | 'soon' | 'overdue' | 'met'

/** Less than this left: the countdown turns amber. */
export const SOON_MS = 4 * 3_600_000

export interface DeadlineReading {
  state: DeadlineState
  /** Time left (negative: overdue by), in ms; null without a deadline. */
  leftMs: number | null
}

/** Where a matter stands against its deadline at `now`: done and closed matters no longer run. */
export function deadlineReading(
  m: { deadline?: string | null; status: string; overdue?: boolean },
  now: number,
): DeadlineReading {
  if (!m.deadline) return { state: 'none', leftMs: null }
  const leftMs = Date.parse(m.deadline) - now
  if (m.status === 'DONE' || m.status === 'CLOSED') return { state: 'met', leftMs }
  if (leftMs <= 0 || m.overdue) return { state: 'overdue', leftMs }
  return { state: leftMs < SOON_MS ? 'soon' : 'running', leftMs }
}

export interface Span {
  days: number
  hours: number
  minutes: number
}

/** A span in whole days, hours and minutes (the absolute value). */
export function spanOf(ms: number): Span {
  const total = Math.floor(Math.abs(ms) / 60_000)
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 }
}

/** A span in words: `2天3小时`, `5小时12分`, `8分` (zh) or `2d 3h`, `5h 12m`, `8m` (en). Two units at most. */
export function spanText(ms: number, locale: 'zh-CN' | 'en'): string {
  const { days, hours, minutes } = spanOf(ms)
  const zh = locale === 'zh-CN'
  const u = zh ? { d: '天', h: '小时', m: '分' } : { d: 'd', h: 'h', m: 'm' }
  const sep = zh ? '' : ' '
  if (days > 0) return hours > 0 ? `${days}${u.d}${sep}${hours}${u.h}` : `${days}${u.d}`
  if (hours > 0) return minutes > 0 ? `${hours}${u.h}${sep}${minutes}${u.m}` : `${hours}${u.h}`
  return `${minutes}${u.m}`
}

/** The median time to close (seconds from the API) in hours below two days, in days above. */
export function closeTimeText(seconds: number | null | undefined, locale: 'zh-CN' | 'en'): string {
  if (seconds === null || seconds === undefined) return '—'
  const hours = seconds / 3600
  const zh = locale === 'zh-CN'
  if (hours < 48) return zh ? `${hours.toFixed(1)} 小时` : `${hours.toFixed(1)} h`
  return zh ? `${(hours / 24).toFixed(1)} 天` : `${(hours / 24).toFixed(1)} days`
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A deadline picked as the county's wall time (`2026-12-04 18:00`, whatever the browser's zone) as
 * the instant the API takes.
 */
export function shanghaiInstant(wallTime: string): string {
  const [d, t = '00:00'] = wallTime.trim().split(/[ T]/)
  const [h, m] = t.split(':')
  return `${d}T${pad(Number(h))}:${pad(Number(m))}:00+08:00`
}

/** The county's wall time `hours` from `now`, up to the next whole hour (a dispatch's default deadline), `YYYY-MM-DD HH:mm`. */
export function shanghaiWallTime(now: number, hoursAhead = 0): string {
  const d = new Date(Math.ceil((now + hoursAhead * 3_600_000) / 3_600_000) * 3_600_000 + 8 * 3_600_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
