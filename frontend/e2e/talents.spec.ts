import { expect, test, type Page } from '@playwright/test'
import { crc32, deflateRawSync } from 'node:zlib'
import { expectAccessible, graphqlAs, loginAs, screenshot, users } from './support'

// The returned-talents views against the real API. Rows are created with unique names, so the
// tests hold on a database other tests also write to.

const baseURL = process.env.XIANGLI_E2E_BASE_URL ?? 'http://127.0.0.1:8080'
const SHANGSHU_VILLAGE = '330523200200'
const unique = Date.now().toString(36).slice(-5)

/** The template's columns (TalentWorkbook.Column), which the import checks. */
const HEADER = [
  '姓名 name*', '性别 gender', '出生年份 birth year', '籍贯区划代码 hometown code*', '现状 whereabouts*', '类别 category*',
  '行业 industry', '单位 organisation', '职务 title', '电话 phone', '邮箱 e-mail', '地址 address',
  '同意登记日期 consent date*', '同意范围 consent scope', '标签 tags', '备注 notes',
]

/** A minimal .xlsx (one sheet of inline strings), zipped by hand: no spreadsheet library needed. */
function xlsx(rows: string[][]): Buffer {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const cells = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) =>
    `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`).join('')}</row>`).join('')
  const xml = '<?xml version="1.0" encoding="UTF-8"?>'
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
  const files: Record<string, string> = {
    '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="talents" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${xml}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`,
  }
  return zip(Object.entries(files).map(([name, text]) => ({ name: Buffer.from(name), data: Buffer.from(text) })))
}

function zip(entries: { name: Buffer; data: Buffer }[]): Buffer {
  const parts: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10); central.writeUInt32LE(crc, 16); central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42)
    parts.push(local, name, packed)
    directory.push(central, name)
    offset += 30 + name.length + packed.length
  }
  const size = directory.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(size, 12); end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, ...directory, end])
}

interface Registered { registerTalent: { talent: { id: string; name: string } } }

async function registerTalent(name: string, hometownCode: string, extra: Record<string, unknown> = {}) {
  const data = await graphqlAs<Registered>(baseURL, users.anjiAdmin, `
    mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id name } } }`, {
    input: {
      name, gender: 'FEMALE', hometownCode, whereabouts: 'INVESTING_FROM_AFAR', category: 'ENTREPRENEUR',
      industry: '白茶', organisation: `安吉${name}茶业有限公司`, title: '董事长', phone: '13800000188',
      consent: { givenOn: '2025-03-01', scope: ['REGISTRY', 'CONTACT'] }, tags: ['白茶', '回乡投资'],
      notes: '在杭州经营茶叶贸易，计划回乡建设白茶加工车间。', ...extra,
    },
  })
  return data.registerTalent.talent
}

async function recordInvestment(talentId: string, occurredOn: string, pledged: string, realised: string, jobs: number) {
  await graphqlAs(baseURL, users.anjiAdmin, `
    mutation($input: RecordTalentContributionInput!) { recordTalentContribution(input: $input) { contribution { id } } }`, {
    input: { talentId, kind: 'INVESTMENT', occurredOn, pledgedAmount: pledged, realisedAmount: realised, jobsCreated: jobs },
  })
}

async function searchFor(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: '搜索乡贤' })
  await box.fill(text)
  await expect(page.getByText(`“${text}” 的搜索结果`)).toBeVisible()
}

