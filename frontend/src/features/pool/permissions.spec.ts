import { describe, expect, it } from 'vitest'
import { actionsFor, readyFor, type PoolAbilities } from './permissions'

const village: PoolAbilities = { apply: true, review: false, decide: false, createProject: false, rollOver: false }
const township: PoolAbilities = { apply: true, review: true, decide: false, createProject: true, rollOver: false }
const county: PoolAbilities = { apply: true, review: true, decide: true, createProject: true, rollOver: true }
const NOW = Date.parse('2026-11-23T02:00:00Z')
const LATER = '2026-11-28T02:00:00Z'
const EARLIER = '2026-11-20T02:00:00Z'

describe('actionsFor', () => {
  it('offers a village official only the revision of a returned application', () => {
    expect(actionsFor({ status: 'RETURNED' }, village, NOW)).toEqual(['revise'])
    expect(actionsFor({ status: 'SUBMITTED' }, village, NOW)).toEqual([])
    expect(actionsFor({ status: 'RECOMMENDED', noticeEndsAt: EARLIER }, village, NOW)).toEqual([])
  })

  it('lets the township review what was submitted, never decide', () => {
    expect(actionsFor({ status: 'SUBMITTED' }, township, NOW)).toEqual(['review'])
    expect(actionsFor({ status: 'RECOMMENDED', noticeEndsAt: EARLIER }, township, NOW)).toEqual([])
  })

  it('lets the county decide a recommendation only once its notice is over', () => {
    expect(actionsFor({ status: 'RECOMMENDED', noticeEndsAt: LATER }, county, NOW)).toEqual([])
    expect(actionsFor({ status: 'RECOMMENDED', noticeEndsAt: EARLIER }, county, NOW)).toEqual(['decide'])
    expect(actionsFor({ status: 'DEFERRED', noticeEndsAt: EARLIER }, county, NOW)).toEqual(['decide'])
  })

  it('offers a project once the approval takes effect, and only once', () => {
    expect(actionsFor({ status: 'APPROVED', noticeEndsAt: LATER }, county, NOW)).toEqual([])
    expect(actionsFor({ status: 'APPROVED', noticeEndsAt: EARLIER }, county, NOW)).toEqual(['createProject'])
    expect(actionsFor({ status: 'APPROVED', noticeEndsAt: EARLIER, project: { id: 'p' } }, county, NOW)).toEqual([])
  })
})

describe('readyFor', () => {
  it('marks what waits for the caller', () => {
    expect(readyFor({ status: 'RECOMMENDED', noticeEndsAt: EARLIER }, county, NOW)).toBe('decide')
    expect(readyFor({ status: 'SUBMITTED' }, township, NOW)).toBe('review')
    expect(readyFor({ status: 'SUBMITTED' }, village, NOW)).toBeNull()
    expect(readyFor({ status: 'RECOMMENDED', noticeEndsAt: LATER }, county, NOW)).toBeNull()
  })
})
