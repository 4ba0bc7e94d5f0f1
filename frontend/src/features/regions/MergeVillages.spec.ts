import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { shallowRef } from 'vue'
import { CombinedError } from '@urql/core'
import { fromValue } from 'wonka'
import { i18n } from '@/i18n'
import MergeVillages from './MergeVillages.vue'

interface Request { variables: { input: Record<string, unknown> } }

const township = {
  region: {
    code: '330523200',
    children: [
      { code: '330523200200', name: '上墅村', version: 4, level: 'VILLAGE' },
      { code: '330523200201', name: '董岭村', version: 2, level: 'VILLAGE' },
      { code: '330523200202', name: '刘家塘村', version: 0, level: 'VILLAGE' },
    ],
  },
}
const moved = [{ kind: 'elders', count: 12 }, { kind: 'projects', count: 3 }, { kind: 'matters', count: 5 }]

function client(refuse = false) {
  const executeQuery = vi.fn((request: unknown) => fromValue({ operation: request, data: township, stale: false, hasNext: false }))
  const executeMutation = vi.fn((request: Request) => refuse
    ? fromValue({ operation: request, stale: false, hasNext: false, error: new CombinedError({ graphQLErrors: [{
      message: '董岭村 was changed by someone else (your version 2, current 3): reload it and apply your change again',
      extensions: { classification: 'CONFLICT', field: 'input.sourceVersions[0]' } }] }) })
    : fromValue({ operation: request, stale: false, hasNext: false,
      data: { mergeRegions: { region: { code: '330523200200', name: '上墅村' }, moved } } }))
  return { client: { executeQuery, executeMutation, executeSubscription: vi.fn() }, executeMutation }
}

async function mountMerge(refuse = false) {
  const { client: fake, executeMutation } = client(refuse)
  const wrapper = mount(MergeVillages, {
    props: { code: '330523200200', version: 4, townshipCode: '330523200' },
    attachTo: document.body,
    global: { plugins: [i18n], provide: { $urql: shallowRef(fake) } },
  })
  await wrapper.find('[data-test="merge-open"]').trigger('click')
  await vi.waitFor(() => expect(document.body.querySelector('[data-code="330523200201"]')).not.toBeNull(), { timeout: 5000 })
  return { wrapper, executeMutation }
}

const body = (selector: string) => document.body.querySelector<HTMLElement>(selector)
/** el-input puts its attributes on the native textarea. */
const textarea = (test: string) => body(`textarea[data-test="${test}"], [data-test="${test}"] textarea`) as HTMLTextAreaElement

describe('MergeVillages', { timeout: 30_000 }, () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('offers the other villages of the township, shows what a merge would move, then merges into this village', async () => {
    const { wrapper, executeMutation } = await mountMerge()
    expect(body('[data-code="330523200200"]')).toBeNull()
    expect(body('[data-code="330523200202"]')).not.toBeNull()

    body('[data-code="330523200201"] input')!.click()
    const reason = textarea('merge-reason')
    reason.value = '安政发〔2026〕12号'
    reason.dispatchEvent(new Event('input'))
    await flushPromises()
    body('[data-test="merge-check"]')!.click()
    await vi.waitFor(() => expect(body('[data-test="merge-preview"]')).not.toBeNull(), { timeout: 5000 })
    expect(executeMutation.mock.calls[0][0].variables.input).toEqual({
      sourceCodes: ['330523200201'], sourceVersions: [2],
      target: { existingCode: '330523200200', existingVersion: 4 }, reason: '安政发〔2026〕12号', dryRun: true,
    })
    expect(body('[data-test="merge-preview"]')!.textContent).toContain('将迁移 20 条记录')
    expect(body('[data-kind="elders"]')!.textContent).toContain('老人：12')

    body('[data-test="merge-confirm"]')!.click()
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(2), { timeout: 5000 })
    expect(executeMutation.mock.calls[1][0].variables.input).toMatchObject({ dryRun: false, sourceCodes: ['330523200201'] })
    await flushPromises()
    expect(wrapper.emitted('merged')).toEqual([['330523200200']])
  })

  it('says why a merge is refused and merges nothing', async () => {
    const { wrapper, executeMutation } = await mountMerge(true)
    body('[data-code="330523200201"] input')!.click()
    const reason = textarea('merge-reason')
    reason.value = '撤并'
    reason.dispatchEvent(new Event('input'))
    await flushPromises()
    body('[data-test="merge-check"]')!.click()
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1), { timeout: 5000 })
    await flushPromises()
    expect(document.body.textContent).toContain('董岭村 was changed by someone else')
    expect(body('[data-test="merge-confirm"]')).toBeNull()
    expect(wrapper.emitted('merged')).toBeUndefined()
  })
})
