import { hasRole } from '@/auth/session'

/** Who keeps the registry (import, record contributions): TalentAccess.KEEPERS on the server. */
export function mayKeepTalents(): boolean {
  return hasRole('platform-admin', 'county-admin', 'township-admin', 'village-official')
}

/** Who anonymises a talent's record on request: TalentAccess.ERASERS on the server. */
export function mayAnonymiseTalents(): boolean {
  return hasRole('platform-admin', 'county-admin', 'township-admin')
}
