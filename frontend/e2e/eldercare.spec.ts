import { expect, test, type Page, type WebSocketRoute } from '@playwright/test'
import mqtt from 'mqtt'
import { expectAccessible, graphqlAs, loginAs, screenshot, users } from './support'

const BROKER = process.env.XIANGLI_E2E_MQTT ?? 'mqtt://127.0.0.1:1883'

/** A demo household whose panic button has no alert open now, so the press raises a new one. */
async function freeHousehold(baseURL: string): Promise<string> {
  const data = await graphqlAs<{ alerts: { nodes: { device: { serial: string } | null }[] } }>(
    baseURL,
    users.linpingOperator,
    `{ alerts(first: 100, filter: { kinds: [PANIC] }) { nodes { device { serial } } } }`,
  )
  const busy = new Set(data.alerts.nodes.map((a) => a.device?.serial))
  for (let tries = 0; tries < 50; tries++) {
    const n = 100 + Math.floor(Math.random() * 400)
    const serial = `DEMO-HH${String(n).padStart(4, '0')}-P`
    if (!busy.has(serial)) return serial
  }
  throw new Error('every tried household has an open panic alert')
}

/** `2026-12-02T22:15:03+08:00`: now, in the county's offset, as a device sends it. */
function shanghaiNow(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00')
}

async function pressPanic(serial: string): Promise<void> {
  const client = await mqtt.connectAsync(BROKER, { clientId: `e2e-eldercare-${Date.now()}` })
  const payload = { eventId: `e2e-${serial}-${Date.now()}`, serial, type: 'PRESSED', time: shanghaiNow(), battery: 90 }
  await client.publishAsync(`xiangli/devices/${serial}/events`, JSON.stringify(payload), { qos: 1 })
  await client.endAsync()
}

async function takeStep(page: Page, step: string, fill?: () => Promise<void>): Promise<void> {
  await page.locator(`[data-test=action-${step}]`).click()
  const dialog = page.locator('.el-dialog[data-test=step-dialog]')
  await expect(dialog).toBeVisible()
  await fill?.()
  await dialog.locator('textarea').fill(`e2e ${step}`)
  await dialog.locator('[data-test=step-submit]').click()
  await expect(dialog).toBeHidden()
}

