import { expect, test } from '@playwright/test'
import { expectAccessible, graphqlAs, loginAs, screenshot, users } from './support'

// Talents beyond the registry: the public hall of 上墅乡 (乡贤馆) on a phone, and an official who
// logs a visit and moves an investment on. Rows get unique names; the hall's test talent withdraws
// its consent afterwards, so runs do not pile up in 上墅乡's hall.

const baseURL = process.env.XIANGLI_E2E_BASE_URL ?? 'http://127.0.0.1:8080'
const SHANGSHU_TOWNSHIP = '330523200'
const SHANGSHU_VILLAGE = '330523200200'
const unique = Date.now().toString(36).slice(-5)

interface Registered { registerTalent: { talent: { id: string; version: number } } }

async function registerTalent(name: string, scope: string[], extra: Record<string, unknown> = {}) {
  const data = await graphqlAs<Registered>(baseURL, users.anjiAdmin, `
    mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id version } } }`, {
    input: {
      name, gender: 'FEMALE', hometownCode: SHANGSHU_VILLAGE, whereabouts: 'RETURNED', category: 'YOUNG_ENTREPRENEUR',
      industry: '民宿', organisation: '上墅竹林民宿', phone: scope.includes('CONTACT') ? '13800000277' : null,
      consent: { givenOn: '2025-03-01', scope }, notes: `私下备注${unique}`, ...extra,
    },
  })
  return data.registerTalent.talent
}

async function record(input: Record<string, unknown>): Promise<string> {
  const data = await graphqlAs<{ recordTalentContribution: { contribution: { id: string } } }>(baseURL, users.anjiAdmin, `
    mutation($input: RecordTalentContributionInput!) { recordTalentContribution(input: $input) { contribution { id } } }`, { input })
  return data.recordTalentContribution.contribution.id
}

async function withdrawPublicity(id: string) {
  const { node } = await graphqlAs<{ node: { version: number } }>(baseURL, users.anjiAdmin,
    `query($id: ID!) { node(id: $id) { ... on Talent { version } } }`, { id })
  await graphqlAs(baseURL, users.anjiAdmin, `
    mutation($input: WithdrawTalentConsentInput!) { withdrawTalentConsent(input: $input) { talent { id } } }`,
  { input: { id, version: node.version, scopes: ['PUBLICITY'] } })
}

test.describe('the public hall of returned talents on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('shows 上墅乡’s consented talents with their introduction and what they brought, nothing personal, logged out', async ({ page }) => {
    const shown = `沈雅琴${unique}`
    const hidden = `未公开乡贤${unique}`
    const talent = await registerTalent(shown, ['REGISTRY', 'CONTACT', 'PUBLICITY'], {
      publicIntroduction: '2019年回到上墅村，把老屋改成竹林民宿，带着邻居一起做农家餐饮。',
    })
    await record({ talentId: talent.id, kind: 'INVESTMENT', occurredOn: '2025-04-01', pledgedAmount: '1800000.00',
      realisedAmount: '1200000.00', jobsCreated: 12, description: `私下约定${unique}` })
    await record({ talentId: talent.id, kind: 'DONATION', occurredOn: '2025-06-01', donatedAmount: '30000.00', purpose: '村文化礼堂' })
    await registerTalent(hidden, ['REGISTRY', 'CONTACT'])
    try {
      const keycloak: string[] = []
      page.on('request', (r) => {
        if (r.url().includes('/protocol/openid-connect/auth') && !r.url().includes('prompt=none')) keycloak.push(r.url())
      })
      // from the village page, as a villager would come
      await page.goto(`/public/${SHANGSHU_VILLAGE}`)
      await page.locator('[data-test="hall-link"]').click()
      await expect(page).toHaveURL(new RegExp(`/public/hall/${SHANGSHU_TOWNSHIP}$`))
      await expect(page.locator('[data-test="hall-title"]')).toHaveText('上墅乡乡贤馆')
      const card = page.locator('[data-test="hall-talent"]').filter({ hasText: shown })
      await expect(card).toContainText('把老屋改成竹林民宿')
      await expect(card).toContainText('上墅村')
      await expect(card).toContainText('¥120万')
      await expect(card).toContainText('¥3万')
      await expect(card).toContainText('12 人')
      await expect(page.locator('[data-test="hall-talent"]').filter({ hasText: '戴勋' })).toContainText('大麓书院')
      await expect(page.getByText(hidden)).toHaveCount(0)
      for (const secret of ['13800000277', `私下备注${unique}`, `私下约定${unique}`, '上墅竹林民宿']) {
        await expect(page.getByText(secret)).toHaveCount(0)
      }
      await expect(page.locator('#username')).toHaveCount(0)
      expect(keycloak, 'no interactive sign-in was started').toEqual([])
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, 'nothing wider than the phone').toBeLessThanOrEqual(390)
      await expectAccessible(page, 'public talent hall (phone)')
      await screenshot(page, 'talent-hall-phone')
    } finally {
      await withdrawPublicity(talent.id)
    }
    // withdrawn: gone at once
    await page.reload()
    await expect(page.locator('[data-test="hall-title"]')).toHaveText('上墅乡乡贤馆')
    await expect(page.getByText(shown)).toHaveCount(0)
  })

  test('a code that names no township shows a friendly page', async ({ page }) => {
    await page.goto('/public/hall/330523999')
    await expect(page.locator('[data-test="hall-not-found"]')).toContainText('没有找到这个乡镇的乡贤馆')
    await expectAccessible(page, 'public talent hall, not found')
  })
})

