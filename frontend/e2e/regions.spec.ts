import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, graphqlAs, loginAs, screenshot, users } from './support'

const SHANGSHU_VILLAGE = '330523200200'
const byTest = (page: Page, id: string) => page.locator(`[data-test="${id}"]`)
const block = (page: Page, name: string) => page.locator(`[data-block="${name}"]`)

/** Illustrative collective income of 上墅村, recorded where a year is still missing (others may have recorded it). */
const INCOME: Record<number, string> = { 2021: '1520000.00', 2022: '1786500.00', 2023: '2013000.00', 2024: '2244000.00' }
const PROJECT = `E2E 上墅村文化礼堂修缮 ${Date.now()}`
let projectId = ''

test.beforeAll(async ({ baseURL }) => {
  const data = await graphqlAs<{ region: { id: string; collectiveIncome: { year: number }[] } }>(
    baseURL!, users.anjiAdmin,
    'query($code: String!) { region(code: $code) { id collectiveIncome { year } } }', { code: SHANGSHU_VILLAGE },
  )
  const recorded = new Set(data.region.collectiveIncome.map((i) => i.year))
  for (const [year, amount] of Object.entries(INCOME)) {
    if (recorded.has(Number(year))) continue
    await graphqlAs(baseURL!, users.anjiAdmin,
      'mutation($input: RecordCollectiveIncomeInput!) { recordCollectiveIncome(input: $input) { income { year } } }',
      { input: { villageId: data.region.id, year: Number(year), amount } })
  }
  const created = await graphqlAs<{ createProject: { project: { id: string } } }>(baseURL!, users.anjiAdmin,
    'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
    { input: {
      name: PROJECT, category: 'CULTURE_TOURISM', owner: '上墅村村民委员会', ownerRegionCode: SHANGSHU_VILLAGE,
      funding: [{ source: 'COUNTY_FINANCE', budget: '300000.00' }],
    } })
  projectId = created.createProject.project.id
})

test('a county admin walks the region tree of their county and searches it by name', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, '/regions')
  const tree = byTest(page, 'region-tree')
  await expect(tree.locator('[data-code="330523"]')).toContainText('安吉县')
  const township = tree.locator('[data-code="330523200"]')
  await expect(township).toContainText('上墅乡')
  await expect(township).toContainText('非官方代码')
  await expect(tree).not.toContainText('德清县')
  await township.locator('xpath=ancestor::div[contains(@class, "el-tree-node__content")]').locator('.el-tree-node__expand-icon').click()
  await expect(tree.locator(`[data-code="${SHANGSHU_VILLAGE}"]`)).toContainText('上墅村')
  await expect(tree.locator(`[data-code="${SHANGSHU_VILLAGE}"]`)).toContainText('人口 2,822')
  await expectAccessible(page, 'region tree')
  await screenshot(page, 'regions-tree')

  await page.getByRole('textbox', { name: '按名称搜索区划' }).fill('上墅')
  const results = byTest(page, 'region-results')
  await expect(results).toContainText('上墅乡')
  await expect(results).toContainText('上墅村')
  await results.getByRole('link', { name: '上墅村' }).click()
  await expect(page).toHaveURL(new RegExp(`/regions/${SHANGSHU_VILLAGE}$`))
  await expect(byTest(page, 'region-name')).toHaveText('上墅村')
})

test('the village profile of 上墅村 shows its facts, collective income, projects and elders at risk', async ({ page }) => {
  await loginAs(page, users.shangshuAdmin, `/regions/${SHANGSHU_VILLAGE}`)
  await expect(byTest(page, 'region-name')).toHaveText('上墅村')
  await expect(block(page, 'facts')).toContainText('非官方代码')
  await expect(byTest(page, 'population')).toHaveText('2,822')
  await expect(byTest(page, 'households')).toHaveText('1,007')

  const income = block(page, 'income')
  await expect(income.locator('canvas')).toBeVisible()
  await expect(income).toContainText('2024')
  await expect(income).toContainText('¥')

  const projects = byTest(page, 'region-projects')
  const project = projects.getByRole('link', { name: PROJECT })
  await expect(project).toBeVisible()
  await expect(project).toHaveAttribute('href', `/projects/${encodeURIComponent(projectId)}`)
  await expect(block(page, 'elders')).toBeVisible()
  await expect(byTest(page, 'public-link')).toHaveAttribute('href', `/public/${SHANGSHU_VILLAGE}`)
  await expectAccessible(page, 'village profile')
  await screenshot(page, 'regions-village-profile')
})

test('a township profile lists its villages', async ({ page }) => {
  await loginAs(page, users.shangshuAdmin, '/regions/330523200')
  await expect(byTest(page, 'region-name')).toHaveText('上墅乡')
  const villages = byTest(page, 'region-children')
  await expect(villages.getByRole('link', { name: '上墅村' })).toHaveAttribute('href', `/regions/${SHANGSHU_VILLAGE}`)
  await expect(byTest(page, 'public-link')).toHaveCount(0)
  await expectAccessible(page, 'township profile')
  await screenshot(page, 'regions-township-profile')
})

test('a supervisor reads the profile without elder care, and a unit outside the scope does not exist', async ({ page }) => {
  await loginAs(page, users.anjiSupervisor, `/regions/${SHANGSHU_VILLAGE}`)
  await expect(byTest(page, 'region-name')).toHaveText('上墅村')
  await expect(block(page, 'projects')).toBeVisible()
  await expect(block(page, 'elders')).toHaveCount(0)
  await page.goto('/regions/330521')
  await expect(page.getByText('未找到，或不在您的管辖范围内')).toBeVisible()
})

test('an elder-care operator is not offered the regions views', async ({ page }) => {
  await loginAs(page, users.linpingOperator, '/regions')
  await expect(page).toHaveURL(/\/forbidden/)
})
