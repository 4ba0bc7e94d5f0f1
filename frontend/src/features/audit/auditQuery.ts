import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { AuditAction, AuditFilter } from '@/gql/graphql'

/** The audit filters as the user sets them: times are Asia/Shanghai wall-clock `YYYY-MM-DD HH:mm:ss`. */
export interface AuditForm {
  actor: string
  actions: AuditAction[]
  entityType: string
  record: string
  range: [string, string] | null
}

const ACTIONS: AuditAction[] = ['CREATE', 'UPDATE', 'DELETE', 'READ_PERSONAL', 'ANONYMISE']
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

const one = (v: LocationQuery[string]) => (typeof v === 'string' ? v : '')

export function formFromQuery(query: LocationQuery): AuditForm {
  const from = one(query.from)
  const to = one(query.to)
  return {
    actor: one(query.actor),
    actions: one(query.actions).split(',').filter((a): a is AuditAction => (ACTIONS as string[]).includes(a)),
    entityType: one(query.type),
    record: one(query.record),
    range: WALL_CLOCK.test(from) && WALL_CLOCK.test(to) ? [from, to] : null,
  }
}

/** The form in the URL (kept there so a filtered view, e.g. a record's history, can be shared). */
export function queryFromForm(form: AuditForm, keep: LocationQuery): LocationQueryRaw {
  const query: LocationQueryRaw = { region: keep.region }
  if (form.actor.trim()) query.actor = form.actor.trim()
  if (form.actions.length) query.actions = form.actions.join(',')
  if (form.entityType) query.type = form.entityType
  if (form.record.trim()) query.record = form.record.trim()
  if (form.range) [query.from, query.to] = form.range
  return query
}

/** A wall-clock time in Asia/Shanghai (which has no daylight saving) as an instant. */
export function shanghaiInstant(wallClock: string): string {
  return `${wallClock.replace(' ', 'T')}+08:00`
}

export function filterOf(form: AuditForm, region: string | null): AuditFilter {
  const filter: AuditFilter = {}
  if (form.actor.trim()) filter.actor = form.actor.trim()
  if (form.actions.length) filter.actions = form.actions
  if (form.entityType) filter.entityType = form.entityType
  if (form.record.trim()) filter.entityId = form.record.trim()
  if (region) filter.within = region
  if (form.range) {
    filter.from = shanghaiInstant(form.range[0])
    filter.to = shanghaiInstant(form.range[1])
  }
  return filter
}
