import type { Role } from '@/auth/session'

/** The overview's blocks, each read with one query of its own. */
export type OverviewBlock = 'projects' | 'pool' | 'talents' | 'alerts'

/**
 * Who may read each block, as the API allows it: projects and the pool for officials and
 * supervisors; talents for officials and supervisors (TalentAccess.READERS); elder care for
 * officials and operators, never supervisors (ElderCareController.READERS).
 */
const READERS: Record<OverviewBlock, Role[]> = {
  projects: ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'supervisor'],
  pool: ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'supervisor'],
  talents: ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'supervisor'],
  alerts: ['platform-admin', 'county-admin', 'township-admin', 'village-official', 'eldercare-operator'],
}

const ORDER: OverviewBlock[] = ['projects', 'pool', 'talents', 'alerts']

/** The blocks a caller with these roles may read, in display order. */
export function overviewBlocks(roles: readonly Role[]): OverviewBlock[] {
  return ORDER.filter((block) => READERS[block].some((r) => roles.includes(r)))
}
