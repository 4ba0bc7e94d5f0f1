import { expect, test } from '@playwright/test'
import { graphqlAs, loginAs, screenshot, users } from './support'

const BASE = process.env.XIANGLI_E2E_BASE_URL ?? 'http://127.0.0.1:8080'
const SHANGSHU_VILLAGE = '330523200200'

const stamp = Date.now()
const projectName = `E2E 护航 艺术乡建 ${stamp}`
let projectId = ''

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

test.use({ viewport: { width: 1440, height: 900 } })

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
