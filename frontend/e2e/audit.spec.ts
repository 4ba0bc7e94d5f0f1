import { expect, test } from '@playwright/test'
import { expectAccessible, graphqlAs, loginAs, screenshot, users } from './support'

const DUKOUXI = '330523100200'

interface RegionRead { region: { id: string; version: number; population: number | null } }

/** A county admin changes a village's population: one UPDATE entry in the audit log. */
async function changePopulation(baseURL: string) {
  const { region } = await graphqlAs<RegionRead>(baseURL, users.anjiAdmin,
    `query($code: String!) { region(code: $code) { id version population } }`, { code: DUKOUXI })
  const before = region.population ?? 1600
  const after = before + 1
  await graphqlAs(baseURL, users.anjiAdmin,
    `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { region { version } } }`,
    { input: { id: region.id, version: region.version, population: after } })
  return { id: region.id, before, after }
}

test('a supervisor finds a county admin’s change by its record and sees it before and after', async ({ page, baseURL }) => {
  const change = await changePopulation(baseURL!)

  await loginAs(page, users.anjiSupervisor, '/audit')
  await expect(page.locator('[data-test="audit-table"]')).toBeVisible()
  await expectAccessible(page, 'audit log')
  await screenshot(page, 'audit-log')

  await page.getByLabel('记录编号').fill('not-an-id')
  await page.getByLabel('记录编号').press('Enter')
  await expect(page.locator('.el-form-item.is-error')).toContainText('not an ID this API issued')

  await page.getByLabel('记录编号').fill(change.id)
  await page.getByLabel('记录编号').press('Enter')
  await expect(page).toHaveURL(new RegExp(`record=${change.id}`))
  await expect(page.locator('[data-test="audit-history"]')).toContainText(change.id)

  const row = page.locator('.el-table__row').filter({ hasText: 'anji.admin' }).filter({ hasText: '修改' }).first()
  await expect(row).toContainText('区划')
  await row.locator('[data-test="audit-toggle"]').click()
  const population = page.locator('[data-test="audit-changes"] tr').filter({ hasText: 'population' }).first()
  await expect(population.locator('td.before')).toHaveText(String(change.before))
  await expect(population.locator('td.after')).toHaveText(String(change.after))
  await expectAccessible(page, 'a record’s history with its changes')
  await screenshot(page, 'audit-record-history')

  await page.getByRole('button', { name: '查看全部记录' }).click()
  await expect(page).not.toHaveURL(/record=/)
  await page.locator('[data-test="audit-record-link"]').filter({ hasText: change.id }).first().click()
  await expect(page.locator('[data-test="audit-history"]')).toContainText(change.id)
})

test('a county admin gets the forbidden page for the audit log', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, '/audit')
  await expect(page).toHaveURL(/\/forbidden/)
  await expect(page.locator('#main').getByText('您的角色无权访问此页面')).toBeVisible()
  await expect(page.locator('aside nav').getByText('纪检监督')).toHaveCount(0)
  await screenshot(page, 'audit-forbidden')
})
