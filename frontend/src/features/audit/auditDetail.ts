import { dateTime } from '@/format'

/** One changed attribute of an audited record. */
export interface AttributeChange {
  attribute: string
  before: unknown
  after: unknown
}

/**
 * What an audit entry's `detail` JSON says: the changed attributes with their values before and
 * after (changes), the fields shown unmasked (reads), or text that is neither (shown as it is).
 */
export type AuditDetail =
  | { kind: 'changes'; changes: AttributeChange[] }
  | { kind: 'read'; fields: string[] }
  | { kind: 'text'; text: string }
  | { kind: 'none' }

function isChange(value: unknown): value is { before?: unknown; after?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('before' in value || 'after' in value)
}

/** `[name, phone]` (as the server writes the fields of a read) or a JSON array, as a list. */
function fieldList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  return String(value)
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
}

export function parseAuditDetail(detail: string | null | undefined): AuditDetail {
  if (!detail || !detail.trim()) return { kind: 'none' }
  let json: unknown
  try {
    json = JSON.parse(detail)
  } catch {
    return { kind: 'text', text: detail }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'text', text: detail }
  const entries = Object.entries(json as Record<string, unknown>)
  if (entries.length === 0) return { kind: 'none' }
  if (entries.every(([, v]) => isChange(v))) {
    return {
      kind: 'changes',
      changes: entries.map(([attribute, v]) => {
        const change = v as { before?: unknown; after?: unknown }
        return { attribute, before: change.before ?? null, after: change.after ?? null }
      }),
    }
  }
  const fields = (json as Record<string, unknown>).fields
  if (entries.length === 1 && fields !== undefined) return { kind: 'read', fields: fieldList(fields) }
  return { kind: 'text', text: JSON.stringify(json, null, 2) }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** A value of the log as text: nothing is `—`, instants in Asia/Shanghai, objects as compact JSON. */
export function shownValue(value: unknown, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? yes : no
  if (typeof value === 'object') return JSON.stringify(value)
  const text = String(value)
  return INSTANT.test(text) ? dateTime(text, true) : text
}
