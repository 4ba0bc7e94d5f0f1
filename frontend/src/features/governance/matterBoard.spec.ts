import { describe, expect, it } from 'vitest'
import { byUrgency, filterOf, fits, land, NO_FILTERS } from './matterBoard'
import { matter } from './testing'

describe('the board’s filters', () => {
  it('asks the API for what is chosen, and for the open matters when no status is', () => {
    expect(filterOf(NO_FILTERS, null)).toEqual({ within: null, statuses: null, kinds: null, overdue: null, gridId: null })
    expect(filterOf({ statuses: ['DONE'], kinds: ['SAFETY', 'DISPUTE'], overdue: 'yes', gridId: 'R3JpZDox' }, '330522100'))
      .toEqual({ within: '330522100', statuses: ['DONE'], kinds: ['SAFETY', 'DISPUTE'], overdue: true, gridId: 'R3JpZDox' })
    expect(filterOf({ ...NO_FILTERS, overdue: 'no' }, null).overdue).toBe(false)
  })

  it('keeps a streamed matter only when it fits them', () => {
    const m = matter()
    expect(fits(m, NO_FILTERS, null)).toBe(true)
    expect(fits(matter({ status: 'CLOSED' }), NO_FILTERS, null)).toBe(false)
    expect(fits(matter({ status: 'CLOSED' }), { ...NO_FILTERS, statuses: ['CLOSED'] }, null)).toBe(true)
    expect(fits(m, { ...NO_FILTERS, kinds: ['SAFETY'] }, null)).toBe(false)
    expect(fits(m, { ...NO_FILTERS, overdue: 'yes' }, null)).toBe(false)
    expect(fits(m, { ...NO_FILTERS, gridId: 'other' }, null)).toBe(false)
    expect(fits(m, NO_FILTERS, '330523200')).toBe(false)
    expect(fits(m, NO_FILTERS, '330522100')).toBe(true)
  })
})

describe('urgency and live changes', () => {
  const overdue = matter({ id: 'a', overdue: true, status: 'IN_HAND', deadline: '2026-12-02T00:00:00Z' })
  const soon = matter({ id: 'b', status: 'DISPATCHED', deadline: '2026-12-04T00:00:00Z' })
  const later = matter({ id: 'c', status: 'DISPATCHED', deadline: '2026-12-09T00:00:00Z' })
  const waiting = matter({ id: 'd', reportedAt: '2026-12-01T00:00:00Z' })

  it('puts the overdue first, then the nearest deadline, then the oldest undispatched', () => {
    expect([waiting, later, overdue, soon].sort(byUrgency).map((m) => m.id)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('inserts a new matter on the first page in urgency order, not on later pages', () => {
    const fresh = matter({ id: 'e', deadline: '2026-12-05T00:00:00Z', status: 'DISPATCHED' })
    expect(land([overdue, soon, later], fresh, true, true)).toMatchObject({ added: true, removed: false })
    expect(land([overdue, soon, later], fresh, true, true).list.map((m) => m.id)).toEqual(['a', 'b', 'e', 'c'])
    expect(land([overdue, soon, later], fresh, true, false)).toMatchObject({ added: false, list: [overdue, soon, later] })
  })

  it('replaces a matter in place, drops it once it no longer fits, and ignores an older version', () => {
    const accepted = { ...soon, status: 'IN_HAND' as const, version: 2 }
    expect(land([overdue, soon], accepted, true, true).list[1]).toBe(accepted)
    expect(land([overdue, soon], accepted, false, true)).toMatchObject({ removed: true, list: [overdue] })
    expect(land([overdue, accepted], soon, true, true).list[1]).toBe(accepted)
  })
})
