import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, graphqlAs, loginAs, png, screenshot, users } from './support'

const BASE = process.env.XIANGLI_E2E_BASE_URL ?? 'http://127.0.0.1:8080'
const SHANGSHU_VILLAGE = '330523200200'


const stamp = Date.now()
const projectName = `E2E 上墅村道路提升 ${stamp}`
let projectId = ''

/** A project of 上墅村, in progress, with a county budget of 50万 of which 20万 are disbursed. */
test.beforeAll(async () => {
  const created = await graphqlAs<{ createProject: { project: { id: string; version: number } } }>(
    BASE,
    users.anjiAdmin,
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id version } } }`,
    {
      input: {
        name: projectName,
        category: 'TRANSPORT',
        owner: '上墅村股份经济合作社',
        ownerRegionCode: SHANGSHU_VILLAGE,
        description: '村内主干道拓宽与路面硬化（端到端测试数据）',
        funding: [{ source: 'COUNTY_FINANCE', budget: '500000.00' }],
      },
    },
  )
  projectId = created.createProject.project.id
  await graphqlAs(BASE, users.anjiAdmin, `mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { project { id } } }`, {
    input: { id: projectId, version: created.createProject.project.version, to: 'IN_PROGRESS' },
  })
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  await graphqlAs(BASE, users.anjiAdmin, `mutation($input: RecordFundMovementInput!) { recordFundMovement(input: $input) { funding { paid } } }`, {
    input: {
      projectId, kind: 'DISBURSEMENT', source: 'COUNTY_FINANCE', amount: '200000.00', movedOn: today,
      payeeKind: 'ORGANISATION', payee: '上墅村股份经济合作社', voucherNo: `BF-${stamp}`,
    },
  })
})

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click()
}

test('the table filters by name, status and overdue reports, kept in the URL, with totals', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, '/projects')
  const table = page.locator('[data-test=project-table]')
  await expect(table.locator('tbody tr').first()).toBeVisible()
  await expectAccessible(page, 'project list')
  await screenshot(page, 'projects-list')

  await page.getByRole('textbox', { name: '项目名称' }).fill(String(stamp))
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`))
  await expect(table.locator('tbody tr')).toHaveCount(1)
  await expect(table.getByRole('link', { name: projectName })).toBeVisible()
  const totals = page.locator('[data-test=project-totals]')
  await expect(totals).toContainText('¥50万')
  await expect(totals).toContainText('¥20万')

  await page.locator('[data-test=filter-status]').click()
  await page.getByRole('option', { name: '在建' }).click()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/status=IN_PROGRESS/)
  await expect(table.getByRole('link', { name: projectName })).toBeVisible()

  await page.getByRole('radio', { name: '逾期未报' }).click({ force: true })
  await expect(page).toHaveURL(/overdue=true/)
  await expect(table.getByRole('link', { name: projectName })).toHaveCount(0)

  await page.getByRole('radio', { name: '按时报告' }).click({ force: true })
  await expect(page).toHaveURL(/overdue=false/)
  await expect(table.getByRole('link', { name: projectName })).toBeVisible()

  // a shared link opens the same view
  await page.reload()
  await expect(page.getByRole('textbox', { name: '项目名称' })).toHaveValue(String(stamp))
  await expect(table.locator('tbody tr')).toHaveCount(1)
  await expect(table.getByRole('link', { name: projectName })).toBeVisible()
})

test('a village official files a progress report with a photo and sees its thumbnail', async ({ page }) => {
  await loginAs(page, users.shangshuOfficial, `/projects/${projectId}`)
  await expect(page.getByRole('heading', { name: projectName })).toBeVisible()
  await expect(page.locator('[data-test^=move-]')).toHaveCount(0)

  await page.locator('[data-test=open-report]').click()
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/progress/new`))
  await expectAccessible(page, 'progress report form')
  await page.getByRole('spinbutton', { name: '完成进度（%）' }).fill('35')
  await page.getByRole('textbox', { name: '本期支出（元）' }).fill('12000.50')
  await page.getByRole('textbox', { name: '进展情况' }).fill(`路基开挖完成，铺设碎石垫层 ${stamp}`)
  await page.locator('[data-test=photo-input]').setInputFiles({ name: `site-${stamp}.png`, mimeType: 'image/png', buffer: png() })
  await expect(page.getByRole('img', { name: `site-${stamp}.png` })).toBeVisible()
  await page.locator('[data-test=submit-report]').click()

  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}\\?tab=progress`))
  const report = page.locator('[data-test=report]').filter({ hasText: String(stamp) })
  await expect(report).toContainText('35%')
  const thumbnail = report.getByRole('img', { name: `照片：site-${stamp}.png` })
  await expect(thumbnail).toBeVisible()
  await expect(thumbnail).toHaveAttribute('src', /^blob:/)
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48)
  await expectAccessible(page, 'project detail, progress')
  await screenshot(page, 'projects-detail-progress')
})

