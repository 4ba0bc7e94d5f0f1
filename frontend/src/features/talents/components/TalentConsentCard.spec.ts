import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { shallowRef } from 'vue'
import { CombinedError } from '@urql/core'
import { fromValue } from 'wonka'
import { i18n } from '@/i18n'
import TalentConsentCard from './TalentConsentCard.vue'

vi.mock('@/auth/session', () => ({ hasRole: () => true }))

const talent = {
  id: 'VGFsZW50OjE', name: '欧阳翠娟', version: 3, anonymisedAt: null,
  consent: { givenOn: '2025-03-01', scope: ['CONTACT', 'PUBLICITY', 'REGISTRY'] as ('CONTACT' | 'PUBLICITY' | 'REGISTRY')[] },
}

interface Request { variables: { input: Record<string, unknown> } }

function clientRefusingAnonymisation() {
  const refusal = new CombinedError({
    graphQLErrors: [{ message: 'The talent\'s record was changed by someone else (your version 3, current 4): reload it and apply your change again',
      extensions: { classification: 'CONFLICT', field: 'input.version' } }],
  })
  const executeMutation = vi.fn((request: Request) => 'reason' in request.variables.input
    ? fromValue({ operation: request, error: refusal, stale: false, hasNext: false })
    : fromValue({ operation: request, data: { withdrawTalentConsent: { talent: { id: talent.id } } }, stale: false, hasNext: false }))
  return { client: { executeQuery: vi.fn(), executeMutation, executeSubscription: vi.fn() }, executeMutation }
}

describe('TalentConsentCard', { timeout: 30_000 }, () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  function mountCard() {
    const { client, executeMutation } = clientRefusingAnonymisation()
    const wrapper = mount(TalentConsentCard, {
      props: { talent },
      attachTo: document.body,
      global: { plugins: [i18n], provide: { $urql: shallowRef(client) } },
    })
    return { wrapper, executeMutation }
  }

  it('offers to withdraw each scope but REGISTRY, and says what withdrawing CONTACT erases before it does', async () => {
    const { wrapper, executeMutation } = mountCard()
    expect(wrapper.find('[data-test="withdraw-CONTACT"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="withdraw-PUBLICITY"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="withdraw-REGISTRY"]').exists()).toBe(false)

    await wrapper.find('[data-test="withdraw-CONTACT"]').trigger('click')
    await vi.waitFor(() => expect(document.body.querySelector('.el-message-box')).not.toBeNull(), { timeout: 5000 })
    const box = document.body.querySelector('.el-message-box')!
    expect(box.textContent).toContain('欧阳翠娟 的电话、邮箱和地址将被永久删除')
    expect(executeMutation).not.toHaveBeenCalled()
    box.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1), { timeout: 5000 })
    expect(executeMutation.mock.calls[0][0].variables.input).toEqual({ id: talent.id, version: 3, scopes: ['CONTACT'] })
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  it('names what anonymising removes, asks why, and shows the refusal in the server\'s words', async () => {
    const { wrapper, executeMutation } = mountCard()
    await wrapper.find('[data-test="anonymise-open"]').trigger('click')
    await flushPromises()
    const removed = document.body.querySelector('[data-test="anonymise-removes"]')!
    expect(removed.textContent).toContain('电话、邮箱、地址')
    expect(removed.textContent).toContain('按原姓名或拼音再也搜不到')
    const submit = document.body.querySelector<HTMLButtonElement>('[data-test="anonymise-submit"]')!
    expect(submit.disabled).toBe(true)

    document.body.querySelector<HTMLElement>('[data-test="anonymise-reason"] .el-select__wrapper, [data-test="anonymise-reason"]')!.click()
    await vi.waitFor(() => expect(document.body.querySelectorAll('.el-select-dropdown__item').length).toBe(3), { timeout: 5000 })
    const option = [...document.body.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.includes('本人（或家属）申请删除'))!
    option.click()
    await flushPromises()
    expect(submit.disabled).toBe(false)
    submit.click()
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1), { timeout: 5000 })
    expect(executeMutation.mock.calls[0][0].variables.input).toEqual({ id: talent.id, version: 3, reason: 'PERSON_REQUESTED' })
    await vi.waitFor(() => expect(document.body.querySelector('.el-dialog .el-alert--error')?.textContent).toContain('changed by someone else'),
      { timeout: 5000 })
    expect(wrapper.emitted('changed')).toBeUndefined()
  })
})
