import { describe, expect, it } from 'vitest'
import { isMoney, share, subtractMoney, sumMoney } from './decimal'

describe('money arithmetic on decimal strings', () => {
  it('adds to the fen without float drift', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30')
    expect(sumMoney(['99999999999999.99', '0.01'])).toBe('100000000000000.00')
    expect(sumMoney(['12', '0.5', null])).toBe('12.50')
    expect(subtractMoney('100.00', '100.01')).toBe('-0.01')
  })

  it('accepts at most two decimals', () => {
    expect(isMoney('1234.56')).toBe(true)
    expect(isMoney('1234.567')).toBe(false)
    expect(isMoney('1,234')).toBe(false)
    expect(isMoney('')).toBe(false)
  })

  it('gives rates, null for a zero whole', () => {
    expect(share('1.00', '3.00')).toBeCloseTo(0.3333, 4)
    expect(share('5.00', '0.00')).toBeNull()
  })
})