test.describe('returned talents', () => {
  test.describe.configure({ timeout: 180_000 })

  let investor: { id: string; name: string }
  let villager: { id: string; name: string }

  test.beforeAll(async () => {
    investor = await registerTalent(`沈佳禾${unique}`, '330523200')
    villager = await registerTalent(`钱雨村${unique}`, SHANGSHU_VILLAGE, { whereabouts: 'RETURNED', category: 'E_COMMERCE' })
    await recordInvestment(investor.id, '2024-05-10', '3000000.00', '1200000.00', 12)
    await recordInvestment(investor.id, '2025-09-01', '5000000.00', '4000000.00', 30)
    const association = await graphqlAs<{ createTalentAssociation: { association: { id: string } } }>(baseURL, users.anjiAdmin, `
      mutation($input: CreateTalentAssociationInput!) { createTalentAssociation(input: $input) { association { id } } }`, {
      input: { name: `上墅乡贤理事会${unique}`, kind: 'TALENT_ASSOCIATION', regionCode: '330523200', foundedOn: '2023-06-18' },
    })
    for (const [talent, role] of [[investor, '会长'], [villager, '理事']] as const) {
      await graphqlAs(baseURL, users.anjiAdmin, `
        mutation($input: AddTalentAssociationMemberInput!) { addTalentAssociationMember(input: $input) { association { id } } }`, {
        input: { associationId: association.createTalentAssociation.association.id, talentId: talent.id, role, joinedOn: '2023-06-18' },
      })
    }
  })

  test('a county admin finds a talent by pinyin initials and by Chinese and opens the profile', async ({ page }) => {
    await loginAs(page, users.anjiAdmin, '/talents')
    // the first visit may compile the view's chunk on a busy dev server
    await expect(page.getByRole('heading', { name: '乡贤', exact: true })).toBeVisible({ timeout: 90_000 })
    await expect(page.locator('[data-test="talent-totals"]')).toContainText('签约投资')
    await expectAccessible(page, 'talents')

    await searchFor(page, 'dx')
    const table = page.locator('[data-test="talent-table"]')
    await expect(table.getByRole('link', { name: '戴勋' })).toBeVisible()
    await screenshot(page, 'talents-search')

    await searchFor(page, '戴勋')
    await expect(table.getByRole('link', { name: '戴勋' })).toBeVisible()

    await searchFor(page, investor.name)
    await table.getByRole('link', { name: investor.name }).click()
    await expect(page.locator('[data-test="talent-name"]')).toContainText(investor.name)
    await expect(page.locator('[data-test="ledger"]')).toContainText('¥5,000,000.00')
    await expect(page.locator('[data-test="ledger"]')).toContainText('¥4,000,000.00')
    await expect(page.getByRole('img', { name: '按年份的签约投资与到位投资柱状图' })).toBeVisible()
    await expect(page.getByText(`上墅乡贤理事会${unique}`)).toBeVisible()
    await expect(page.getByText('登记', { exact: true })).toBeVisible()
    await expectAccessible(page, 'talent profile')
    await screenshot(page, 'talents-profile')
  })

  test('a keeper records a contribution and sees the server name the missing field', async ({ page }) => {
    await loginAs(page, users.anjiAdmin, `/talents/${investor.id}`)
    await page.locator('[data-test="record-open"]').click()
    const form = page.locator('[data-test="record-form"]')
    await form.locator('[data-test="record-kind"]').click()
    await page.getByRole('option', { name: '捐赠' }).click()
    await form.getByRole('textbox', { name: '捐赠金额（元）' }).fill('200000.00')
    await form.locator('[data-test="record-submit"]').click()
    await expect(form.locator('.el-form-item.is-error')).toContainText('say what the donation is for')
    await form.getByRole('textbox', { name: '捐赠用途' }).fill('上墅村文化礼堂修缮')
    await form.locator('[data-test="record-submit"]').click()
    await expect(page.locator('[data-test="ledger"]')).toContainText('上墅村文化礼堂修缮')
    await expect(page.locator('[data-test="ledger"]')).toContainText('¥200,000.00')
  })

  test('template download, an import with a bad row shows its errors by row and column, export downloads', async ({ page }) => {
    await loginAs(page, users.anjiAdmin, '/talents')

    const template = page.waitForEvent('download')
    await page.locator('[data-test="download-template"]').click()
    expect((await template).suggestedFilename()).toBe('talent-import-template.xlsx')

    await page.locator('[data-test="open-import"]').click()
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入乡贤' })
    await expect(dialog).toBeVisible()
    await expectAccessible(page, 'import dialog')
    const good = [`周导入${unique}`, '男', '1978', SHANGSHU_VILLAGE, '返乡', '企业家', '竹制品', '', '', '13800000166', '', '', '2025-03-01', '登记,联系', '', '']
    const bad = [`吴有误${unique}`, '男', '19x0', SHANGSHU_VILLAGE, '返乡', '工匠', '', '', '', '12345', '', '', '2025-03-01', '登记,联系', '', '']
    await dialog.locator('[data-test="import-file"]').setInputFiles({
      name: `talents-${unique}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx([HEADER, good, bad]),
    })
    await dialog.locator('[data-test="import-start"]').click()
    await expect(dialog.locator('[data-test="import-job"]')).toBeVisible()
    await expect(dialog.locator('[data-test="import-status"]')).toHaveText('部分有误', { timeout: 120_000 })
    const problems = dialog.locator('[data-test="import-problems"]')
    await expect(problems.getByRole('row').filter({ hasText: '出生年份 birth year' })).toContainText('3')
    await expect(problems.getByRole('row').filter({ hasText: '电话 phone' })).toContainText("'12345'")
    await expect(dialog).toContainText('仅校验：未保存任何数据')
    await screenshot(page, 'talents-import-errors')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    await searchFor(page, '戴勋')
    const exportRequest = page.waitForRequest((r) => r.url().includes('/files/talents/export.xlsx'))
    const exported = page.waitForEvent('download')
    await page.locator('[data-test="export"]').click()
    const url = new URL((await exportRequest).url())
    expect(url.searchParams.get('query')).toBe('戴勋')
    expect(url.searchParams.get('within')).toBe('330523')
    expect((await exported).suggestedFilename()).toBe('talents.xlsx')
  })

  test('associations list their members', async ({ page }) => {
    await loginAs(page, users.anjiAdmin, '/talents?tab=associations')
    const card = page.locator('[data-test="associations"]').locator('.el-card').filter({ hasText: `上墅乡贤理事会${unique}` })
    await expect(card).toContainText('乡贤会')
    await expect(card.getByRole('link', { name: investor.name })).toBeVisible()
    await expect(card).toContainText('会长')
    await expectAccessible(page, 'associations')
    await screenshot(page, 'talents-associations')
  })

  test('a village official sees only their village', async ({ page }) => {
    await loginAs(page, users.shangshuOfficial, '/talents')
    await expect(page.locator('[data-test="talent-table"]').getByRole('link', { name: villager.name })).toBeVisible()
    await expect(page.locator('[data-test="region-county"]')).toHaveCount(0)
    await expect(page.locator('[data-test="region-township"]')).toHaveCount(0)

    await searchFor(page, 'dx')
    await expect(page.locator('[data-test="talent-table"]').getByRole('link', { name: '戴勋' })).toHaveCount(0)
    await searchFor(page, investor.name)
    await expect(page.locator('[data-test="talent-table"]').getByRole('link', { name: investor.name })).toHaveCount(0)

    await page.goto(`/talents/${investor.id}`)
    await expect(page.getByText('未找到，或不在您的管辖范围内')).toBeVisible()
    await expectAccessible(page, 'talents of a village official')
  })

  test.describe('at an official’s desk', () => {
    test.use({ viewport: { width: 1366, height: 768 } })

    test('a township admin sees who is due a visit, how overdue, by whom, and logs the visit from the list', async ({ page }) => {
      const talent = await registerTalent(`走访提醒${unique}`, SHANGSHU_VILLAGE, { whereabouts: 'RETURNED' })
      await graphqlAs(baseURL, users.shangshuAdmin, `
        mutation($input: ScheduleTalentVisitsInput!) { scheduleTalentVisits(input: $input) { schedule { id } } }`,
      { input: { talentId: talent.id, visitorRole: 'VILLAGE_CADRE', visitorName: '上墅村联系干部', everyDays: 20 } })
      // last visited 400 days ago: due 380 days ago, the most overdue of the village
      const day = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10)
      await graphqlAs(baseURL, users.shangshuAdmin, `
        mutation($input: LogTalentVisitInput!) { logTalentVisit(input: $input) { visit { id } } }`,
      { input: { talentId: talent.id, visitedOn: day(-400), visitorRole: 'VILLAGE_CADRE', visitorName: '上墅村联系干部' } })

      await loginAs(page, users.shangshuAdmin, `/talents?tab=visits&region=${SHANGSHU_VILLAGE}`)
      const row = page.locator('[data-test="due-table"] tbody tr', { hasText: talent.name })
      await expect(row).toContainText('上墅村联系干部')
      await expect(row.locator('[data-test="due-overdue"]')).toHaveText('逾期 380 天')
      await expectAccessible(page, 'talents due a visit')
      await screenshot(page, 'talents-visits-due')

      await row.locator('[data-test="due-log"]').click()
      const form = page.locator('[data-test="visit-form"]')
      await expect(form.getByRole('textbox', { name: '走访人' })).toHaveValue('上墅村联系干部')
      await form.getByRole('textbox', { name: '乡贤诉求' }).fill('希望村里帮忙对接电商培训')
      await form.locator('[data-test="visit-submit"]').click()
      await expect(page.getByText('走访已登记')).toBeVisible()
      // visited today, next due in 20 days: beyond the 7 days shown
      await expect(row).toHaveCount(0)
      await page.locator('[data-test="due-horizon"] .el-radio-button', { hasText: '30 天内' }).click()
      await expect(row.locator('[data-test="due-overdue"]')).toHaveCount(0)
      await expect(row).toContainText(day(20))
    })

    test('a supervisor reads who is due a visit but logs none', async ({ page }) => {
      await loginAs(page, users.anjiSupervisor, '/talents?tab=visits')
      await expect(page.locator('[data-test="visits-due"]')).toBeVisible()
      await expect(page.locator('[data-test="due-table"] tbody [data-test="due-log"]')).toHaveCount(0)
    })
  })
})
