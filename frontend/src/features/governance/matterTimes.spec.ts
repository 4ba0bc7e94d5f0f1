import { describe, expect, it } from 'vitest'
import { closeTimeText, deadlineReading, shanghaiInstant, shanghaiWallTime, spanText } from './matterTimes'

const NOW = Date.parse('2026-12-03T08:00:00Z')

describe('deadlines', () => {
  it('runs, turns amber in the last four hours, and counts how long it is overdue', () => {
    expect(deadlineReading({ status: 'REPORTED' }, NOW)).toEqual({ state: 'none', leftMs: null })
    expect(deadlineReading({ status: 'DISPATCHED', deadline: '2026-12-05T08:00:00Z' }, NOW).state).toBe('running')
    expect(deadlineReading({ status: 'IN_HAND', deadline: '2026-12-03T10:00:00Z' }, NOW).state).toBe('soon')
    expect(deadlineReading({ status: 'IN_HAND', deadline: '2026-12-03T07:00:00Z' }, NOW)).toEqual({ state: 'overdue', leftMs: -3_600_000 })
    expect(deadlineReading({ status: 'DONE', deadline: '2026-12-03T07:00:00Z' }, NOW).state).toBe('met')
  })

  it('trusts the server that a matter is overdue', () => {
    expect(deadlineReading({ status: 'IN_HAND', deadline: '2026-12-03T08:00:30Z', overdue: true }, NOW).state).toBe('overdue')
  })

  it('says spans in two units at most', () => {
    expect(spanText((2 * 24 + 3) * 3_600_000 + 59_000, 'zh-CN')).toBe('2天3小时')
    expect(spanText(-(5 * 60 + 12) * 60_000, 'zh-CN')).toBe('5小时12分')
    expect(spanText(8 * 60_000, 'en')).toBe('8m')
    expect(spanText(24 * 3_600_000, 'en')).toBe('1d')
  })

  it('shows the median time to close in hours, or days above two', () => {
    expect(closeTimeText(null, 'zh-CN')).toBe('—')
    expect(closeTimeText(5400, 'zh-CN')).toBe('1.5 小时')
    expect(closeTimeText(3 * 86400, 'en')).toBe('3.0 days')
  })

  it('reads a picked deadline as the county’s wall time', () => {
    expect(shanghaiInstant('2026-12-04 18:00')).toBe('2026-12-04T18:00:00+08:00')
    expect(Date.parse(shanghaiInstant('2026-12-04 08:00'))).toBe(Date.parse('2026-12-04T00:00:00Z'))
    expect(shanghaiWallTime(NOW, 72)).toBe('2026-12-06 16:00')
    expect(shanghaiWallTime(NOW + 60_000, 72)).toBe('2026-12-06 17:00')
  })
})
