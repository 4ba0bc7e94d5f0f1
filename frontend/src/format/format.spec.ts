import { describe, expect, it } from 'vitest'
import { countyToday, date, dateTime, duration, money, moneyExact, percent } from './index'

describe('money', () => {
  it('shows exact yuan below 10,000 and 万 / 亿 above, in Chinese', () => {
    expect(money('9999.5')).toBe('¥9,999.50')
    expect(money('2244000.00')).toBe('¥224.4万')
    expect(money('150000000')).toBe('¥1.5亿')
    expect(money('-30000')).toBe('-¥3万')
  })
  it('uses M and B in English', () => {
    expect(money('2244000.00', 'en')).toBe('CNY 2.24M')
    expect(money('3500000000', 'en')).toBe('CNY 3.5B')
    expect(money('1234.5', 'en')).toBe('CNY 1,234.50')
  })
  it('keeps every digit of an exact amount', () => {
    expect(moneyExact('12345678901234.56')).toBe('¥12,345,678,901,234.56')
    expect(moneyExact('-0.1')).toBe('-¥0.10')
  })
  it('shows a dash for no value', () => {
    expect(money(null)).toBe('—')
    expect(moneyExact(undefined)).toBe('—')
  })
})

describe('times in Asia/Shanghai', () => {
  it('shows a UTC instant in the county zone whatever the browser zone', () => {
    expect(dateTime('2026-11-23T16:30:00Z')).toBe('2026-11-24 00:30')
    expect(dateTime('2026-11-23T16:30:05Z', true)).toBe('2026-11-24 00:30:05')
  })
  it('keeps calendar dates as they are and dates instants in the county', () => {
    expect(date('2026-11-23')).toBe('2026-11-23')
    expect(date('2026-11-23T20:00:00Z')).toBe('2026-11-24')
  })
  it('knows that 01:00 in China is already tomorrow in UTC terms', () => {
    expect(countyToday(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02')
  })
  it('formats running and overdue timers', () => {
    expect(duration(59_000)).toBe('0:59')
    expect(duration(3_725_000)).toBe('1:02:05')
    expect(duration(-61_000)).toBe('-1:01')
  })
  it('formats rates', () => {
    expect(percent(0.8766)).toBe('87.7%')
    expect(percent(null)).toBe('—')
  })
})
