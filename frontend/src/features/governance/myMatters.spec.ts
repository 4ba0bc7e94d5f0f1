import { describe, expect, it } from 'vitest'
import { isMine, landMine, uniqueMatters } from './myMatters'

const m = (id: string, over: Partial<{ version: number; reportedBy: string; owner: { reference: string } | null }> = {}) =>
  ({ id, version: 1, reportedBy: 'someone', owner: null, ...over })

describe('my matters, live', () => {
  it('are those the worker owns or reported', () => {
    expect(isMine(m('a', { owner: { reference: 'xu.yanliang' } }), 'xu.yanliang')).toBe(true)
    expect(isMine(m('a', { reportedBy: 'xu.yanliang' }), 'xu.yanliang')).toBe(true)
    expect(isMine(m('a', { owner: { reference: '乡综合执法队' } }), 'xu.yanliang')).toBe(false)
    expect(isMine(m('a'), '')).toBe(false)
  })

  it('take a change in place, add a matter dispatched to the worker, and ignore the rest and older versions', () => {
    const list = [m('a', { reportedBy: 'me', version: 3 })]
    expect(landMine(list, m('a', { reportedBy: 'me', version: 4, owner: { reference: 'dept' } }), 'me')[0].version).toBe(4)
    expect(landMine(list, m('a', { reportedBy: 'me', version: 2 }), 'me')).toBe(list)
    expect(landMine(list, m('b', { owner: { reference: 'me' } }), 'me').map((x) => x.id)).toEqual(['b', 'a'])
    expect(landMine(list, m('c', { owner: { reference: 'other' } }), 'me')).toBe(list)
  })

  it('show a matter both owned and reported once', () => {
    expect(uniqueMatters([m('a'), m('b')], [m('b'), m('c')]).map((x) => x.id)).toEqual(['a', 'b', 'c'])
  })
})