test('a county admin records a payment, sees the paid total move, and a wrong amount on its field', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, `/projects/${projectId}`)
  await expect(page.getByRole('heading', { name: projectName })).toBeVisible()
  await expectAccessible(page, 'project detail, overview')
  await screenshot(page, 'projects-detail-overview')
  await openTab(page, '资金')
  const paid = page.locator('[data-test=kpi-paid]')
  await expect(paid).toHaveText('¥0.00')

  await page.locator('[data-test=open-movement]').click()
  const dialog = page.getByRole('dialog', { name: '记录拨付 / 支付' })
  await dialog.locator('[data-test=kind-PAYMENT]').click()
  await dialog.getByRole('textbox', { name: '金额（元）' }).fill('1234.56')
  await dialog.getByRole('textbox', { name: '收款方名称' }).fill('安吉县路桥工程有限公司')
  await dialog.getByRole('textbox', { name: '凭证号' }).fill(`ZF-${stamp}`)
  await expectAccessible(page, 'fund movement form')
  await dialog.locator('[data-test=submit-movement]').click()
  await expect(dialog).toBeHidden()
  await expect(paid).toHaveText('¥1,234.56')
  await expect(page.locator('[data-test=movements]')).toContainText(`ZF-${stamp}`)
  await expect(page.locator('[data-test=funds-COUNTY_FINANCE] [data-test=paid]')).toHaveText('¥1,234.56')
  await screenshot(page, 'projects-detail')

  // more than was disbursed: the server refuses and names the amount
  await page.locator('[data-test=open-movement]').click()
  await dialog.locator('[data-test=kind-PAYMENT]').click()
  await dialog.getByRole('textbox', { name: '金额（元）' }).fill('300000.00')
  await dialog.getByRole('textbox', { name: '收款方名称' }).fill('安吉县路桥工程有限公司')
  await dialog.getByRole('textbox', { name: '凭证号' }).fill(`ZF-${stamp}-2`)
  await dialog.locator('[data-test=submit-movement]').click()
  await expect(dialog.locator('[data-test=amount-item] .el-form-item__error')).toContainText('not yet paid')
  await screenshot(page, 'projects-movement-error')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(paid).toHaveText('¥1,234.56')

  await openTab(page, '竣工决算')
  await expect(page.locator('[data-test=gaps]')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.locator('[data-test=download-xlsx]').click()
  expect((await download).suggestedFilename()).toBe(`竣工决算-${projectName}.xlsx`)
  await expectAccessible(page, 'final accounts')
  await screenshot(page, 'projects-final-accounts')
})

test('the progress-report form works on a 390×844 phone', async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: BASE, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
  })
  const page = await context.newPage()
  await loginAs(page, users.shangshuOfficial, `/projects/${projectId}/progress/new`)
  await expect(page.getByRole('textbox', { name: '进展情况' })).toBeVisible()
  await expect(page.locator('[data-test=photo-input]')).toHaveAttribute('capture', 'environment')
  await expect(page.locator('[data-test=photo-input]')).toHaveAttribute('accept', 'image/*')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectAccessible(page, 'progress report form on a phone')
  await screenshot(page, 'projects-report-phone')
  await context.close()
})

test('a county admin revises the budget (not below what was disbursed) and suspends and resumes the project', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, `/projects/${projectId}?tab=funds`)
  await page.locator('[data-test=open-budget]').click()
  const dialog = page.getByRole('dialog', { name: '调整预算' })
  const county = dialog.getByRole('textbox', { name: '县级财政' })
  await county.fill('100000.00')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog.locator('.el-form-item__error')).toContainText('cannot fall below')
  await county.fill('600000.00')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('[data-test=funds-COUNTY_FINANCE] [data-test=budget]')).toHaveText('¥600,000.00')

  await page.locator('[data-test=move-SUSPENDED]').click()
  const move = page.getByRole('dialog', { name: '变更为 暂停' })
  await expect(move.locator('[data-test=confirm-move]')).toBeDisabled()
  await move.getByRole('textbox', { name: '原因' }).fill('雨季停工')
  await move.locator('[data-test=confirm-move]').click()
  await expect(page.locator('header [data-test=status-tag]')).toHaveText('暂停')
  await expect(page.getByText('雨季停工').first()).toBeVisible()

  await page.locator('[data-test=move-IN_PROGRESS]').click()
  await page.getByRole('dialog', { name: '变更为 在建' }).locator('[data-test=confirm-move]').click()
  await expect(page.locator('header [data-test=status-tag]')).toHaveText('在建')
  await openTab(page, '概况')
  await expect(page.locator('[data-test=status-timeline]')).toContainText('暂停 → 在建')
})
