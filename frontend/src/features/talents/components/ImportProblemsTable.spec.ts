import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import ImportProblemsTable from './ImportProblemsTable.vue'

const problems = [
  { row: 7, column: '电话 phone', message: "'12345' must be a mobile number" },
  { row: 3, column: '出生年份 birth year', message: "'19x0' is not a year" },
  { row: 3, column: null, message: 'same name, birth year and hometown as row 2' },
]

function mountTable(errorCount = problems.length) {
  return mount(ImportProblemsTable, { props: { problems, errorCount }, global: { plugins: [i18n] } })
}

function cellTexts(wrapper: ReturnType<typeof mountTable>): string[][] {
  return wrapper.findAll('.el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text()))
}

describe('ImportProblemsTable', { timeout: 30_000 }, () => {
  it('lists every problem by row and column, in row order, a whole-row problem first', async () => {
    const wrapper = mountTable()
    await flushPromises()
    const rows = cellTexts(wrapper)
    expect(rows).toEqual([
      ['3', '整行', 'same name, birth year and hometown as row 2'],
      ['3', '出生年份 birth year', "'19x0' is not a year"],
      ['7', '电话 phone', "'12345' must be a mobile number"],
    ])
  })

  it('says how many problems there are, and when the server kept only some of them', () => {
    const all = mountTable()
    expect(all.text()).toContain('问题（3 处）')
    expect(all.text()).not.toContain('仅列出前')

    const truncated = mountTable(1500)
    expect(truncated.text()).toContain('共 1500 处问题，仅列出前 3 处')
  })
})
