import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { CombinedError, type Client } from '@urql/core'
import { fromValue, never } from 'wonka'
import { shallowRef } from 'vue'
import { i18n } from '@/i18n'
import ApplicationForm from './ApplicationForm.vue'

vi.mock('@/auth/session', () => ({
  session: { authenticated: true, region: '330523200200', roles: ['village-official'] },
  hasRole: () => true,
}))

const round = {
  id: 'UG9vbFJvdW5kOjE',
  catalogue: [
    { id: 'item-1', code: 'GF-ROAD', category: 'TRANSPORT' as const, name: '村道提升', description: null, eligibility: null, subsidyCap: '1500000.00' },
  ],
}

function clientAnswering(result: { data?: unknown; error?: CombinedError }) {
  const executeMutation = vi.fn((operation) => fromValue({ operation, ...result, stale: false, hasNext: false }))
  return { client: { executeMutation, executeQuery: () => never } as unknown as Client, executeMutation }
}

function form(result: { data?: unknown; error?: CombinedError }) {
  const { client, executeMutation } = clientAnswering(result)
  const wrapper = mount(ApplicationForm, {
    props: { round, itemId: 'item-1' },
    global: { plugins: [i18n], provide: { $urql: shallowRef(client) } },
    attachTo: document.body,
  })
  return { wrapper, executeMutation }
}

/** Element Plus shows a form item's error 100 ms after it is set. */
async function settle() {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 150))
}

async function fillAndSubmit(wrapper: ReturnType<typeof form>['wrapper']) {
  await wrapper.get('[data-test=form-title]').setValue('上墅村主干道提升改造')
  await wrapper.get('[data-test=form-reason]').setValue('路面破损')
  await wrapper.get('[data-test=form-amount]').setValue('900,000')
  await wrapper.get('[data-test=form-cofunding]').setValue('150000')
  await wrapper.get('form').trigger('submit')
  await settle()
}

const itemError = (wrapper: ReturnType<typeof form>['wrapper'], label: string) =>
  wrapper.findAll('.el-form-item').find((i) => i.text().includes(label))?.find('.el-form-item__error').text()

describe('ApplicationForm', { timeout: 30_000 }, () => {
  beforeEach(() => {
    sessionStorage.clear()
    i18n.global.locale.value = 'zh-CN'
  })

  it('sends the application for the official\'s own village with exact amounts', async () => {
    const { wrapper, executeMutation } = form({ data: { applyToPool: { application: { id: 'a1' } } } })
    await fillAndSubmit(wrapper)
    const operation = executeMutation.mock.calls[0][0]
    expect(operation.variables.input).toEqual({
      catalogueItemId: 'item-1', villageCode: '330523200200', title: '上墅村主干道提升改造', reason: '路面破损',
      amountAsked: '900000', coFunding: '150000',
    })
    expect(wrapper.emitted('saved')).toHaveLength(1)
  })

  it('shows a server error on the field it names', async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: '村道提升 subsidises at most 1500000.00 per project', extensions: { classification: 'BAD_REQUEST', field: 'input.amountAsked' } }],
    })
    const { wrapper } = form({ error })
    await fillAndSubmit(wrapper)
    expect(itemError(wrapper, '申请补助')).toBe('村道提升 subsidises at most 1500000.00 per project')
    expect(wrapper.find('[role=alert].el-alert').exists()).toBe(false)
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('shows the duplicate refusal on the item and a problem without a field above the buttons', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: '上墅村 has already applied for 村道提升 in this round', extensions: { classification: 'CONFLICT', field: 'input.catalogueItemId' } },
        { message: 'Your role may not do this', extensions: { classification: 'FORBIDDEN' } },
      ],
    })
    const { wrapper } = form({ error })
    await fillAndSubmit(wrapper)
    expect(itemError(wrapper, '目录项目')).toContain('has already applied')
    expect(wrapper.text()).toContain('Your role may not do this')
  })

  it('checks amounts before sending', async () => {
    const { wrapper, executeMutation } = form({})
    await wrapper.get('[data-test=form-title]').setValue('标题')
    await wrapper.get('[data-test=form-reason]').setValue('理由')
    await wrapper.get('[data-test=form-amount]').setValue('1500000.01')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(itemError(wrapper, '申请补助')).toBe('不能超过补助上限 ¥1,500,000.00')
    expect(executeMutation).not.toHaveBeenCalled()
  })
})
