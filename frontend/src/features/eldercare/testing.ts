import { Client, CombinedError, type OperationResult } from '@urql/core'
import { fromValue, makeSubject, map, pipe, take, toPromise, type Source } from 'wonka'
import { createI18n } from 'vue-i18n'
import { commonZh } from '@/i18n/common'
import { enumsZh } from '@/i18n/enums'
import { zh } from './messages'

/** The Chinese words of the dashboard, for mounting elder-care components in tests. */
export function testI18n() {
  return createI18n({
    legacy: false,
    locale: 'zh-CN',
    messages: { 'zh-CN': { ...commonZh, enums: enumsZh, eldercare: zh } },
    missingWarn: false,
    fallbackWarn: false,
  })
}

export function problem(message: string, classification: string, field?: string): CombinedError {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { classification, ...(field ? { field } : {}) } }] })
}

type Answer = { data?: unknown; error?: CombinedError }

/**
 * A urql client answered at its edge: queries and mutations by the functions given, subscriptions
 * by pushing into `live`.
 */
export function fakeClient(answers: {
  query?: (operation: { query: unknown; variables: Record<string, unknown> }) => Answer
  mutation?: (variables: unknown) => Answer
}) {
  const live = makeSubject<unknown>()
  const client = new Client({ url: 'http://test/graphql', exchanges: [] })
  const result = (operation: unknown, answer: Answer) =>
    ({ operation, data: answer.data, error: answer.error, stale: false, hasNext: false }) as unknown as OperationResult
  const withPromise = (source: Source<OperationResult>) =>
    Object.assign(source, { toPromise: () => pipe(source, take(1), toPromise) })
  client.executeQuery = ((operation: { query: unknown; variables: Record<string, unknown> }) =>
    withPromise(fromValue(result(operation, answers.query?.(operation) ?? {})))) as never
  client.executeMutation = ((operation: { variables: unknown }) =>
    fromValue(result(operation, answers.mutation?.(operation.variables) ?? {}))) as never
  client.executeSubscription = ((operation: unknown) =>
    pipe(live.source, map((data) => result(operation, { data })))) as never
  return { client, push: (data: unknown) => live.next(data) }
}
