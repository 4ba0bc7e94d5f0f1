import { expect, test } from '@playwright/test'
import { expectAccessible, graphqlAs, png, screenshot, tokenOf, users } from './support'

const SHANGSHU = '330523200200'

/** The first day of the current month in the county's calendar: a half-month period that has begun. */
function monthStart(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  return `${today.slice(0, 8)}01`
}

interface Created { createProject: { project: { id: string; version: number } } }

async function createProject(baseURL: string, name: string, published: boolean) {
  const data = await graphqlAs<Created>(baseURL, users.anjiAdmin, `
    mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id version } } }`, {
    input: {
      name, category: 'CULTURE_TOURISM', owner: '上墅村股份经济合作社', ownerRegionCode: SHANGSHU, published,
      funding: [{ source: 'COUNTY_FINANCE', budget: '1200000.00' }, { source: 'VILLAGE_COLLECTIVE', budget: '300000.00' }],
    },
  })
  return data.createProject.project
}

/** A published project under way with money moved and a progress report, and one kept unpublished. */
async function setUp(baseURL: string, stamp: number) {
  const published = `文化礼堂提升-${stamp}`
  const hidden = `未公开项目-${stamp}`
  const start = monthStart()
  const project = await createProject(baseURL, published, true)
  await createProject(baseURL, hidden, false)
  await graphqlAs(baseURL, users.anjiAdmin, `
    mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { project { id } } }`, {
    input: { id: project.id, version: project.version, to: 'IN_PROGRESS', date: start },
  })
  const move = `mutation($input: RecordFundMovementInput!) { recordFundMovement(input: $input) { movement { amount } } }`
  await graphqlAs(baseURL, users.anjiAdmin, move, {
    input: { projectId: project.id, kind: 'DISBURSEMENT', source: 'COUNTY_FINANCE', amount: '600000.00', movedOn: start,
      payeeKind: 'ORGANISATION', payee: '上墅村股份经济合作社', voucherNo: `BF-${stamp}` },
  })
  await graphqlAs(baseURL, users.anjiAdmin, move, {
    input: { projectId: project.id, kind: 'PAYMENT', source: 'COUNTY_FINANCE', amount: '240000.00', movedOn: start,
      payeeKind: 'PERSON', payee: '王建国', voucherNo: `ZF-${stamp}` },
  })
  const { submitProgressReport } = await graphqlAs<{ submitProgressReport: { report: { id: string } } }>(baseURL, users.anjiAdmin, `
    mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { report { id } } }`, {
    input: { projectId: project.id, periodStart: start, percentDone: 35, moneySpent: '240000.00',
      narrative: `礼堂屋面翻修完成，正在铺设地面（${stamp}）` },
  })
  const photo = new FormData()
  photo.append('file', new Blob([new Uint8Array(png())], { type: 'image/png' }), 'roof.png')
  const upload = await fetch(new URL(`files/reports/${submitProgressReport.report.id}/evidence`, baseURL), {
    method: 'POST', headers: { Authorization: `Bearer ${await tokenOf(users.anjiAdmin)}` }, body: photo,
  })
  expect(upload.ok, `evidence upload: ${upload.status}`).toBe(true)
  return { id: project.id, published, hidden, stamp }
}

/** Withdraws the test project from the public page again, so runs do not pile up on 上墅村's page. */
async function withdraw(baseURL: string, id: string) {
  const { project } = await graphqlAs<{ project: { version: number } }>(baseURL, users.anjiAdmin,
    `query($id: ID!) { project(id: $id) { version } }`, { id })
  await graphqlAs(baseURL, users.anjiAdmin,
    `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }`,
    { input: { id, version: project.version, published: false } })
}

test.describe('the public village page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('shows 上墅村’s published projects, their money and progress, logged out, without a login prompt', async ({ page, baseURL }) => {
    const { id, published, hidden, stamp } = await setUp(baseURL!, Date.now())
    try {
      const keycloak: string[] = []
      page.on('request', (r) => {
        if (r.url().includes('/protocol/openid-connect/auth') && !r.url().includes('prompt=none')) keycloak.push(r.url())
      })

      await page.goto(`/public/${SHANGSHU}`)
      await expect(page.locator('[data-test="village-name"]')).toHaveText('上墅村')
      await expect(page.getByText('安吉县 · 上墅乡')).toBeVisible()
      const card = page.locator('[data-test="public-project"]').filter({ hasText: published })
      await expect(card).toBeVisible()
      await expect(card).toContainText('在建')
      await expect(card).toContainText('¥150万')
      await expect(card).toContainText('¥60万')
      await expect(card).toContainText('¥24万')
      await expect(card.locator('[data-test="public-report"]')).toContainText(String(stamp))
      // the site photo loads for the public, without a token
      const photo = card.locator('[data-test="public-photos"] img')
      await expect(photo).toHaveCount(1)
      await photo.scrollIntoViewIfNeeded()
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(48)
      await expect(page.getByText(hidden)).toHaveCount(0)
      await expect(page.getByText('王建国')).toHaveCount(0)

      await expect(page).toHaveURL(new RegExp(`/public/${SHANGSHU}$`))
      await expect(page.getByRole('button', { name: '登录' })).toHaveCount(0)
      await expect(page.locator('#username')).toHaveCount(0)
      expect(keycloak, 'no interactive sign-in was started').toEqual([])
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, 'nothing wider than the phone').toBeLessThanOrEqual(390)

      await card.getByRole('button', { name: '资金来源明细' }).click()
      await expect(card.getByRole('row', { name: /县级财政/ })).toBeVisible()
      await expectAccessible(page, 'public village page (phone)')
      await screenshot(page, 'disclosure-village-phone')
    } finally {
      await withdraw(baseURL!, id)
    }
  })

  test('a village code that does not exist shows a friendly page', async ({ page }) => {
    await page.goto('/public/330523200999')
    await expect(page.locator('[data-test="disclosure-not-found"]')).toContainText('没有找到这个村的公开页面')
    await expect(page.locator('#username')).toHaveCount(0)
    await expectAccessible(page, 'public village page, not found')
    await screenshot(page, 'disclosure-not-found-phone')
  })
})

test('the public village page on a desktop screen', async ({ page }) => {
  await page.goto(`/public/${SHANGSHU}`)
  await expect(page.locator('[data-test="village-name"]')).toHaveText('上墅村')
  await expect(page.locator('[data-test="public-project"]').first()).toBeVisible()
  await expectAccessible(page, 'public village page (desktop)')
  await screenshot(page, 'disclosure-village-desktop')
})
