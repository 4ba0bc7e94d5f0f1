import { afterEach, describe, expect, it, vi } from 'vitest'
import { uploadMatterPhoto } from './files'

vi.mock('@/auth/session', () => ({ currentToken: async () => 'the-token' }))

afterEach(() => vi.unstubAllGlobals())

describe('uploading a matter photo', () => {
  it('posts the file with the time the phone took it and the bearer token', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ id: 'photo-1' }), { status: 201 }))
    vi.stubGlobal('fetch', fetch)
    const file = new File([new Uint8Array([0xff, 0xd8])], 'river.jpg', { type: 'image/jpeg', lastModified: Date.parse('2026-12-03T00:30:00Z') })
    expect(await uploadMatterPhoto(file)).toEqual({ id: 'photo-1' })
    const [url, init] = fetch.mock.calls[0]
    expect(String(url)).toMatch(/\/files\/matter-photos$/)
    expect(init.method).toBe('POST')
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer the-token')
    const body = init.body as FormData
    expect(body.get('takenAt')).toBe('2026-12-03T00:30:00.000Z')
    expect((body.get('file') as File).name).toBe('river.jpg')
  })

  it('names the server’s problem', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ message: 'Only JPEG or PNG', classification: 'BAD_REQUEST', field: 'file' }), { status: 400 })))
    await expect(uploadMatterPhoto(new File(['x'], 'a.gif'))).rejects.toMatchObject({ message: 'Only JPEG or PNG', field: 'file' })
  })
})
