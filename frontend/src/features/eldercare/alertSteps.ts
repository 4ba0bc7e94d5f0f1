import type { Role } from '@/auth/session'

/** The steps an operator takes on an alert, as the mutations name them. */
export type StepKind = 'acknowledge' | 'call' | 'onSite' | 'resolve' | 'followUp' | 'close'

/** Roles that may work alerts (the backend's RESPONDERS); a grid worker only while the alert sits at the GRID rung. */
export const RESPONDERS: Role[] = ['platform-admin', 'county-admin', 'township-admin', 'eldercare-operator', 'grid-worker']

/** Roles that keep elder and device records and set visit modes (the backend's KEEPERS). */
export const KEEPERS: Role[] = ['platform-admin', 'county-admin', 'eldercare-operator']
/** Roles that anonymise a departed elder's record (the backend's ERASERS): admins, not the operators. */
export const ERASERS: Role[] = ['platform-admin', 'county-admin']

const CLOSE_WITHOUT_FOLLOW_UP = ['FALSE_ALARM', 'DEVICE_FAULT']

/** The steps legal from a status (mirrors AlertStatus.next on the server), in the order of the loop. */
export function nextSteps(status: string, outcome: string | null | undefined): StepKind[] {
  switch (status) {
    case 'RAISED': return ['acknowledge']
    case 'ACKNOWLEDGED': return ['call', 'onSite', 'resolve']
    case 'ON_SITE': return ['call', 'resolve']
    case 'RESOLVED':
      return outcome && CLOSE_WITHOUT_FOLLOW_UP.includes(outcome) ? ['call', 'followUp', 'close'] : ['call', 'followUp']
    case 'FOLLOWED_UP': return ['call', 'close']
    default: return []
  }
}

/** Whether the alert is out of a grid worker's hands: escalated beyond the GRID rung, the village (and above) answers it. */
export function escalatedBeyondGrid(gridWorker: boolean, escalationLevel: string): boolean {
  return gridWorker && escalationLevel !== 'GRID'
}

/** The steps offered to the caller: none to a grid worker once the alert has left the grid. */
export function stepsFor(gridWorker: boolean, alert: { status: string; outcome?: string | null; escalationLevel: string }): StepKind[] {
  return escalatedBeyondGrid(gridWorker, alert.escalationLevel) ? [] : nextSteps(alert.status, alert.outcome)
}

/** Whether a value the API returned is masked (`138****5678`, `李**`). */
export function isMasked(value: string | null | undefined): boolean {
  return !!value && value.includes('**')
}
