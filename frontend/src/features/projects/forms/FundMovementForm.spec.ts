import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import FundMovementForm from './FundMovementForm.vue'
import { apiError, fakeClient } from '../testing'

const PROJECT = 'UHJvamVjdDox'

function mountForm(answer: Parameters<typeof fakeClient>[0]['mutation'], canDisburse = true) {
  const fake = fakeClient({ mutation: answer })
  const wrapper = mount(FundMovementForm, {
    props: { projectId: PROJECT, sources: ['COUNTY_FINANCE', 'SPECIAL_BOND'], canDisburse },
    global: { plugins: fake.plugins },
    attachTo: document.body,
  })
  return { wrapper, fake }
}

async function fill(wrapper: ReturnType<typeof mountForm>['wrapper'], amount: string) {
  await wrapper.get('input[aria-label="金额（元）"]').setValue(amount)
  await wrapper.get('input[aria-label="收款方名称"]').setValue('安吉县路桥工程有限公司')
  await wrapper.get('input[aria-label="凭证号"]').setValue('ZF-001')
  await wrapper.get('form').trigger('submit')
  // validation, the mutation and the re-render each take a turn
  for (let i = 0; i < 10; i++) await flushPromises()
  // Element Plus shows a field's error 100 ms after its state changes
  await new Promise((resolve) => setTimeout(resolve, 150))
  await flushPromises()
}

const errorOf = (wrapper: ReturnType<typeof mountForm>['wrapper'], item: string) =>
  wrapper.get(`[data-test=${item}]`).find('.el-form-item__error')

describe('FundMovementForm', { timeout: 30_000 }, () => {
  beforeEach(() => sessionStorage.clear())

  it('sends the amount as the exact decimal typed and shows the server refusal on the amount field', async () => {
    const message = 'only 198765.44 disbursed from COUNTY_FINANCE is not yet paid (disbursed 200000.00, paid 1234.56): record the disbursement first'
    const { wrapper, fake } = mountForm(() => ({ error: apiError(message, 'CONFLICT', 'input.amount') }))
    await fill(wrapper, '300000.10')

    expect(fake.executeMutation).toHaveBeenCalledTimes(1)
    const input = (fake.executeMutation.mock.calls[0][0].variables as { input: Record<string, unknown> }).input
    expect(input).toMatchObject({ projectId: PROJECT, kind: 'DISBURSEMENT', source: 'COUNTY_FINANCE', amount: '300000.10', payeeKind: 'ORGANISATION' })
    expect(errorOf(wrapper, 'amount-item').text()).toBe(message)
    expect(wrapper.find('.el-alert').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows a problem that names no field in the list, not on a field', async () => {
    const { wrapper } = mountForm(() => ({ error: apiError('the service is busy: try again', 'INTERNAL_ERROR') }))
    await fill(wrapper, '10.00')
    expect(wrapper.get('.el-alert').text()).toContain('the service is busy: try again')
    expect(errorOf(wrapper, 'amount-item').exists()).toBe(false)
    wrapper.unmount()
  })

  it('maps a voucher conflict to the voucher field', async () => {
    const { wrapper } = mountForm(() => ({ error: apiError('voucher ZF-001 is already recorded', 'CONFLICT', 'input.voucherNo') }))
    await fill(wrapper, '10.00')
    expect(wrapper.text()).toContain('voucher ZF-001 is already recorded')
    expect(errorOf(wrapper, 'amount-item').exists()).toBe(false)
    wrapper.unmount()
  })

  it('refuses an amount with more than two decimals before asking the server', async () => {
    const { wrapper, fake } = mountForm(() => ({ data: null }))
    await fill(wrapper, '12.345')
    expect(fake.executeMutation).not.toHaveBeenCalled()
    expect(errorOf(wrapper, 'amount-item').text()).toBe('请输入大于 0 的金额，最多两位小数')
    wrapper.unmount()
  })

  it('offers a village official payments only, and forgets the draft once saved', async () => {
    const { wrapper, fake } = mountForm(
      () => ({
        data: {
          recordFundMovement: {
            __typename: 'FundMovementPayload',
            movement: { __typename: 'FundMovement', kind: 'PAYMENT', amount: '10.00', voucherNo: 'ZF-001' },
            funding: { __typename: 'ProjectFunding', source: 'COUNTY_FINANCE', budget: '1.00', disbursed: '1.00', paid: '1.00' },
          },
        },
      }),
      false,
    )
    expect(wrapper.find('[data-test=kind-DISBURSEMENT]').exists()).toBe(false)
    await fill(wrapper, '10.00')
    const input = (fake.executeMutation.mock.calls[0][0].variables as { input: Record<string, unknown> }).input
    expect(input.kind).toBe('PAYMENT')
    expect(wrapper.emitted('saved')?.[0]).toEqual(['PAYMENT', '10.00'])
    expect(sessionStorage.getItem(`xiangli.draft.projects.movement.${PROJECT}`)).toBeNull()
    wrapper.unmount()
  })
})
