import { hasRole } from '@/auth/session'
import type { PoolApplicationStatus } from '@/gql/graphql'
import { DECIDABLE } from './notice'

/** What the caller's role may do in the pool (mirrors PoolController's @PreAuthorize rules). */
export interface PoolAbilities {
  apply: boolean
  review: boolean
  decide: boolean
  createProject: boolean
  rollOver: boolean
}

export function poolAbilities(): PoolAbilities {
  const county = hasRole('platform-admin', 'county-admin')
  return {
    apply: hasRole('platform-admin', 'county-admin', 'township-admin', 'village-official'),
    review: hasRole('platform-admin', 'county-admin', 'township-admin'),
    decide: county,
    createProject: hasRole('platform-admin', 'county-admin', 'township-admin'),
    rollOver: county,
  }
}

export interface ApplicationState {
  status: PoolApplicationStatus
  noticeEndsAt?: string | null
  project?: { id: string } | null
}

export type PoolAction = 'revise' | 'review' | 'decide' | 'createProject'

/** The actions offered on one application, given the role and where it stands at `now`. */
export function actionsFor(a: ApplicationState, can: PoolAbilities, now: number): PoolAction[] {
  const noticeOver = !a.noticeEndsAt || new Date(a.noticeEndsAt).getTime() <= now
  const actions: PoolAction[] = []
  if (can.apply && a.status === 'RETURNED') actions.push('revise')
  if (can.review && a.status === 'SUBMITTED') actions.push('review')
  if (can.decide && DECIDABLE.includes(a.status) && noticeOver) actions.push('decide')
  if (can.createProject && a.status === 'APPROVED' && noticeOver && !a.project) actions.push('createProject')
  return actions
}

/** An application waiting for the caller's decision now: highlighted in lists. */
export function readyFor(a: ApplicationState, can: PoolAbilities, now: number): 'decide' | 'review' | null {
  const actions = actionsFor(a, can, now)
  if (actions.includes('decide')) return 'decide'
  if (actions.includes('review') && !can.decide) return 'review'
  return null
}
