/** One zone for every time shown: the county's. */
export const DISPLAY_ZONE = 'Asia/Shanghai'

type Locale = 'zh-CN' | 'en'

function parts(iso: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_ZONE, hourCycle: 'h23', ...options })
  return Object.fromEntries(fmt.formatToParts(new Date(iso)).map((p) => [p.type, p.value]))
}

/** `2026-11-23 16:15` in Asia/Shanghai, whatever the browser's zone. */
export function dateTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—'
  const p = parts(iso, {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  })
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ''}`
}

/** `16:15`: the Asia/Shanghai time of day of an instant. */
export function time(iso: string | null | undefined): string {
  if (!iso) return '—'
  const p = parts(iso, { hour: '2-digit', minute: '2-digit' })
  return `${p.hour}:${p.minute}`
}

/** A calendar date as sent (`2026-11-23`), or the Asia/Shanghai date of an instant. */
export function date(value: string | null | undefined): string {
  if (!value) return '—'
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const p = parts(value, { year: 'numeric', month: '2-digit', day: '2-digit' })
  return `${p.year}-${p.month}-${p.day}`
}

/** Today in the county's calendar (Asia/Shanghai), `YYYY-MM-DD`. */
export function countyToday(now: Date = new Date()): string {
  return date(now.toISOString())
}

/** Elapsed or remaining time as `1:05:09` / `4:09` (hours only when needed). */
export function duration(ms: number): string {
  const negative = ms < 0
  let s = Math.floor(Math.abs(ms) / 1000)
  const h = Math.floor(s / 3600)
  s -= h * 3600
  const m = Math.floor(s / 60)
  s -= m * 60
  const pad = (n: number) => String(n).padStart(2, '0')
  const body = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
  return negative ? `-${body}` : body
}

/**
 * Money in CNY from the API's exact decimal string. Large amounts in 万 / 亿 (zh) or
 * thousands / millions (en); exact below 10,000. The string is never parsed to a float for
 * amounts below 1e15 beyond display rounding.
 */
export function money(value: string | null | undefined, locale: Locale = 'zh-CN'): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  if (!Number.isFinite(n)) return value
  const abs = Math.abs(n)
  const sign = n < 0 ? '-' : ''
  if (locale === 'zh-CN') {
    if (abs >= 1e8) return `${sign}¥${trim(abs / 1e8, 2)}亿`
    if (abs >= 1e4) return `${sign}¥${trim(abs / 1e4, 2)}万`
    return `${sign}¥${grouped(value.replace('-', ''))}`
  }
  if (abs >= 1e9) return `${sign}CNY ${trim(abs / 1e9, 2)}B`
  if (abs >= 1e6) return `${sign}CNY ${trim(abs / 1e6, 2)}M`
  return `${sign}CNY ${grouped(value.replace('-', ''))}`
}

/** The exact amount with thousands separators and two decimals (`1,234,567.80`). */
export function moneyExact(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const negative = value.startsWith('-')
  return `${negative ? '-' : ''}¥${grouped(value.replace('-', ''))}`
}

function grouped(decimal: string): string {
  const [int, frac = ''] = decimal.split('.')
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${withCommas}.${(frac + '00').slice(0, 2)}`
}

function trim(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, '')
}

/** A share or rate 0..1 as a percentage. */
export function percent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return `${(value * 100).toFixed(digits)}%`
}

export function integer(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return value.toLocaleString('en-US')
}
