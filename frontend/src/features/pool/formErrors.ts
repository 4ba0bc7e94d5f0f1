import type { CombinedError } from '@urql/core'
import { fieldErrors, problemsOf, type ApiProblem } from '@/api/errors'

export interface FormProblems {
  /** Messages for the form's own fields, keyed by the input field they name (`amountAsked`). */
  fields: Record<string, string>
  /** Problems no field of the form shows, in the server's words. */
  general: ApiProblem[]
  /** The record changed since it was read (a stale `version`): the user must reload. */
  stale: boolean
}

/**
 * Places a mutation's server errors: on the form fields they name when the form has them, the rest
 * (and those of fields the form does not show, such as `id`) as general problems.
 */
export function formProblems(error: CombinedError | null | undefined, formFields: readonly string[]): FormProblems {
  const problems = problemsOf(error)
  const fields: Record<string, string> = {}
  const general: ApiProblem[] = []
  let stale = false
  for (const p of problems) {
    const key = p.field ? (Object.keys(fieldErrors([p]).fields)[0] ?? p.field) : null
    if (key === 'version') stale = true
    else if (key && formFields.includes(key)) fields[key] ??= p.message
    else general.push(p)
  }
  return { fields, general, stale }
}

/** An amount as the API takes it: digits with at most two decimals, no grouping. */
export function normaliseAmount(text: string): string | null {
  const plain = text.replace(/[,，\s]/g, '')
  return /^\d+(\.\d{1,2})?$/.test(plain) ? plain : null
}

/** Compares two exact decimal strings of at most two decimals without floating point. */
export function compareAmounts(a: string, b: string): number {
  const cents = (v: string) => {
    const [int, frac = ''] = v.split('.')
    return BigInt(int) * 100n + BigInt((frac + '00').slice(0, 2))
  }
  const d = cents(a) - cents(b)
  return d > 0n ? 1 : d < 0n ? -1 : 0
}
