import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n, setLocale } from '@/i18n'
import AuditChangeTable from './AuditChangeTable.vue'
import { parseAuditDetail } from './auditDetail'
import { filterOf, formFromQuery } from './auditQuery'

const update = JSON.stringify({
  population: { before: 2822, after: 2830 },
  contactName: { before: '张*', after: '李*' },
  retired: { before: false, after: true },
  updatedAt: { before: '2026-12-02T14:20:36.232339Z', after: '2026-12-02T16:05:00Z' },
  description: { before: null, after: '新村部' },
})

function mountTable(detail: string | null) {
  setLocale('zh-CN')
  return mount(AuditChangeTable, { props: { detail }, global: { plugins: [i18n] } })
}

describe('the change detail of an audit entry', () => {
  it('shows each changed attribute with its value before and after', () => {
    const rows = mountTable(update).findAll('tbody tr')
    const cells = rows.map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(cells).toEqual([
      ['population', '2822', '2830'],
      ['contactName', '张*', '李*'],
      ['retired', '否', '是'],
      ['updatedAt', '2026-12-02 22:20:36', '2026-12-03 00:05:00'],
      ['description', '—', '新村部'],
    ])
  })

  it('names its columns and says what the table is', () => {
    const table = mountTable(update).find('table')
    expect(table.findAll('thead th').map((h) => h.text())).toEqual(['字段', '修改前', '修改后'])
    expect(table.find('caption').text()).toBe('字段变更前后对照')
  })

  it('lists the fields a read showed unmasked', () => {
    const wrapper = mountTable('{"fields":"[name, phone]"}')
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.find('[data-test="audit-read"]').text()).toContain('name')
    expect(parseAuditDetail('{"fields":"[name, phone]"}')).toEqual({ kind: 'read', fields: ['name', 'phone'] })
  })

  it('shows text that is not a change map as it is, and says when there is nothing', () => {
    expect(mountTable('not json').find('pre').text()).toBe('not json')
    expect(mountTable(null).text()).toContain('无变更详情')
    expect(parseAuditDetail('{}')).toEqual({ kind: 'none' })
  })
})

describe('the audit filter from the address', () => {
  it('reads times as Asia/Shanghai wall clock and keeps only known actions', () => {
    const form = formFromQuery({
      actor: 'anji.admin', actions: 'UPDATE,BOGUS', record: 'UmVnaW9uOjE', from: '2026-12-01 00:00:00', to: '2026-12-02 23:59:59',
    })
    expect(filterOf(form, '330523')).toEqual({
      actor: 'anji.admin', actions: ['UPDATE'], entityId: 'UmVnaW9uOjE', within: '330523',
      from: '2026-12-01T00:00:00+08:00', to: '2026-12-02T23:59:59+08:00',
    })
  })
})
