import { describe, expect, it } from 'vitest'
import { applyChange, belongs, byUrgency, catchUp, type BoardAlert } from './alertBoard'

function alert(id: string, severity: string, raisedAt: string, extra: Partial<BoardAlert> = {}): BoardAlert {
  return { id, severity, status: 'RAISED', raisedAt: `2026-12-02T${raisedAt}+08:00`, version: 0, villageCode: '330113001001', ...extra }
}
const ids = (list: BoardAlert[]) => list.map((a) => a.id)
const all = () => true

describe('ordering by urgency', () => {
  it('puts the most severe first, then the oldest', () => {
    const list = [
      alert('low-old', 'LOW', '08:00:00'),
      alert('high-new', 'HIGH', '10:00:00'),
      alert('critical-new', 'CRITICAL', '10:05:00'),
      alert('high-old', 'HIGH', '09:00:00'),
      alert('medium', 'MEDIUM', '07:00:00'),
      alert('critical-old', 'CRITICAL', '10:00:00'),
    ]
    expect(ids([...list].sort(byUrgency))).toEqual(['critical-old', 'critical-new', 'high-old', 'high-new', 'medium', 'low-old'])
  })
  it('compares instants whatever their offset, and ties by id', () => {
    const a = alert('b', 'HIGH', '10:00:00')
    const b = { ...alert('a', 'HIGH', '00:00:00'), raisedAt: '2026-12-02T02:00:00Z' }
    const c = { ...alert('c', 'HIGH', '00:00:00'), raisedAt: '2026-12-02T01:59:59Z' }
    expect(ids([a, b, c].sort(byUrgency))).toEqual(['c', 'a', 'b'])
  })
})

describe('a streamed change', () => {
  const board = [alert('1', 'CRITICAL', '09:00:00'), alert('2', 'LOW', '08:00:00')]
  it('inserts a new alert where its urgency puts it', () => {
    const r = applyChange(board, alert('3', 'HIGH', '10:00:00'), all)
    expect(ids(r.list)).toEqual(['1', '3', '2'])
    expect(r.added).toBe(true)
  })
  it('replaces a known alert in place', () => {
    const r = applyChange(board, alert('2', 'LOW', '08:00:00', { status: 'ACKNOWLEDGED', version: 1 }), all)
    expect(r.list.find((a) => a.id === '2')?.status).toBe('ACKNOWLEDGED')
    expect(r.added).toBe(false)
  })
  it('removes an alert that no longer belongs (closed)', () => {
    const closed = alert('1', 'CRITICAL', '09:00:00', { status: 'CLOSED', version: 5 })
    expect(ids(applyChange(board, closed, (a) => belongs(a, 'all', null, null)).list)).toEqual(['2'])
  })
  it('ignores a change older than the one shown', () => {
    const shown = [alert('1', 'CRITICAL', '09:00:00', { status: 'ON_SITE', version: 3 })]
    expect(applyChange(shown, alert('1', 'CRITICAL', '09:00:00', { version: 2 }), all).list[0].status).toBe('ON_SITE')
  })
})

describe('which alerts a view shows', () => {
  it('keeps each view to its statuses, region and assignee', () => {
    const a = alert('1', 'HIGH', '09:00:00', { status: 'ACKNOWLEDGED', assignee: 'linping.operator' })
    expect(belongs(a, 'all', null, null)).toBe(true)
    expect(belongs(a, 'waiting', null, null)).toBe(false)
    expect(belongs(a, 'working', '330113', null)).toBe(true)
    expect(belongs(a, 'working', '330523', null)).toBe(false)
    expect(belongs(a, 'mine', null, 'linping.operator')).toBe(true)
    expect(belongs(a, 'mine', null, 'someone.else')).toBe(false)
    expect(belongs({ ...a, status: 'CLOSED' }, 'all', null, null)).toBe(false)
  })
})

describe('catching up after a reconnect', () => {
  it('adds the alerts missed while disconnected and reports them', () => {
    const board = [alert('1', 'HIGH', '09:00:00')]
    const fetched = [alert('1', 'HIGH', '09:00:00'), alert('2', 'CRITICAL', '09:30:00')]
    const r = catchUp(board, fetched, new Map())
    expect(ids(r.list)).toEqual(['2', '1'])
    expect(r.missed).toEqual(['2'])
  })
  it('drops alerts closed while disconnected and takes the fetched state of the others', () => {
    const board = [alert('1', 'HIGH', '09:00:00'), alert('2', 'LOW', '09:00:00')]
    const fetched = [alert('2', 'LOW', '09:00:00', { status: 'ACKNOWLEDGED', version: 1 })]
    const r = catchUp(board, fetched, new Map())
    expect(ids(r.list)).toEqual(['2'])
    expect(r.list[0].status).toBe('ACKNOWLEDGED')
    expect(r.missed).toEqual([])
  })
  it('keeps an alert raised live while the fetch was under way', () => {
    const board = [alert('9', 'CRITICAL', '10:00:00')]
    const r = catchUp(board, [alert('1', 'HIGH', '09:00:00')], new Map([['9', 0]]))
    expect(ids(r.list)).toEqual(['9', '1'])
  })
  it('keeps a change streamed during the fetch over the older fetched state', () => {
    const board = [alert('1', 'HIGH', '09:00:00', { status: 'ON_SITE', version: 4 })]
    const r = catchUp(board, [alert('1', 'HIGH', '09:00:00', { status: 'ACKNOWLEDGED', version: 3 })], new Map([['1', 4]]))
    expect(r.list[0].status).toBe('ON_SITE')
  })
  it('does not bring back an alert closed live during the fetch', () => {
    const r = catchUp([], [alert('1', 'HIGH', '09:00:00', { version: 3 })], new Map([['1', 4]]))
    expect(r.list).toEqual([])
  })
})
