/**
 * The service targets of the closed loop and where an alert stands against them. Mirrors the
 * backend's timer job (RuleEvaluation): a target is breached once the elapsed time reaches it.
 */
export const TARGETS = {
  acknowledgeMs: 60_000,
  onSiteMs: 45 * 60_000,
  followUpMs: 72 * 3_600_000,
} as const

/** Share of a target after which a running timer turns amber. */
export const WARN_SHARE = 0.75

export type TimerState =
  /** Running, well inside the target. */
  | 'running'
  /** Running, past WARN_SHARE of the target. */
  | 'warning'
  /** Running, the target is breached. */
  | 'breached'
  /** Stopped within the target. */
  | 'met'
  /** Stopped after the target. */
  | 'missed'

export interface TimerReading {
  state: TimerState
  /** Time elapsed (running) or taken (stopped), in ms. */
  elapsedMs: number
  targetMs: number
}

export interface TimedAlert {
  severity: string
  status: string
  raisedAt: string
  acknowledgedAt?: string | null
  onSiteAt?: string | null
  resolvedAt?: string | null
  followedUpAt?: string | null
}

/** A timer from `start` against `targetMs`: stopped at `stop`, or running at `now`. */
export function reading(startIso: string, stopIso: string | null | undefined, targetMs: number, now: number): TimerReading {
  const start = Date.parse(startIso)
  if (stopIso) {
    const elapsedMs = Date.parse(stopIso) - start
    return { state: elapsedMs <= targetMs ? 'met' : 'missed', elapsedMs, targetMs }
  }
  const elapsedMs = Math.max(0, now - start)
  const state: TimerState =
    elapsedMs >= targetMs ? 'breached' : elapsedMs >= targetMs * WARN_SHARE ? 'warning' : 'running'
  return { state, elapsedMs, targetMs }
}

/** Acknowledge target (60 s from raised): every alert. */
export function acknowledgeTimer(alert: TimedAlert, now: number): TimerReading {
  return reading(alert.raisedAt, alert.acknowledgedAt, TARGETS.acknowledgeMs, now)
}

/**
 * On-site target (45 min from raised) for critical and high alerts; null for the others and for an
 * alert settled by phone (resolved without a visit).
 */
export function onSiteTimer(alert: TimedAlert, now: number): TimerReading | null {
  if (alert.severity !== 'CRITICAL' && alert.severity !== 'HIGH') return null
  if (!alert.onSiteAt && alert.status !== 'RAISED' && alert.status !== 'ACKNOWLEDGED') return null
  return reading(alert.raisedAt, alert.onSiteAt, TARGETS.onSiteMs, now)
}

/** Follow-up target (72 h from resolved); null before the alert is resolved. */
export function followUpTimer(alert: TimedAlert, now: number): TimerReading | null {
  if (!alert.resolvedAt) return null
  return reading(alert.resolvedAt, alert.followedUpAt, TARGETS.followUpMs, now)
}
