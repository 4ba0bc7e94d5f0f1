import { describe, expect, it } from 'vitest'
import { ratio, sumDecimals } from './decimal'

describe('decimal sums', () => {
  it('adds the API decimal strings exactly', () => {
    expect(sumDecimals(['0.10', '0.20', null, '1200000.05'])).toBe('1200000.35')
    expect(sumDecimals(['-5.50', '2.25'])).toBe('-3.25')
    expect(sumDecimals([])).toBe('0.00')
  })

  it('gives the realised share of the pledged amount, none when nothing was pledged', () => {
    expect(ratio('4000000.00', '5000000.00')).toBe(0.8)
    expect(ratio('10.00', '0.00')).toBeNull()
  })
})
