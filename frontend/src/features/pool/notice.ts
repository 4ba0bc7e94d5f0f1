import type { PoolApplicationStatus } from '@/gql/graphql'

/** Milliseconds until a notice ends (0 or less once it has). */
export function remainingMs(endsAt: string | null | undefined, now: number): number {
  return endsAt ? new Date(endsAt).getTime() - now : 0
}

/** Whether a decision is under public notice at `now` (the client's clock, the server's end). */
export function underNotice(endsAt: string | null | undefined, now: number): boolean {
  return remainingMs(endsAt, now) > 0
}

/** Days and clock time left: `{ days: 4, clock: '03:12:05' }`. */
export function splitRemaining(ms: number): { days: number; clock: string } {
  let s = Math.max(0, Math.floor(ms / 1000))
  const days = Math.floor(s / 86400)
  s -= days * 86400
  const pad = (n: number) => String(n).padStart(2, '0')
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  return { days, clock: `${pad(h)}:${pad(m)}:${pad(s % 60)}` }
}

/** Statuses the county decides once the township's notice is over. */
export const DECIDABLE: PoolApplicationStatus[] = ['RECOMMENDED', 'DEFERRED']
