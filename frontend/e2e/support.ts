import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

export const PASSWORD = 'demo'

/** Demo users of the realm (README, Demo accounts). */
export const users = {
  platformAdmin: 'platform.admin',
  anjiAdmin: 'anji.admin',
  deqingAdmin: 'deqing.admin',
  shangshuAdmin: 'shangshu.admin',
  shangshuOfficial: 'shangshu.official',
  linpingOperator: 'linping.operator',
  anjiSupervisor: 'anji.supervisor',
  lijiaxiangCentre: 'lijiaxiang.centre',
  shangshuCentre: 'shangshu.centre',
  xuYanliang: 'xu.yanliang',
  shangshuGrid: 'shangshu.grid',
} as const

/** Opens a dashboard path as a user, signing in through Keycloak's own login form. */
export async function loginAs(page: Page, username: string, path = '/'): Promise<void> {
  await page.goto(path)
  await page.waitForURL(/\/realms\/xiangli\/protocol\/openid-connect\/auth|\/realms\/xiangli\/login-actions/)
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(PASSWORD)
  await page.locator('#kc-login').click()
  await page.waitForURL((url) => !url.pathname.includes('/realms/'))
  await expect(page.locator('#main')).toBeVisible()
}

/** Fails on any serious or critical accessibility violation of the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await settled(page)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, `accessibility of ${label}`).toEqual([])
}

/**
 * Waits until the page's finite animations and transitions have ended (tags zooming in, a message
 * fading in): axe measures colours as they are at that instant, so a half-faded element reads as a
 * contrast failure. Endless ones (spinners) are not waited for.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
    await Promise.race([Promise.allSettled(finite.map((a) => a.finished)), new Promise((done) => setTimeout(done, 3000))])
  })
}

const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname

/** Writes a full-page screenshot to e2e/screenshots/<name>.png, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true })
}

/** A GraphQL request as a user, with a token from the password grant of the CLI client (test set-up only). */
export async function tokenOf(username: string): Promise<string> {
  const keycloak = process.env.XIANGLI_E2E_KEYCLOAK ?? 'http://127.0.0.1:8180'
  const response = await fetch(`${keycloak}/realms/xiangli/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'xiangli-cli', username, password: PASSWORD }),
  })
  const body = (await response.json()) as { access_token: string }
  return body.access_token
}

export async function graphqlAs<T = unknown>(
  baseURL: string,
  username: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (username) headers.Authorization = `Bearer ${await tokenOf(username)}`
  const response = await fetch(new URL('graphql', baseURL), { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
  const body = (await response.json()) as { data: T; errors?: unknown[] }
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`)
  return body.data
}

/** A small real PNG (green, 48×32) made here, so the evidence endpoint sees true PNG bytes. */
export function png(width = 48, height = 32): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf: Buffer) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([len, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x4f, 0x9a, 0x74]))])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
