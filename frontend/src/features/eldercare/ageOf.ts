import { countyToday } from '@/format'

/** Full years from a birth date to today in the county's calendar. */
export function ageOf(birthDate: string, today: string = countyToday()): number {
  const [y, m, d] = birthDate.split('-').map(Number)
  const [ty, tm, td] = today.split('-').map(Number)
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0)
}
