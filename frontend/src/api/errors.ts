import type { CombinedError } from '@urql/core'

export type Classification =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'INTERNAL_ERROR'
  | 'UNAVAILABLE'
  | 'NETWORK'

export interface ApiProblem {
  message: string
  classification: Classification
  /** The input field the server named (e.g. `input.amount`), when the problem is one field's. */
  field: string | null
  requestId: string | null
}

/** The problems of a failed operation, in the server's words (they say what to do). */
export function problemsOf(error: CombinedError | undefined | null): ApiProblem[] {
  if (!error) return []
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ message: error.networkError.message, classification: 'NETWORK', field: null, requestId: null }]
  }
  return error.graphQLErrors.map((e) => {
    const ext = (e.extensions ?? {}) as Record<string, unknown>
    return {
      message: e.message,
      classification: ((ext.classification as string) ?? 'INTERNAL_ERROR') as Classification,
      field: (ext.field as string | undefined) ?? null,
      requestId: (ext.requestId as string | undefined) ?? null,
    }
  })
}

/**
 * Splits problems into those of form fields (keyed by the field's name inside the input, `amount`
 * for `input.amount`, `villages.0.share` for `input.villages[0].share`) and the rest.
 */
export function fieldErrors(problems: ApiProblem[], inputName = 'input'): {
  fields: Record<string, string>
  general: ApiProblem[]
} {
  const fields: Record<string, string> = {}
  const general: ApiProblem[] = []
  for (const p of problems) {
    if (p.field) {
      const key = p.field
        .replace(new RegExp(`^${inputName}\\.`), '')
        .replace(/\[(\d+)\]/g, '.$1')
      if (!(key in fields)) fields[key] = p.message
    } else {
      general.push(p)
    }
  }
  return { fields, general }
}
