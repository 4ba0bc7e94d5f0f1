import { describe, expect, it } from 'vitest'
import { overviewBlocks } from './blocks'
import { share, sumDecimals } from './figures'

describe('overviewBlocks', () => {
  it('gives officials of every level all four blocks', () => {
    for (const role of ['platform-admin', 'county-admin', 'township-admin', 'village-official'] as const) {
      expect(overviewBlocks([role])).toEqual(['projects', 'pool', 'talents', 'alerts'])
    }
  })

  it('gives supervisors projects, the pool and talents, never elder care', () => {
    expect(overviewBlocks(['supervisor'])).toEqual(['projects', 'pool', 'talents'])
  })

  it('gives an elder-care operator elder care only', () => {
    expect(overviewBlocks(['eldercare-operator'])).toEqual(['alerts'])
  })

  it('joins the blocks of several roles, in display order', () => {
    expect(overviewBlocks(['eldercare-operator', 'supervisor'])).toEqual(['projects', 'pool', 'talents', 'alerts'])
  })

  it('gives a role without overview rights nothing', () => {
    expect(overviewBlocks(['integrator'])).toEqual([])
    expect(overviewBlocks([])).toEqual([])
  })
})

describe('figures', () => {
  it('sums money exactly, through cents', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30')
    expect(sumDecimals(['1500000000.05', '2244000.00', '-0.05'])).toBe('1502244000.00')
    expect(sumDecimals(['12.5', '7'])).toBe('19.50')
    expect(sumDecimals([])).toBe('0.00')
  })

  it('gives a share only of a whole above zero', () => {
    expect(share('480000.00', '1800000.00')).toBeCloseTo(0.2667, 4)
    expect(share('0.00', '0.00')).toBeNull()
  })
})
