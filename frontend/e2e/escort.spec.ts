import { expect, test } from '@playwright/test'
import { expectAccessible, graphqlAs, loginAs, screenshot, users } from './support'

const BASE = process.env.XIANGLI_E2E_BASE_URL ?? 'http://127.0.0.1:8080'
const SHANGSHU_VILLAGE = '330523200200'

const stamp = Date.now()
const projectName = `E2E 护航 艺术乡建 ${stamp}`
let projectId = ''
/** A DIGITAL project of 上墅村 nobody escorts yet: the county admin's template decides its milestones. */
let freshId = ''

/** A project of 上墅村, escorted by 上墅乡's admin, with a risk point of the supervisor's. */
test.beforeAll(async () => {
  const created = await graphqlAs<{ createProject: { project: { id: string } } }>(
    BASE,
    users.anjiAdmin,
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
    {
      input: {
        name: projectName, category: 'CULTURE_TOURISM', owner: '上墅村股份经济合作社', ownerRegionCode: SHANGSHU_VILLAGE,
        description: '艺术乡建（端到端测试数据）', funding: [{ source: 'COUNTY_FINANCE', budget: '300000.00' }],
      },
    },
  )
  projectId = created.createProject.project.id
  const fresh = await graphqlAs<{ createProject: { project: { id: string } } }>(
    BASE,
    users.anjiAdmin,
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
    {
      input: {
        name: `E2E 护航 数字乡村 ${stamp}`, category: 'DIGITAL', owner: '上墅村股份经济合作社', ownerRegionCode: SHANGSHU_VILLAGE,
        description: '数字乡村（端到端测试数据）', funding: [{ source: 'COUNTY_FINANCE', budget: '120000.00' }],
      },
    },
  )
  freshId = fresh.createProject.project.id
  await graphqlAs(BASE, users.shangshuAdmin, `mutation($i: EscortProjectInput!) { escortProject(input: $i) { project { id } } }`, {
    i: { projectId, commissionerUsername: 'shangshu.admin', commissionerName: '周建华' },
  })
  const risk = await graphqlAs<{ addRiskPoint: { riskPoint: { id: string } } }>(BASE, users.anjiSupervisor,
    `mutation($i: AddRiskPointInput!) { addRiskPoint(input: $i) { riskPoint { id } } }`,
    { i: { projectId, description: '工程变更未经集体决策', level: 'HIGH' } })
  await graphqlAs(BASE, users.anjiSupervisor, `mutation($i: AddControlMeasureInput!) { addControlMeasure(input: $i) { measure { id } } }`, {
    i: { riskPointId: risk.addRiskPoint.riskPoint.id, what: '变更须经村民代表会议表决并公示', who: '上墅村', status: 'IN_PLACE' },
  })
})

test.use({ viewport: { width: 1366, height: 768 } })

test('the escort tab shows the milestones with deadlines, the commissioner and the risk register', async ({ page }) => {
  await loginAs(page, users.anjiAdmin, `/projects/${projectId}?tab=escort`)
  const escort = page.locator('[data-test=escort]')
  await expect(escort.locator('[data-test=commissioner]')).toContainText('周')
  await expect(escort.locator('[data-test=milestones] tbody tr')).toHaveCount(4)
  await expect(escort.locator('[data-test=risks]')).toContainText('工程变更未经集体决策')
  await expect(escort.locator('[data-test=record-check]')).toHaveCount(0)
  await screenshot(page, 'escort-tab')
})

test('a supervisor records a site check with a finding, which goes to the village to rectify', async ({ page }) => {
  await loginAs(page, users.anjiSupervisor, `/projects/${projectId}?tab=escort`)
  const form = page.locator('[data-test=record-check]')
  await form.getByRole('textbox', { name: '检查人员' }).fill('上墅乡纪委 过程性监督组')
  await form.getByRole('textbox', { name: '发现问题（可留空）' }).fill('材料进场未按规定公示')
  await form.getByRole('button', { name: '保存检查' }).click()
  const finding = page.locator('[data-test=finding]').first()
  await expect(finding).toContainText('材料进场未按规定公示')
  await expect(finding).toContainText('整改中')
  await expect(page.locator('[data-test=matters]')).toContainText('监督发现')
  await screenshot(page, 'escort-supervisor-check')
})

