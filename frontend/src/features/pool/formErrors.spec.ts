import { describe, expect, it } from 'vitest'
import { CombinedError } from '@urql/core'
import { compareAmounts, formProblems, normaliseAmount } from './formErrors'

const error = (...errors: { message: string; field?: string; classification?: string }[]) =>
  new CombinedError({
    graphQLErrors: errors.map((e) => ({
      message: e.message,
      extensions: { classification: e.classification ?? 'BAD_REQUEST', ...(e.field ? { field: e.field } : {}) },
    })),
  })

describe('formProblems', () => {
  const FIELDS = ['title', 'amountAsked', 'catalogueItemId']

  it('puts a problem on the form field the server names', () => {
    const p = formProblems(error({ message: 'at most 500000.00 per project', field: 'input.amountAsked' }), FIELDS)
    expect(p.fields).toEqual({ amountAsked: 'at most 500000.00 per project' })
    expect(p.general).toEqual([])
    expect(p.stale).toBe(false)
  })

  it('keeps problems of fields the form does not show, and of no field, as general ones', () => {
    const p = formProblems(error(
      { message: 'the application is APPROVED', field: 'input.id', classification: 'CONFLICT' },
      { message: 'Your role may not do this', classification: 'FORBIDDEN' },
    ), FIELDS)
    expect(p.fields).toEqual({})
    expect(p.general.map((g) => g.message)).toEqual(['the application is APPROVED', 'Your role may not do this'])
  })

  it('recognises a stale version', () => {
    const p = formProblems(error({ message: 'changed by someone else', field: 'input.version', classification: 'CONFLICT' }), FIELDS)
    expect(p.stale).toBe(true)
    expect(p.general).toEqual([])
  })

  it('is empty without an error', () => {
    expect(formProblems(undefined, FIELDS)).toEqual({ fields: {}, general: [], stale: false })
  })
})

describe('amounts', () => {
  it('takes plain or grouped amounts with at most two decimals', () => {
    expect(normaliseAmount('350000')).toBe('350000')
    expect(normaliseAmount('1,234,567.8')).toBe('1234567.8')
    expect(normaliseAmount('12.345')).toBeNull()
    expect(normaliseAmount('-5')).toBeNull()
    expect(normaliseAmount('abc')).toBeNull()
  })

  it('compares exact decimals without floating point', () => {
    expect(compareAmounts('500000.01', '500000')).toBe(1)
    expect(compareAmounts('0.1', '0.10')).toBe(0)
    expect(compareAmounts('99999999999999.99', '100000000000000')).toBe(-1)
  })
})
