import { hasRole } from '@/auth/session'
import type { MatterOwnerKind, MatterStatus } from '@/gql/graphql'

/** The steps of a matter the dashboard offers (the mutations of schema/matter.graphqls). */
export type MatterAction = 'dispatch' | 'accept' | 'complete' | 'confirm' | 'return'

export const MATTER_ACTIONS: MatterAction[] = ['dispatch', 'accept', 'complete', 'confirm', 'return']

/** What the caller's roles allow on the ledger (mirrors the mutations' rules in the SDL). */
export interface MatterAbilities {
  /** Who the caller is: owners and reporters act on their own matters. */
  me: string | null
  /** Command centres, township and county admins (and the platform's) dispatch. */
  dispatch: boolean
  /** Command centres work matters owned by a department and confirm any of their township's. */
  centre: boolean
  /** A village official works the matters owned by the village. */
  village: boolean
  /** Reads only (supervisors): nothing to offer, ever. */
  readOnly?: boolean
}

export function matterAbilities(me: string | null): MatterAbilities {
  return {
    me,
    dispatch: hasRole('command-centre', 'township-admin', 'county-admin', 'platform-admin'),
    centre: hasRole('command-centre'),
    village: hasRole('village-official'),
    readOnly: !hasRole('command-centre', 'township-admin', 'county-admin', 'platform-admin', 'village-official', 'grid-worker'),
  }
}

export interface MatterState {
  status: MatterStatus
  reportedBy: string
  owner?: { kind: MatterOwnerKind; reference: string } | null
}

/** Whether the caller answers for the matter as its owner now. */
export function owns(m: MatterState, can: MatterAbilities): boolean {
  const owner = m.owner
  if (!owner) return false
  switch (owner.kind) {
    case 'GRID_WORKER': return !!can.me && owner.reference === can.me
    case 'VILLAGE': return can.village
    case 'DEPARTMENT': return can.centre
  }
}

/** The steps offered on one matter, given where it stands and who the caller is; none when closed. */
export function actionsFor(m: MatterState, can: MatterAbilities): MatterAction[] {
  const actions: MatterAction[] = []
  const owner = owns(m, can)
  const confirmer = can.centre || (!!can.me && m.reportedBy === can.me)
  switch (m.status) {
    case 'REPORTED':
    case 'RETURNED':
      if (can.dispatch) actions.push('dispatch')
      break
    case 'DISPATCHED':
      if (owner) actions.push('accept', 'return')
      break
    case 'IN_HAND':
      if (owner) actions.push('complete', 'return')
      break
    case 'DONE':
      if (confirmer) actions.push('confirm', 'return')
      break
    case 'CLOSED':
      break
  }
  return actions
}
