import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { expectAccessible, graphqlAs, loginAs, png, screenshot, users } from './support'

const BASE = process.env.XIANGLI_E2E_BASE_URL ?? 'http://127.0.0.1:8080'
/** 李家巷镇, Changxing: where 许炎良 patrols. */
const LIJIAXIANG = { latitude: 30.9712, longitude: 119.8437 }

async function phone(browser: Browser, position?: { latitude: number; longitude: number }) {
  const context = await browser.newContext({
    baseURL: BASE, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
    ...(position ? { geolocation: position, permissions: ['geolocation'] } : {}),
  })
  return { context, page: await context.newPage() }
}

async function desktop(browser: Browser) {
  const context = await browser.newContext({ baseURL: BASE, viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  return { context, page: await context.newPage() }
}

async function expectNoSideScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

async function photo(page: Page, name: string): Promise<void> {
  const previews = page.locator('[data-test=photo-preview]')
  const before = await previews.count()
  await page.locator('[data-test=photo-input]').setInputFiles({ name, mimeType: 'image/png', buffer: png(64, 48) })
  await expect(previews).toHaveCount(before + 1)
}

/** Takes a step offered inside `scope` (a matter's card or detail) through its dialog. */
async function step(page: Page, scope: Locator, action: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
  await scope.locator(`[data-test=action-${action}]`).click()
  const dialog = page.locator('.el-dialog[data-test=matter-step-dialog]')
  await expect(dialog).toBeVisible()
  await fill?.(dialog)
  await dialog.locator('[data-test=step-submit]').click()
  await expect(dialog).toBeHidden()
}

test('a grid worker reports from the phone, the command centre sees it live, dispatches it, the worker works it and the centre closes it', async ({ browser }) => {
  test.setTimeout(240_000)
  const title = `e2e 河道漂浮垃圾 ${Date.now() % 1_000_000}`

  const centre = await desktop(browser)
  await loginAs(centre.page, users.lijiaxiangCentre, '/matters')
  await expect(centre.page.locator('[data-test=console-live]')).toHaveAttribute('data-state', 'connected')
  await expect(centre.page.locator('[data-test=matter-kpis]')).toBeVisible()
  await expect(centre.page.locator('[data-test=matter-table]')).toBeVisible()

  const worker = await phone(browser, LIJIAXIANG)
  await loginAs(worker.page, users.xuYanliang, '/')
  await expect(worker.page).toHaveURL(/\/matters\/report$/)
  await worker.page.locator('.menu-toggle').click()
  await expect(worker.page.locator('.nav-drawer .el-menu-item')).toHaveText(['告警台', '上报事项', '我的事项'])
  await worker.page.keyboard.press('Escape')
  await expect(worker.page.locator('.nav-drawer .el-menu-item').first()).toBeHidden()

  const form = worker.page.locator('[data-test=report-form]')
  await expect(worker.page.locator('[data-test=photo-input]')).toHaveAttribute('capture', 'environment')
  await expect(worker.page.locator('[data-test=photo-input]')).toHaveAttribute('accept', 'image/*')
  await form.locator('[data-kind=ENVIRONMENT]').click()
  await worker.page.locator('[data-test=report-title]').fill(title)
  await worker.page.locator('[data-test=report-description]').fill('二号桥下游约 50 米，塑料瓶和泡沫聚集')
  await photo(worker.page, 'river.png')
  await worker.page.locator('[data-test=locate]').click()
  await expect(worker.page.locator('[data-test=position]')).toHaveAttribute('data-state', 'located')
  await expectNoSideScroll(worker.page)
  await expectAccessible(worker.page, 'report form on a phone')
  await screenshot(worker.page, 'governance-report-phone')

  await worker.page.locator('[data-test=report-submit]').click()
  const number = (await worker.page.locator('[data-test=ledger-number]').innerText()).trim()
  expect(number).toMatch(/^[A-Z]+-\d{4}-\d+$/)

  // 我的事项 is live: the worker waits there, and what the centre dispatches to them arrives without a reload
  await worker.page.locator('[data-test=to-my-matters]').click()
  await expect(worker.page.locator('[data-test=console-live]')).toHaveAttribute('data-state', 'connected')
  await worker.page.locator('[data-test=my-views] .el-radio-button', { hasText: '我上报的' }).click()
  await expect(worker.page.locator(`[data-test=my-matter][data-number="${number}"]`)).toBeVisible()
  await worker.page.locator('[data-test=my-views] .el-radio-button').first().click()
  await expect(worker.page.locator(`[data-test=my-matter][data-number="${number}"]`)).toHaveCount(0)

  const row = centre.page.locator('[data-test=matter-table] tbody tr', { hasText: number })
  await expect(row).toBeVisible({ timeout: 20_000 })
  await expect(row.locator('[data-test=fresh]')).toBeVisible()
  await expect(row).toContainText(title)
  await expect(row.locator('[data-test=matter-status]')).toHaveAttribute('data-status', 'REPORTED')
  await expect(centre.page.locator('[data-test=announcement]')).toContainText(title)
  await screenshot(centre.page, 'governance-board')
  await expectAccessible(centre.page, 'command centre board')

  await row.locator('[data-test=open-matter]').click()
  const detail = centre.page.locator('[data-test=matter-detail]')
  await expect(detail).toHaveAttribute('data-status', 'REPORTED')
  await expect(detail.locator('[data-test=evidence-image]')).toHaveCount(1)
  await step(centre.page, detail, 'dispatch', async (dialog) => {
    await dialog.locator('[data-test=owner-worker]').click()
    await centre.page.keyboard.type(users.xuYanliang)
    await centre.page.keyboard.press('Enter')
    await dialog.locator('[data-test=step-note]').fill('请今日内清理')
  })
  await expect(detail).toHaveAttribute('data-status', 'DISPATCHED')
  await expect(detail.locator('[data-test=deadline]')).toHaveAttribute('data-state', /running|soon/)
  await expect(row.locator('[data-test=matter-status]')).toHaveAttribute('data-status', 'DISPATCHED')
  await screenshot(centre.page, 'governance-matter-detail')
  await expectAccessible(centre.page, 'matter detail drawer')
  await centre.page.keyboard.press('Escape')

  const card = worker.page.locator(`[data-test=my-matter][data-number="${number}"]`)
  await expect(card).toBeVisible()
  await step(worker.page, card, 'accept')
  await expect(card.locator('[data-test=matter-status]')).toHaveAttribute('data-status', 'IN_HAND')
  await step(worker.page, card, 'complete', async (dialog) => {
    await dialog.locator('[data-test=step-resolution]').fill('已打捞清理，约两袋')
    await photo(worker.page, 'cleaned.png')
  })
  await expect(card.locator('[data-test=matter-status]')).toHaveAttribute('data-status', 'DONE')
  await expectNoSideScroll(worker.page)
  await expectAccessible(worker.page, 'my matters on a phone')
  await screenshot(worker.page, 'governance-my-matters-phone')

  await expect(row.locator('[data-test=matter-status]')).toHaveAttribute('data-status', 'DONE', { timeout: 20_000 })
  await row.locator('[data-test=open-matter]').click()
  await expect(detail).toHaveAttribute('data-status', 'DONE')
  await expect(detail.locator('[data-test=evidence-image]')).toHaveCount(2)
  await step(centre.page, detail, 'confirm')
  await expect(detail).toHaveAttribute('data-status', 'CLOSED')
  const timeline = detail.locator('[data-test=matter-timeline]')
  for (const action of ['REPORTED', 'DISPATCHED', 'ACCEPTED', 'COMPLETED', 'CONFIRMED']) {
    await expect(timeline.locator(`[data-action=${action}]`)).toHaveCount(1)
  }
  await expect(timeline.locator('[data-action=CONFIRMED]')).toContainText(users.lijiaxiangCentre)
  await expect(detail.locator('[data-test^=action-]')).toHaveCount(0)
  await centre.page.keyboard.press('Escape')
  await expect(row).toHaveCount(0)

  await worker.context.close()
  await centre.context.close()
})

test('a grid worker fixes a matter on the spot: the form wants a photo and what was done, and the matter is closed at once', async ({ browser }) => {
  const worker = await phone(browser)
  await loginAs(worker.page, users.shangshuGrid, '/matters/report')
  const title = `e2e 路灯杆松动 ${Date.now() % 1_000_000}`
  await worker.page.locator('[data-kind=INFRASTRUCTURE]').click()
  await worker.page.locator('[data-test=report-title]').fill(title)
  await worker.page.locator('[data-test=fixed-on-spot]').click()
  await worker.page.locator('[data-test=report-submit]').click()
  await expect(worker.page.locator('[data-test=photo-error]')).toHaveText('就地解决需至少附一张照片')
  await expect(worker.page.getByText('就地解决需说明处理结果')).toBeVisible()
  await expect(worker.page.locator('[data-test=report-done]')).toHaveCount(0)
  await screenshot(worker.page, 'governance-report-fixed-errors-phone')

  await photo(worker.page, 'pole.png')
  await worker.page.locator('[data-test=report-resolution]').fill('已紧固底座螺栓')
  await expectNoSideScroll(worker.page)
  await worker.page.locator('[data-test=report-submit]').click()
  await expect(worker.page.locator('[data-test=report-done]')).toContainText('已就地解决并销号')
  const number = (await worker.page.locator('[data-test=ledger-number]').innerText()).trim()
  await expectAccessible(worker.page, 'report done on a phone')

  const data = await graphqlAs<{ matters: { nodes: { number: string; status: string; photos: { id: string }[] }[] } }>(
    BASE, users.shangshuCentre,
    `query($me: String!) { matters(first: 20, filter: { reportedBy: $me, statuses: [CLOSED] }, orderBy: NEWEST) { nodes { number status photos { id } } } }`,
    { me: users.shangshuGrid },
  )
  const closed = data.matters.nodes.find((m) => m.number === number)
  expect(closed).toMatchObject({ status: 'CLOSED' })
  expect(closed!.photos).toHaveLength(1)
  await worker.context.close()
})

test('a village’s profile shows its grids with their workers and open matters', async ({ page }) => {
  await loginAs(page, users.shangshuAdmin, '/regions/330523200200')
  const grids = page.locator('[data-block=grids]')
  await expect(grids.locator('[data-test=region-grids] tbody tr').first()).toBeVisible()
  await expect(grids).toContainText('网格')
  await expectAccessible(page, 'region profile with grids')
  await screenshot(page, 'governance-region-grids')
})