test('an official logs a visit and moves an investment on to its next stage', async ({ page }) => {
  const name = `走访乡贤${unique}`
  const talent = await registerTalent(name, ['REGISTRY', 'CONTACT'])
  await record({ talentId: talent.id, kind: 'INVESTMENT', occurredOn: '2025-04-01', pledgedAmount: '2600000.00',
    projectName: `竹林民宿扩建${unique}` })
  await graphqlAs(baseURL, users.shangshuAdmin, `
    mutation($input: ScheduleTalentVisitsInput!) { scheduleTalentVisits(input: $input) { schedule { id } } }`,
  { input: { talentId: talent.id, visitorRole: 'LIAISON_LEADER', visitorName: '上墅乡联络领导', everyDays: 60 } })

  await loginAs(page, users.shangshuAdmin, `/talents/${encodeURIComponent(talent.id)}`)
  const visits = page.locator('[data-test="talent-visits"]')
  await expect(visits.locator('[data-test="visit-schedules"]')).toContainText('联络领导')
  await expect(visits.locator('[data-test="visit-schedules"]')).toContainText('每 60 天')

  // log a visit that needs doing
  await visits.locator('[data-test="visit-open"]').click()
  const form = page.locator('[data-test="visit-form"]')
  await form.locator('[data-test="visit-role"]').click()
  await page.getByRole('option', { name: '联络领导' }).click()
  await expect(form.getByRole('textbox', { name: '走访人' })).toHaveValue('上墅乡联络领导')
  await form.getByRole('textbox', { name: '乡贤诉求' }).fill(`民宿旺季需要协调临时停车位${unique}`)
  await form.getByText('需要办理', { exact: true }).click()
  await form.locator('[data-test="visit-submit"]').click()
  await expect(page.getByText('走访已登记')).toBeVisible()
  const log = visits.locator('[data-test="visit-log"]')
  await expect(log).toContainText(`民宿旺季需要协调临时停车位${unique}`)
  await expect(log).toContainText('待办')
  await expect(visits.locator('[data-test="visit-schedules"]')).toContainText('按期')

  // move the signed investment on: landed today, with money arriving
  const stages = page.locator('[data-test="investment-stages"]')
  await expect(stages.locator('[data-test="investment-stage"]')).toHaveText('签约')
  await stages.locator('[data-test="advance-open"]').click()
  const advance = page.locator('[data-test="advance-form"]')
  await advance.getByRole('textbox', { name: '目前到位金额（元）' }).fill('800000')
  await advance.locator('[data-test="advance-submit"]').click()
  await expect(page.getByText('已推进到“落地”')).toBeVisible()
  await expect(stages.locator('[data-test="investment-stage"]')).toHaveText('落地')
  await expect(stages.locator('[data-test="advance-open"]')).toContainText('投产')
  await expectAccessible(page, 'talent profile with visits and investment stages')
  await screenshot(page, 'talent-visits-and-pipeline')
  await visits.scrollIntoViewIfNeeded()
  await screenshot(page, 'talent-visits-card')

  // the talents view sums the pipeline by stage
  await page.goto(`/talents?region=${SHANGSHU_TOWNSHIP}`)
  const pipeline = page.locator('[data-test="pipeline-stages"]')
  await expect(pipeline.locator('[data-stage="LANDED"]')).toBeVisible()
  await expect(pipeline.locator('[data-stage="SIGNED"]')).toBeVisible()
  await screenshot(page, 'talents-pipeline-summary')
})
