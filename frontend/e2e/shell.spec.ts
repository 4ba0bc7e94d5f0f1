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
