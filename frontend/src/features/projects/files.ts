import { currentToken } from '@/auth/session'
import { appUrl } from '@/config'

/** A problem the file endpoints answered with (the same model as the GraphQL errors). */
export class FileProblem extends Error {
  constructor(
    message: string,
    readonly classification: string,
    readonly field: string | null,
  ) {
    super(message)
  }
}

export async function authorized(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await currentToken()
  const headers = new Headers(init.headers)
  if (token) headers.set('Authorization', `Bearer ${token}`)
  const response = await fetch(appUrl(path.replace(/^\//, '')), { ...init, headers })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string; classification?: string; field?: string } | null
    throw new FileProblem(body?.message ?? `HTTP ${response.status}`, body?.classification ?? 'INTERNAL_ERROR', body?.field ?? null)
  }
  return response
}

/** A file endpoint's content (they need the bearer token, so no plain <img src>). */
export async function fetchBlob(path: string): Promise<Blob> {
  return (await authorized(path)).blob()
}

/** Downloads a file endpoint's content and saves it under the given name. */
export async function saveFile(path: string, fileName: string): Promise<void> {
  const blob = await fetchBlob(path)
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export interface UploadedEvidence {
  id: string
  fileName: string
  contentType: string
  url: string
}

/** Attaches a photo or PDF to a progress report. */
export async function uploadEvidence(reportId: string, file: File): Promise<UploadedEvidence> {
  const body = new FormData()
  body.append('file', file, file.name)
  const response = await authorized(`/files/reports/${encodeURIComponent(reportId)}/evidence`, { method: 'POST', body })
  return (await response.json()) as UploadedEvidence
}