test('a township admin changes a milestone, sees the server refuse a one-character name, and completes a milestone', async ({ page }) => {
  await loginAs(page, users.shangshuAdmin, `/projects/${projectId}?tab=escort`)
  const rows = page.locator('[data-test=milestones] tbody tr')
  await expect(rows).toHaveCount(4)
  await rows.nth(1).locator('[data-test=milestone-edit]').click()
  const dialog = page.locator('.el-dialog[data-test=milestone-dialog]')
  await dialog.locator('[data-test=milestone-responsible]').fill('王')
  await dialog.locator('[data-test=milestone-submit]').click()
  const erring = dialog.locator('.el-form-item.is-error')
  await expect(erring).toHaveCount(1)
  await expect(erring).toContainText('责任人')
  await expect(erring.locator('.el-form-item__error')).toBeVisible()
  await screenshot(page, 'escort-milestone-error')

  await dialog.locator('[data-test=milestone-responsible]').fill('陈建国')
  const deadline = dialog.locator('.el-date-editor input')
  await deadline.fill('2027-03-31')
  await deadline.press('Enter')
  await dialog.locator('[data-test=milestone-submit]').click()
  await expect(dialog).toBeHidden()
  await expect(rows.nth(1)).toContainText('陈建国')
  await expect(rows.nth(1)).toContainText('2027-03-31')

  await rows.nth(0).locator('[data-test=milestone-complete]').click()
  await dialog.locator('[data-test=milestone-submit]').click()
  await expect(dialog).toBeHidden()
  await expect(rows.nth(0)).toContainText('完成')
  await expect(rows.nth(0).locator('[data-test=milestone-complete]')).toHaveCount(0)
  await expectAccessible(page, 'escort tab of a township admin')
  await screenshot(page, 'escort-milestones-admin')
})

test('a supervisor adds a risk point and its control measure, then marks the measure failing', async ({ page }) => {
  await loginAs(page, users.anjiSupervisor, `/projects/${projectId}?tab=escort`)
  await expect(page.locator('[data-test=milestones] tbody [data-test=milestone-edit]')).toHaveCount(0)
  const form = page.locator('[data-test=add-risk]')
  await form.locator('[data-test=risk-description]').fill('材料采购未经三家比价')
  await form.locator('.el-radio-button', { hasText: '高' }).click()
  await form.locator('[data-test=risk-submit]').click()
  const row = page.locator('[data-test=risks] tbody tr', { hasText: '材料采购未经三家比价' })
  await expect(row).toContainText('高')

  await row.locator('[data-test=add-measure]').click()
  const dialog = page.locator('.el-dialog[data-test=measure-dialog]')
  await dialog.locator('[data-test=measure-what]').fill('采购前三家比价并在村务公开栏公示')
  await dialog.locator('[data-test=measure-who]').fill('上墅村监委会')
  await dialog.locator('[data-test=measure-submit]').click()
  await expect(dialog).toBeHidden()
  const measure = row.locator('[data-test=measure]', { hasText: '采购前三家比价' })
  await expect(measure).toContainText('上墅村监委会')
  await expect(measure.locator('[data-test=measure-status]')).toContainText('待落实')

  await measure.locator('[data-test=measure-status]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '失效' }).click()
  await expect(measure.locator('[data-test=measure-status]')).toContainText('失效')
  await page.reload()
  await expect(page.locator('[data-test=risks] tbody [data-test=measure]', { hasText: '采购前三家比价' }).locator('[data-test=measure-status]')).toContainText('失效')
  await expectAccessible(page, 'risk register of a supervisor')
  await page.locator('[data-test=add-risk]').scrollIntoViewIfNeeded()
  await screenshot(page, 'escort-risk-register-supervisor')
})

test('a county admin adds a step to a category’s milestone template, and a project escorted afterwards gets it', async ({ page }) => {
  const step = `上线试运行${stamp % 10_000}`
  await loginAs(page, users.anjiAdmin, '/projects/templates?category=DIGITAL')
  await expect(page.locator('.el-menu-item', { hasText: '节点模板' }).first()).toBeVisible()
  const editor = page.locator('[data-test=template-editor][data-category=DIGITAL]')
  const names = editor.locator('[data-test=step-name]')
  await expect(names.first()).toBeVisible()
  const before = await names.count()
  await editor.locator('[data-test=step-add]').click()
  await expect(names).toHaveCount(before + 1)
  await names.last().fill(step)
  await editor.locator('[data-test=template-save]').click()
  await expect(page.locator('[data-test=template-categories] [data-category=DIGITAL]')).toContainText(`${before + 1} 个节点`)
  await expectAccessible(page, 'milestone templates')
  await screenshot(page, 'escort-templates')

  await page.goto(`/projects/${freshId}?tab=escort`)
  await page.locator('[data-test=start-escort]').click()
  await page.locator('[data-test=commissioner-name]').fill('周建华')
  await page.locator('[data-test=commissioner-username]').fill('shangshu.admin')
  await page.locator('[data-test=commission-submit]').click()
  const rows = page.locator('[data-test=milestones] tbody tr')
  await expect(rows).toHaveCount(before + 1)
  await expect(rows.last()).toContainText(step)
  await expect(page.locator('[data-test=commissioner]')).toContainText('周建华')
  await screenshot(page, 'escort-started')
})
