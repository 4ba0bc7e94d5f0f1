import { countyToday } from '@/format'

const pad = (n: number) => String(n).padStart(2, '0')

/** The calendar day a date picker cell stands for (the picker works in the browser's zone). */
export function pickerDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** For date pickers: days after today in the county (Asia/Shanghai) cannot be chosen. */
export const afterCountyToday = (d: Date): boolean => pickerDay(d) > countyToday()

export interface HalfMonth {
  start: string
  end: string
}

function containing(day: string): HalfMonth {
  const [y, m, d] = day.split('-').map(Number)
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return Number(d) <= 15
    ? { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-15` }
    : { start: `${y}-${pad(m)}-16`, end: `${y}-${pad(m)}-${pad(last)}` }
}

function previous(period: HalfMonth): HalfMonth {
  const [y, m, d] = period.start.split('-').map(Number)
  if (d === 16) return containing(`${y}-${pad(m)}-01`)
  const prev = new Date(Date.UTC(y, m - 1, 0))
  return containing(`${prev.getUTCFullYear()}-${pad(prev.getUTCMonth() + 1)}-${pad(prev.getUTCDate())}`)
}

/**
 * The half-month periods a report may be filed for, newest first: from today's period back to the
 * one the project started in (at most `limit`).
 */
export function reportablePeriods(actualStart: string | null | undefined, today = countyToday(), limit = 48): HalfMonth[] {
  const first = containing(actualStart ?? today)
  const periods: HalfMonth[] = []
  for (let p = containing(today); p.start >= first.start && periods.length < limit; p = previous(p)) periods.push(p)
  return periods
}
