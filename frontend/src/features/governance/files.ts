import { authorized } from '@/features/projects/files'

export interface UploadedPhoto {
  id: string
}

/**
 * Uploads a photo of a matter before the matter is reported or completed (`POST /files/matter-photos`),
 * with the time the phone took it (the file's lastModified) as `takenAt`.
 */
export async function uploadMatterPhoto(file: File): Promise<UploadedPhoto> {
  const body = new FormData()
  body.append('file', file, file.name)
  if (file.lastModified) body.append('takenAt', new Date(file.lastModified).toISOString())
  const response = await authorized('/files/matter-photos', { method: 'POST', body })
  return (await response.json()) as UploadedPhoto
}
