import { currentToken } from '@/auth/session'
import { appUrl } from '@/config'
import type { TalentCategory, TalentImportMode, TalentWhereabouts } from '@/gql/graphql'

/** A refusal of a file endpoint, in the server's words (a ProblemDetail). */
export class FileProblem extends Error {
  constructor(message: string, readonly status: number, readonly field: string | null) {
    super(message)
  }
}

async function authorised(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await currentToken()
  const headers = new Headers(init.headers)
  if (token) headers.set('Authorization', `Bearer ${token}`)
  const response = await fetch(appUrl(path), { ...init, headers })
  if (!response.ok) throw await problemOf(response)
  return response
}

async function problemOf(response: Response): Promise<FileProblem> {
  try {
    const body = (await response.json()) as { detail?: string; title?: string; field?: string }
    return new FileProblem(body.detail ?? body.title ?? response.statusText, response.status, body.field ?? null)
  } catch {
    return new FileProblem(response.statusText || String(response.status), response.status, null)
  }
}

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (encoded) return decodeURIComponent(encoded[1])
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain ? plain[1] : fallback
}

/** Fetches a file with the caller's token and hands it to the browser as a download. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await authorised(path)
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileNameOf(response, fallbackName)
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export interface ExportFilter {
  query?: string | null
  within?: string | null
  categories?: TalentCategory[]
  whereabouts?: TalentWhereabouts[]
  industry?: string | null
}

/** The export address for the list as filtered on screen. */
export function exportPath(filter: ExportFilter): string {
  const params = new URLSearchParams()
  if (filter.query) params.set('query', filter.query)
  if (filter.within) params.set('within', filter.within)
  for (const c of filter.categories ?? []) params.append('categories', c)
  for (const w of filter.whereabouts ?? []) params.append('whereabouts', w)
  if (filter.industry) params.set('industry', filter.industry)
  const query = params.toString()
  return `files/talents/export.xlsx${query ? `?${query}` : ''}`
}

export const TEMPLATE_PATH = 'files/talents/import-template.xlsx'

/** Uploads a workbook; the server answers 202 with the import's ID, to follow with `talentImport`. */
export async function startImport(file: File, validateOnly: boolean, mode: TalentImportMode): Promise<string> {
  const form = new FormData()
  form.append('file', file)
  form.append('validateOnly', String(validateOnly))
  form.append('mode', mode)
  const response = await authorised('files/talents/import', { method: 'POST', body: form })
  const body = (await response.json()) as { id: string }
  return body.id
}
