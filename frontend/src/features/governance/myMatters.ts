/**
 * The grid worker's 我的事项: which matters are theirs and how a streamed change lands on the list.
 * Plain functions so the rules are tested without a browser.
 */
export interface MineMatter {
  id: string
  version: number
  reportedBy: string
  owner?: { reference: string } | null
}

/** Whether the matter is the user's: they own it or reported it (the two lists the view loads). */
export function isMine(m: MineMatter, me: string): boolean {
  return !!me && (m.reportedBy === me || m.owner?.reference === me)
}

/**
 * The list after a streamed change: a matter on it is replaced (an older version than the one shown
 * is ignored), one that has just become the user's is added, any other is not theirs to see here.
 */
export function landMine<T extends MineMatter>(list: T[], m: T, me: string): T[] {
  const current = list.find((x) => x.id === m.id)
  if (current) return current.version > m.version ? list : list.map((x) => (x.id === m.id ? m : x))
  return isMine(m, me) ? [m, ...list] : list
}

/** Each matter once: the owned and the reported lists overlap when a worker reported what they own. */
export function uniqueMatters<T extends { id: string }>(...lists: T[][]): T[] {
  const seen = new Map<string, T>()
  for (const m of lists.flat()) seen.set(m.id, m)
  return [...seen.values()]
}
