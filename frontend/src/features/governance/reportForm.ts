import type { MatterKind, ReportMatterInput } from '@/gql/graphql'

/** What the phone form holds (photos are uploaded as they are taken; their IDs are kept). */
export interface ReportForm {
  kind: MatterKind | null
  title: string
  description: string
  fixedOnSpot: boolean
  resolution: string
}

export const EMPTY_REPORT: ReportForm = { kind: null, title: '', description: '', fixedOnSpot: false, resolution: '' }

export const MATTER_KINDS: MatterKind[] = [
  'ENVIRONMENT', 'SAFETY', 'DISPUTE', 'INFRASTRUCTURE', 'PUBLIC_SERVICE', 'PROJECT_PROBLEM', 'OTHER',
]

/** Problems the form finds before sending, keyed by the input field (i18n keys under governance.report.errors). */
export function reportProblems(form: ReportForm, photoCount: number): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!form.kind) problems.kind = 'kind'
  const title = form.title.trim()
  if (title.length < 2 || title.length > 80) problems.title = 'title'
  if (form.description.length > 2000) problems.description = 'description'
  if (photoCount > 9) problems.photoIds = 'tooManyPhotos'
  if (form.fixedOnSpot) {
    if (photoCount === 0) problems.photoIds = 'photoRequired'
    if (form.resolution.trim().length < 2) problems.resolution = 'resolution'
  }
  return problems
}

/** The `ReportMatterInput` of a form that passed `reportProblems`. */
export function reportInput(
  form: ReportForm,
  photoIds: string[],
  position: { lat: number; lng: number } | null,
): ReportMatterInput {
  return {
    kind: form.kind!,
    title: form.title.trim(),
    description: form.description.trim() || null,
    photoIds: photoIds.length ? photoIds : null,
    location: position ? { lat: position.lat, lng: position.lng } : null,
    fixedOnSpot: form.fixedOnSpot,
    resolution: form.fixedOnSpot ? form.resolution.trim() : null,
  }
}
