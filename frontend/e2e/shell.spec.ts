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
  // Tab reaches the menu (one stop, as a menubar is), the arrow keys move within it, Enter opens
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
  let inMenu = false
  for (let i = 0; i < 10 && !inMenu; i++) {
    await page.keyboard.press('Tab')
    inMenu = await page.evaluate(() => !!document.activeElement?.closest('aside nav [role=menubar]'))
  }
  expect(inMenu, 'Tab reaches the menu').toBe(true)
  for (let i = 0; i < 10 && (await focused()) !== '项目'; i++) await page.keyboard.press('ArrowDown')
  expect(await focused()).toBe('项目')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/projects$/)
})