test('an operator sees a panic press arrive live and walks it through the loop to closed', async ({ page, baseURL }) => {
  test.setTimeout(180_000)
  const serial = await freeHousehold(baseURL!)

  await loginAs(page, users.linpingOperator, '/eldercare')
  await expect(page.locator('[data-test=console-live]')).toHaveAttribute('data-state', 'connected')
  await expect(page.locator('[data-test=alert-table]')).toBeVisible()
  await page.locator('[data-test=enable-sound]').click()
  await expect(page.locator('[data-test=mute]')).toBeVisible()

  await pressPanic(serial)

  const row = page.locator('[data-test=alert-table] tbody tr', { hasText: serial })
  await expect(row).toBeVisible({ timeout: 20_000 })
  await expect(row.locator('[data-test=fresh]')).toBeVisible()
  await expect(row).toContainText('紧急呼叫')
  await expect(page.locator('[data-test=announcement]')).toContainText('紧急呼叫')
  await screenshot(page, 'eldercare-console')
  await expectAccessible(page, 'alert console')

  await row.locator('[data-test=open-alert]').click()
  await expect(page).toHaveURL(/\/eldercare\/alerts\//)
  const card = page.locator('[data-test=elder-card]')
  await expect(card).toHaveAttribute('data-masked', 'true')
  await expect(card.locator('[data-test=mask-note]')).toBeVisible()

  await takeStep(page, 'acknowledge')
  await expect(page.locator('[data-test=alert-status]')).toHaveAttribute('data-status', 'ACKNOWLEDGED')
  await expect(page.locator('[data-test=assignee]')).toHaveText(users.linpingOperator)
  await expect(card).toHaveAttribute('data-masked', 'false')
  await expect(card.locator('[data-test=elder-phone]')).not.toContainText('*')

  await takeStep(page, 'call', async () => {
    await page.locator('[data-test=call-result]').getByText('已接通').click()
  })
  await expect(page.locator('[data-test=timeline] [data-action=CALL]')).toBeVisible()

  await takeStep(page, 'onSite')
  await expect(page.locator('[data-test=alert-status]')).toHaveAttribute('data-status', 'ON_SITE')

  await takeStep(page, 'resolve', async () => {
    await page.locator('[data-test=resolve-outcome]').getByText('平安无事').click()
  })
  await expect(page.locator('[data-test=alert-status]')).toHaveAttribute('data-status', 'RESOLVED')

  await takeStep(page, 'followUp')
  await expect(page.locator('[data-test=alert-status]')).toHaveAttribute('data-status', 'FOLLOWED_UP')
  await expect(card).toHaveAttribute('data-masked', 'false')
  await screenshot(page, 'eldercare-alert-detail')
  await expectAccessible(page, 'alert detail')

  await takeStep(page, 'close')
  await expect(page.locator('[data-test=alert-status]')).toHaveAttribute('data-status', 'CLOSED')
  const timeline = page.locator('[data-test=timeline]')
  for (const action of ['RAISED', 'ACKNOWLEDGED', 'CALL', 'ON_SITE', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED']) {
    await expect(timeline.locator(`[data-action=${action}]`).first()).toContainText(action === 'RAISED' ? '系统' : users.linpingOperator)
  }
  await expect(card).toHaveAttribute('data-masked', 'true')
  await expect(page.locator('[data-test^=action-]')).toHaveCount(0)

  await page.locator('a', { hasText: '返回告警台' }).click()
  await expect(page.locator('[data-test=alert-table] tbody tr', { hasText: serial })).toHaveCount(0)
})

test('after the live connection drops, the console catches up on the alert it missed', async ({ page, baseURL }) => {
  test.setTimeout(120_000)
  const serial = await freeHousehold(baseURL!)
  let live: WebSocketRoute | null = null
  let blocked = false
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (blocked) {
      ws.close({ code: 1011, reason: 'network down (test)' })
      return
    }
    ws.connectToServer()
    live = ws
  })
  await loginAs(page, users.linpingOperator, '/eldercare')
  const state = page.locator('[data-test=console-live]')
  await expect(state).toHaveAttribute('data-state', 'connected')

  blocked = true
  await live!.close({ code: 1006, reason: 'network down (test)' })
  await expect(state).toHaveAttribute('data-state', 'reconnecting')
  await pressPanic(serial)
  await expect(async () => {
    const data = await graphqlAs<{ alerts: { nodes: { device: { serial: string } | null }[] } }>(
      baseURL!, users.linpingOperator, `{ alerts(first: 100, filter: { kinds: [PANIC], statuses: [RAISED] }) { nodes { device { serial } } } }`)
    expect(data.alerts.nodes.map((a) => a.device?.serial)).toContain(serial)
  }).toPass({ timeout: 20_000 })
  const row = page.locator('[data-test=alert-table] tbody tr', { hasText: serial })
  await expect(row).toHaveCount(0)

  blocked = false
  await expect(state).toHaveAttribute('data-state', 'connected', { timeout: 40_000 })
  await expect(row).toBeVisible()
  await expect(row.locator('[data-test=fresh]')).toBeVisible()
  await expect(page.locator('.el-message')).toContainText(/补回 [1-9]\d* 条/)

  await row.locator('[data-test=acknowledge]').click()
  await expect(page).toHaveURL(/\/eldercare\/alerts\//)
  await takeStep(page, 'resolve', async () => {
    await page.locator('[data-test=resolve-outcome]').getByText('误报').click()
  })
  await takeStep(page, 'close')
  await expect(page.locator('[data-test=alert-status]')).toHaveAttribute('data-status', 'CLOSED')
})

test('an operator reads elders with masked contacts and their kits, and starts and ends a visit mode', async ({ page }) => {
  await loginAs(page, users.linpingOperator, '/eldercare/elders')
  const table = page.locator('[data-test=elder-table]')
  await expect(table.locator('tbody tr').first()).toBeVisible()
  await expect(table.locator('tbody tr').first()).toContainText('138****')
  await table.locator('tbody tr').first().locator('.el-table__expand-icon').click()
  await expect(page.locator('[data-test=device-table]').first()).toBeVisible()
  await screenshot(page, 'eldercare-elders')
  await expectAccessible(page, 'elders and devices')

  const row = table.locator('tbody tr', { has: page.locator('[data-test=start-visit]') }).last()
  const phone = (await row.locator('td').nth(4).innerText()).trim()
  const mine = table.locator('tbody tr', { hasText: phone })
  await row.locator('[data-test=start-visit]').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('原因').fill(`e2e 探访 ${Date.now()}`)
  await dialog.getByRole('button', { name: '确定' }).click()
  await expect(mine.locator('[data-test=end-visit]')).toBeVisible()
  await expect(mine).toContainText('探访中')

  await mine.locator('[data-test=end-visit]').click()
  await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click()
  await expect(mine.locator('[data-test=start-visit]')).toBeVisible()
})

test('an operator reads the service KPIs', async ({ page }) => {
  await loginAs(page, users.linpingOperator, '/eldercare/kpis')
  await expect(page.locator('[data-test=kpi-cards]')).toBeVisible()
  await expect(page.locator('[role=img]').first()).toBeVisible()
  await screenshot(page, 'eldercare-kpis')
  await expectAccessible(page, 'service KPIs')
})

test('a grid worker on the phone hears an alert of his grid\'s elder arrive live and answers it first', async ({ browser, baseURL }) => {
  test.setTimeout(180_000)
  const stamp = Date.now() % 1_000_000
  const grids = await graphqlAs<{ grids: { nodes: { id: string; code: string }[] } }>(baseURL!, users.platformAdmin,
    `{ grids(first: 100, filter: { within: "330522100200" }) { nodes { id code } } }`)
  const grid = grids.grids.nodes.find((g) => g.code === '330522100200-01')!
  const name = `网格老人${stamp}`
  const registered = await graphqlAs<{ registerElder: { elder: { id: string } } }>(baseURL!, users.platformAdmin,
    `mutation($input: RegisterElderInput!) { registerElder(input: $input) { elder { id } } }`,
    { input: { villageCode: '330522100200', name, gender: 'FEMALE', birthDate: '1938-05-06', phone: '13900001234',
      livingSituation: 'ALONE', riskLevel: 'HIGH', gridId: grid.id,
      callTree: [{ relation: 'FAMILY', name: '女儿', phone: '13900005678' }] } })
  const serial = `E2E-GRID-${stamp}-P`
  await graphqlAs(baseURL!, users.platformAdmin,
    `mutation($input: RegisterDeviceInput!) { registerDevice(input: $input) { device { id } } }`,
    { input: { elderId: registered.registerElder.elder.id, serial, type: 'PANIC_BUTTON' } })

  const context = await browser.newContext({
    baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
  })
  const page = await context.newPage()
  await loginAs(page, users.xuYanliang, '/eldercare')
  await expect(page.locator('[data-test=console-live]')).toHaveAttribute('data-state', 'connected')
  await expect(page.locator('[data-test=alert-cards]')).toBeVisible()
  await expect(page.locator('[data-test=alert-table]')).toHaveCount(0)

  await pressPanic(serial)
  const card = page.locator('[data-test=alert-card]', { hasText: name })
  await expect(card).toBeVisible({ timeout: 20_000 })
  await expect(card).toHaveAttribute('data-level', 'GRID')
  await expect(card).toContainText('紧急呼叫')
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await expectAccessible(page, 'grid worker alert list on a phone')
  await screenshot(page, 'eldercare-grid-alerts-phone')

  await card.locator('[data-test=acknowledge]').click()
  await expect(page).toHaveURL(/\/eldercare\/alerts\//)
  await expect(page.locator('[data-test=alert-status]')).toHaveAttribute('data-status', 'ACKNOWLEDGED')
  await expect(page.locator('[data-test=assignee]')).toHaveText(users.xuYanliang)
  await expect(page.locator('[data-test=elder-phone]')).toHaveText('13900001234')
  await expect(page.locator('[data-test=elder-grid]')).toContainText('330522100200-01')
  await expect(page.locator('[data-test=escalated-notice]')).toHaveCount(0)
  await takeStep(page, 'onSite')
  await expect(page.locator('[data-test=alert-status]')).toHaveAttribute('data-status', 'ON_SITE')
  await page.locator('[data-test=action-call]').waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  expect(await page.locator('.detail').evaluate((el) => el.scrollWidth - el.clientWidth), 'the detail fits the phone').toBeLessThanOrEqual(0)
  await expect(page.locator('.el-message')).toHaveCount(0, { timeout: 10_000 })
  await page.locator('[data-test=alert-status]').scrollIntoViewIfNeeded()
  await screenshot(page, 'eldercare-grid-alert-detail-phone')

  await page.locator('.menu-toggle').click()
  await expect(page.locator('.nav-drawer .el-menu-item')).toHaveText(['告警台', '上报事项', '我的事项'])
  await context.close()
})
