import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { identityServerAnswers } from './identityServer'

/** A real HTTP server standing in for Keycloak's discovery endpoint, answering with the given status. */
function identityServer(status: number): Promise<Server> {
  const server = createServer((request, response) => {
    const known = request.url === '/realms/xiangli/.well-known/openid-configuration'
    response.writeHead(known ? status : 404, { 'Content-Type': 'application/json' }).end('{}')
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`
// nothing listens on port 1: the connection is refused, as when Keycloak is stopped
const STOPPED = 'http://127.0.0.1:1'

describe('the identity server', () => {
  let up: Server
  let failing: Server
  beforeAll(async () => {
    up = await identityServer(200)
    failing = await identityServer(503)
  })
  afterAll(() => {
    up.close()
    failing.close()
  })

  it('answers when its realm discovery document is served', async () => {
    expect(await identityServerAnswers({ url: `${urlOf(up)}/`, realm: 'xiangli' })).toBe(true)
  })

  it('does not answer when stopped, failing, or without the realm', async () => {
    expect(await identityServerAnswers({ url: STOPPED, realm: 'xiangli' })).toBe(false)
    expect(await identityServerAnswers({ url: urlOf(failing), realm: 'xiangli' })).toBe(false)
    expect(await identityServerAnswers({ url: urlOf(up), realm: 'other' })).toBe(false)
  })
})

describe('signing in while Keycloak cannot be reached', () => {
  it('keeps the dashboard and says the identity server cannot be reached, instead of leaving for an error page', async () => {
    window.XIANGLI_CONFIG = { keycloak: { url: STOPPED, realm: 'xiangli', clientId: 'xiangli-dashboard' } }
    vi.resetModules()
    const { login, session } = await import('./session')
    const before = window.location.href

    await login('/projects')

    expect(session.identityError).toBe('unreachable')
    expect(session.authenticated).toBe(false)
    expect(window.location.href).toBe(before)
  })
})
