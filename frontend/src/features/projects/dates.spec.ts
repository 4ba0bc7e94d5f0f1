import { describe, expect, it } from 'vitest'
import { reportablePeriods } from './dates'

describe('reportablePeriods', () => {
  it('lists half months newest first back to the one the project started in', () => {
    expect(reportablePeriods('2026-10-20', '2026-12-02')).toEqual([
      { start: '2026-12-01', end: '2026-12-15' },
      { start: '2026-11-16', end: '2026-11-30' },
      { start: '2026-11-01', end: '2026-11-15' },
      { start: '2026-10-16', end: '2026-10-31' },
    ])
  })

  it('knows February and the turn of the year', () => {
    expect(reportablePeriods('2027-12-31', '2028-03-01').map((p) => p.end)).toEqual([
      '2028-03-15', '2028-02-29', '2028-02-15', '2028-01-31', '2028-01-15', '2027-12-31',
    ])
  })
})
