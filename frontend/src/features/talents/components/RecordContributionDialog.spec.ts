import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { shallowRef } from 'vue'
import { CombinedError } from '@urql/core'
import { fromValue } from 'wonka'
import { i18n } from '@/i18n'
import RecordContributionDialog from './RecordContributionDialog.vue'

function refusingClient() {
  const error = new CombinedError({
    graphQLErrors: [
      { message: 'an investment needs a pledged amount, a realised amount, or both', extensions: { classification: 'BAD_REQUEST', field: 'input.pledgedAmount' } },
      { message: 'the hometown lies outside your area', extensions: { classification: 'FORBIDDEN' } },
    ],
  })
  const executeMutation = vi.fn((request: { variables: unknown }) => fromValue({ operation: request, error, stale: false, hasNext: false }))
  const executeQuery = vi.fn((request: unknown) =>
    fromValue({ operation: request, data: { projects: { __typename: 'ProjectConnection', nodes: [] } }, stale: false, hasNext: false }))
  return { client: { executeQuery, executeMutation, executeSubscription: vi.fn() }, executeMutation }
}

describe('RecordContributionDialog', { timeout: 30_000 }, () => {
  afterEach(() => {
    document.body.innerHTML = ''
    sessionStorage.clear()
  })

  it('sends only the fields of the kind and shows the server errors on the field they name', async () => {
    const { client, executeMutation } = refusingClient()
    mount(RecordContributionDialog, {
      props: { modelValue: true, talentId: 'VGFsZW50OjE' },
      attachTo: document.body,
      global: { plugins: [i18n], provide: { $urql: shallowRef(client) } },
    })
    await flushPromises()
    const submit = document.body.querySelector<HTMLButtonElement>('[data-test="record-submit"]')!
    submit.click()
    await flushPromises()

    const input = (executeMutation.mock.calls[0][0].variables as { input: Record<string, unknown> }).input
    expect(input).toMatchObject({ talentId: 'VGFsZW50OjE', kind: 'INVESTMENT', pledgedAmount: null })
    expect(Object.keys(input)).not.toContain('donatedAmount')
    expect(Object.keys(input)).not.toContain('peopleReached')

    const pledged = document.body.querySelector('[data-test="record-pledged"]')!.closest('.el-form-item')!
    expect(pledged.classList).toContain('is-error')
    // the message enters through a transition: wait for it rather than for a fixed time
    await vi.waitFor(() => expect(pledged.textContent).toContain('an investment needs a pledged amount'), { timeout: 5000 })
    expect(document.body.querySelector('.el-alert')!.textContent).toContain('the hometown lies outside your area')
  })
})
