import { describe, expect, it } from 'vitest'
import { acknowledgeTimer, followUpTimer, onSiteTimer, reading, TARGETS } from './serviceTimers'

const RAISED = '2026-12-02T10:00:00+08:00'
const t0 = Date.parse(RAISED)

describe('a running timer', () => {
  it('runs below three quarters of the target', () => {
    expect(reading(RAISED, null, 60_000, t0).state).toBe('running')
    expect(reading(RAISED, null, 60_000, t0 + 44_999).state).toBe('running')
  })
  it('turns amber at three quarters of the target', () => {
    expect(reading(RAISED, null, 60_000, t0 + 45_000).state).toBe('warning')
    expect(reading(RAISED, null, 60_000, t0 + 59_999).state).toBe('warning')
  })
  it('is breached once the elapsed time reaches the target, as the escalation job counts it', () => {
    expect(reading(RAISED, null, 60_000, t0 + 60_000)).toEqual({ state: 'breached', elapsedMs: 60_000, targetMs: 60_000 })
    expect(reading(RAISED, null, 60_000, t0 + 3_600_000).state).toBe('breached')
  })
  it('never shows a negative time when the browser clock lags the server', () => {
    expect(reading(RAISED, null, 60_000, t0 - 2_000).elapsedMs).toBe(0)
  })
})

describe('a stopped timer', () => {
  it('is met when stopped at the target exactly', () => {
    expect(reading(RAISED, '2026-12-02T10:01:00+08:00', 60_000, t0 + 999_999)).toEqual({ state: 'met', elapsedMs: 60_000, targetMs: 60_000 })
  })
  it('is missed one second after the target', () => {
    expect(reading(RAISED, '2026-12-02T10:01:01+08:00', 60_000, t0).state).toBe('missed')
  })
  it('compares instants, not the zone they are written in', () => {
    expect(reading(RAISED, '2026-12-02T02:00:30Z', 60_000, t0).elapsedMs).toBe(30_000)
  })
})

describe('the service targets of an alert', () => {
  const panic = { severity: 'CRITICAL', status: 'RAISED', raisedAt: RAISED }
  it('times the acknowledgement of every alert against 60 s', () => {
    expect(acknowledgeTimer(panic, t0 + 61_000).state).toBe('breached')
    expect(acknowledgeTimer({ ...panic, severity: 'LOW' }, t0 + 10_000).targetMs).toBe(TARGETS.acknowledgeMs)
  })
  it('times on site for critical and high alerts only', () => {
    expect(onSiteTimer(panic, t0 + 44 * 60_000)?.state).toBe('warning')
    expect(onSiteTimer(panic, t0 + 45 * 60_000)?.state).toBe('breached')
    expect(onSiteTimer({ ...panic, severity: 'HIGH' }, t0)?.state).toBe('running')
    expect(onSiteTimer({ ...panic, severity: 'MEDIUM' }, t0)).toBeNull()
    expect(onSiteTimer({ ...panic, severity: 'LOW' }, t0)).toBeNull()
  })
  it('stops the on-site timer on arrival, and drops it for an alert settled by phone', () => {
    const arrived = { ...panic, status: 'ON_SITE', onSiteAt: '2026-12-02T10:30:00+08:00' }
    expect(onSiteTimer(arrived, t0 + 5 * 3_600_000)?.state).toBe('met')
    expect(onSiteTimer({ ...panic, status: 'RESOLVED', resolvedAt: '2026-12-02T10:05:00+08:00' }, t0)).toBeNull()
  })
  it('times the follow-up from the resolution', () => {
    expect(followUpTimer(panic, t0)).toBeNull()
    const resolved = { ...panic, status: 'RESOLVED', resolvedAt: RAISED }
    expect(followUpTimer(resolved, t0 + 72 * 3_600_000)?.state).toBe('breached')
    expect(followUpTimer({ ...resolved, followedUpAt: '2026-12-03T10:00:00+08:00' }, t0)?.state).toBe('met')
  })
})
