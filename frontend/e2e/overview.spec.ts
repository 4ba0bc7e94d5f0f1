import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, loginAs, screenshot, users } from './support'

/** What each demo role is offered: its scope, its menu, the overview blocks it may read. */
const roles = [
  {
    user: users.platformAdmin, scope: '全平台',
    menu: ['首页', '区划', '项目池', '项目', '乡贤', '告警台', '纪检监督'], notMenu: [],
    blocks: ['project-groups', 'pool', 'talents', 'alerts'], notBlocks: [],
  },
  {
    user: users.anjiAdmin, scope: '安吉县',
    menu: ['首页', '区划', '项目池', '项目', '乡贤', '告警台'], notMenu: ['纪检监督'],
    blocks: ['project-groups', 'project-status', 'overdue', 'pool', 'talents', 'alerts'], notBlocks: [],
  },
  {
    user: users.deqingAdmin, scope: '德清县',
    menu: ['首页', '区划', '项目', '告警台'], notMenu: ['纪检监督'],
    blocks: ['project-groups', 'pool', 'talents', 'alerts'], notBlocks: [],
  },
  {
    user: users.shangshuAdmin, scope: '上墅乡',
    menu: ['首页', '区划', '项目池', '项目', '乡贤', '告警台'], notMenu: ['纪检监督'],
    blocks: ['project-groups', 'pool', 'talents', 'alerts'], notBlocks: [],
  },
  {
    user: users.shangshuOfficial, scope: '上墅村',
    menu: ['首页', '区划', '项目池', '项目', '乡贤', '告警台'], notMenu: ['纪检监督'],
    blocks: ['project-groups', 'pool', 'talents', 'alerts'], notBlocks: [],
  },
  {
    user: users.linpingOperator, scope: '临平区',
    menu: ['首页', '告警台', '老人与设备', '服务指标'], notMenu: ['区划', '项目池', '项目', '乡贤', '纪检监督'],
    blocks: ['alerts'], notBlocks: ['project-groups', 'pool', 'talents'],
  },
  {
    user: users.anjiSupervisor, scope: '安吉县',
    menu: ['首页', '区划', '项目池', '项目', '乡贤', '纪检监督'], notMenu: ['告警台', '老人与设备'],
    blocks: ['project-groups', 'pool', 'talents'], notBlocks: ['alerts'],
  },
]

const menu = (page: Page) => page.locator('aside nav')
const byTest = (page: Page, id: string) => page.locator(`[data-test="${id}"]`)
const block = (page: Page, name: string) => page.locator(`[data-block="${name}"]`)

for (const role of roles) {
  test(`${role.user} sees the overview of ${role.scope} with the menu of the role`, async ({ page }) => {
    await loginAs(page, role.user, '/')
    await expect(byTest(page, 'scope-name')).toHaveText(role.scope)
    for (const entry of role.menu) await expect(menu(page).getByText(entry, { exact: true })).toBeVisible()
    for (const entry of role.notMenu) await expect(menu(page).getByText(entry, { exact: true })).toHaveCount(0)
    for (const name of role.blocks) await expect(block(page, name)).toBeVisible()
    for (const name of role.notBlocks) await expect(block(page, name)).toHaveCount(0)
    await expect(page.locator('[data-kpi]').first()).toBeVisible()
    await expect(page.locator('[data-test="kpi"] [role="alert"]')).toHaveCount(0)
  })
}

test('a county admin of 德清县 sees 德清县 figures, never 安吉县 ones', async ({ page }) => {
  await loginAs(page, users.deqingAdmin, '/')
  await expect(byTest(page, 'scope-name')).toHaveText('德清县')
  await expect(block(page, 'pool')).toContainText('暂无项目池')
  await expect(page.locator('[data-kpi="projects"] [data-test="kpi-value"]')).toBeVisible()
  await expect(page.locator('#main')).not.toContainText('安吉县')
  await expect(page.locator('#main')).not.toContainText('上墅')
})

test('the region picker drills county → township → village and the URL keeps it across a reload', async ({ page }) => {
  await loginAs(page, users.platformAdmin, '/')
  const pick = async (testId: string, name: string) => {
    await byTest(page, testId).click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: name }).first().click()
  }
  await pick('region-county', '安吉县')
  await expect(page).toHaveURL(/[?&]region=330523(&|$)/)
  await expect(byTest(page, 'scope-name')).toHaveText('安吉县')
  await pick('region-township', '上墅乡')
  await expect(page).toHaveURL(/[?&]region=330523200(&|$)/)
  await expect(byTest(page, 'scope-name')).toHaveText('上墅乡')
  await pick('region-village', '上墅村')
  await expect(page).toHaveURL(/[?&]region=330523200200(&|$)/)
  await expect(byTest(page, 'scope-name')).toHaveText('上墅村')
  await expect(block(page, 'project-groups')).toBeVisible()

  await page.reload()
  await expect(page).toHaveURL(/[?&]region=330523200200(&|$)/)
  await expect(byTest(page, 'scope-name')).toHaveText('上墅村')
  await expect(byTest(page, 'region-village')).toContainText('上墅村')
})

test('a township admin cannot leave their township in the picker', async ({ page }) => {
  await loginAs(page, users.shangshuAdmin, '/')
  await expect(byTest(page, 'region-county')).toHaveCount(0)
  await expect(byTest(page, 'region-township')).toHaveCount(0)
  await expect(byTest(page, 'region-village')).toBeVisible()
})

test('the county admin overview is accessible and looks right on a control-room screen', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, '/')
  await expect(byTest(page, 'scope-name')).toHaveText('安吉县')
  await expect(block(page, 'project-groups').locator('canvas')).toBeVisible()
  await expect(block(page, 'alerts')).toBeVisible()
  await expectAccessible(page, 'overview')
  await screenshot(page, 'overview-county-admin')
  await page.setViewportSize({ width: 1920, height: 1600 })
  await screenshot(page, 'overview-county-admin-below-the-fold')
})

test('the operator overview is elder care only and accessible', async ({ page }) => {
  await loginAs(page, users.linpingOperator, '/')
  await expect(block(page, 'alerts')).toBeVisible()
  await expect(page.locator('[data-kpi="devices"] [data-test="kpi-value"]')).toBeVisible()
  await expectAccessible(page, 'operator overview')
  await screenshot(page, 'overview-operator')
})
