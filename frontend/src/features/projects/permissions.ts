import { hasRole } from '@/auth/session'
import type { ProjectStatus } from '@/gql/graphql'

/** The moves the backend allows (ProjectStatus.next()). */
export const NEXT_STATUSES: Record<ProjectStatus, ProjectStatus[]> = {
  APPROVED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'SUSPENDED', 'CANCELLED'],
  SUSPENDED: ['IN_PROGRESS', 'CANCELLED'],
  COMPLETED: ['SETTLED'],
  SETTLED: [],
  CANCELLED: [],
}

export const NEEDS_REASON: ProjectStatus[] = ['SUSPENDED', 'CANCELLED']

/** What the caller's role may do to a project (ProjectController / ProjectFilesController @PreAuthorize). */
export function projectRights(status: ProjectStatus) {
  const admin = hasRole('platform-admin', 'county-admin', 'township-admin')
  const reporter = admin || hasRole('village-official')
  const moneyMoves = status !== 'SETTLED' && status !== 'CANCELLED'
  return {
    statusMoves: admin
      ? NEXT_STATUSES[status].filter((s) => s !== 'SETTLED' || hasRole('platform-admin', 'county-admin'))
      : [],
    reviseBudget: admin && moneyMoves,
    disburse: admin && moneyMoves,
    pay: reporter && moneyMoves,
    recordBondStage: admin && moneyMoves,
    report: reporter && (status === 'IN_PROGRESS' || status === 'COMPLETED'),
    uploadEvidence: reporter && moneyMoves,
  }
}

/**
 * What the caller may do on the escort tab (EscortController @PreAuthorize): administrators down to
 * the township keep the escort (commissioner, milestones); supervisors keep the risk register and
 * record site checks; county administrators keep the milestone templates.
 */
export function escortRights() {
  return {
    keep: hasRole('platform-admin', 'county-admin', 'township-admin'),
    supervise: hasRole('supervisor'),
    templates: hasRole('platform-admin', 'county-admin'),
  }
}
