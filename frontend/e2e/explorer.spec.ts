import { expect, test } from '@playwright/test'
import { expectAccessible, loginAs, screenshot, users } from './support'

test('the API view shows the signed-in user’s token and explains client credentials', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, '/integration')
  await expect(page.getByRole('heading', { name: 'API 接口' })).toBeVisible()
  await expect(page.locator('#api-token')).toHaveValue(/^eyJ/)
  await expect(page.locator('[data-test="api-example"]')).toContainText('grant_type=client_credentials')
  await expect(page.locator('[data-test="open-explorer"]')).toHaveAttribute('href', /explorer\.html$/)
  await expectAccessible(page, 'API view')
  await screenshot(page, 'explorer-api-view')
})

test('signed in, the explorer runs a query with the user’s token and shows the result', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, '/integration')
  const sent: (string | null)[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.method() === 'POST') sent.push(r.headers().authorization ?? null)
  })
  const query = '{ regions(first: 3) { nodes { name } } }'
  await page.goto(`/explorer.html?query=${encodeURIComponent(query)}`)
  await expect(page.locator('[data-test="explorer-user"]')).toContainText('anji.admin')
  await expect(page.locator('.graphiql-query-editor')).toContainText('regions(first: 3)')
  await page.locator('.graphiql-execute-button').click()
  const result = page.locator('.result-window')
  await expect(result).toContainText('"nodes"')
  await expect(result).toContainText('安吉县')
  expect(sent.length).toBeGreaterThan(0)
  expect(sent.every((h) => h?.startsWith('Bearer '))).toBe(true)
  await expectAccessible(page, 'API explorer')
  await screenshot(page, 'explorer-graphiql')
})
