import { expect, test } from '@playwright/test'
import { expectAccessible, loginAs, screenshot, users } from './support'

test('a county admin signs in through Keycloak and sees the menu of their role', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, '/')
  const menu = page.locator('aside nav')
  await expect(menu.getByText('项目', { exact: true })).toBeVisible()
  await expect(menu.getByText('纪检监督')).toHaveCount(0)
  await expectAccessible(page, 'overview')
})

test('an unknown address shows a page, not a blank screen', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByText('未找到')).toBeVisible()
  await screenshot(page, 'not-found')
})

test('the menu and the page are reachable by keyboard alone', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, '/')
  await page.keyboard.press('Tab')
  await expect(page.locator('.skip-link')).toBeFocused()
  // walk the tab order to the menu entry of the projects, then open it with Enter
  let reached = false
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === '项目')
  }
  expect(reached, 'the menu entry 项目 is in the tab order').toBe(true)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/projects$/)
})
