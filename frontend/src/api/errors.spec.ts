import { describe, expect, it } from 'vitest'
import { CombinedError } from '@urql/core'
import { GraphQLError } from 'graphql'
import { fieldErrors, problemsOf } from './errors'

describe('server errors', () => {
  const error = new CombinedError({
    graphQLErrors: [
      new GraphQLError('Amount must be positive', { extensions: { classification: 'BAD_REQUEST', field: 'input.amount' } }),
      new GraphQLError('Share must be at most 1', { extensions: { classification: 'BAD_REQUEST', field: 'input.villages[1].share' } }),
      new GraphQLError('Someone changed it', { extensions: { classification: 'CONFLICT' } }),
    ],
  })

  it('keeps the classification and the field the server named', () => {
    expect(problemsOf(error).map((p) => [p.classification, p.field])).toEqual([
      ['BAD_REQUEST', 'input.amount'],
      ['BAD_REQUEST', 'input.villages[1].share'],
      ['CONFLICT', null],
    ])
  })

  it('puts field problems on the form field and the rest aside', () => {
    const { fields, general } = fieldErrors(problemsOf(error))
    expect(fields).toEqual({ amount: 'Amount must be positive', 'villages.1.share': 'Share must be at most 1' })
    expect(general.map((p) => p.message)).toEqual(['Someone changed it'])
  })

  it('reports a network failure as such', () => {
    const network = new CombinedError({ networkError: new Error('Failed to fetch') })
    expect(problemsOf(network)).toEqual([{ message: 'Failed to fetch', classification: 'NETWORK', field: null, requestId: null }])
  })
})
