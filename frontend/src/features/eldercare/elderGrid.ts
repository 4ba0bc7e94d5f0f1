import type { Role } from '@/auth/session'

/** Keepers of elder records who also read the grids (operators keep records but read no grids). */
export const GRID_PLACERS: Role[] = ['platform-admin', 'county-admin']

export interface GridOption {
  id: string
  code: string
  name: string
  region: { code: string }
}

/** The grids an elder of a village may be placed in: the village's own and its township's (as the server checks), by code. */
export function gridChoices<G extends GridOption>(grids: readonly G[], villageCode: string): G[] {
  const township = villageCode.slice(0, 9)
  return grids.filter((g) => g.region.code === villageCode || g.region.code === township).sort((a, b) => a.code.localeCompare(b.code))
}

/** The township whose grids are listed for a village's elder. */
export function townshipOf(villageCode: string): string {
  return villageCode.slice(0, 9)
}
