import { shallowRef } from 'vue'
import { vi } from 'vitest'
import { fromValue } from 'wonka'
import { Client, CombinedError, makeOperation, type GraphQLRequest, type OperationContext } from '@urql/core'
import urql from '@urql/vue'
import { i18n } from '@/i18n'

type Answer = { data?: unknown; error?: CombinedError }

/**
 * A urql client cut at its edge for component tests: queries and mutations answer what the test
 * says, and the requests are recorded.
 */
export function fakeClient(answers: { query?: (variables: Record<string, unknown>) => Answer; mutation?: (variables: Record<string, unknown>) => Answer }) {
  const client = new Client({ url: 'http://test/graphql', exchanges: [] })
  const answer = (kind: 'query' | 'mutation', respond?: (v: Record<string, unknown>) => Answer) =>
    vi.fn((request: GraphQLRequest, context?: Partial<OperationContext>) => {
      const operation = makeOperation(kind, request, { url: 'http://test/graphql', requestPolicy: 'network-only', ...context } as OperationContext)
      const { data, error } = respond ? respond(request.variables as Record<string, unknown>) : { data: undefined }
      return fromValue({ operation, data, error, stale: false, hasNext: false })
    })
  const executeQuery = answer('query', answers.query)
  const executeMutation = answer('mutation', answers.mutation)
  Object.assign(client, { executeQuery, executeMutation })
  return { client, executeQuery, executeMutation, plugins: [[urql, shallowRef(client)], i18n] as never[] }
}

/** A GraphQL error as the API sends it: classification and, for bad input, the field. */
export function apiError(message: string, classification: string, field?: string): CombinedError {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { classification, ...(field ? { field } : {}) } }] })
}
