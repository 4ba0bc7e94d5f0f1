import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import urql from '@urql/vue'
import { fakeClient, problem, testI18n } from '../testing'
import AlertStepDialog from './AlertStepDialog.vue'

function mountDialog(step: string, answer: (variables: unknown) => { data?: unknown; error?: ReturnType<typeof problem> }) {
  const fake = fakeClient({ mutation: answer })
  return mount(AlertStepDialog, {
    props: { alertId: 'QWxlcnQ6MQ', version: 3, step: step as never, contacts: [{ position: 1, relation: 'FAMILY', name: '演****' }] },
    global: { plugins: [testI18n(), [urql, fake.client]] },
    attachTo: document.body,
  })
}
afterEach(() => {
  document.body.innerHTML = ''
})
const submit = () => (document.querySelector('[data-test=step-submit]') as HTMLButtonElement).click()

describe('a step of the loop', () => {
  it('sends the version read and the note, then reports the step done', async () => {
    let sent: unknown
    const wrapper = mountDialog('onSite', (v) => {
      sent = v
      return { data: { arriveOnSite: { alert: { id: 'QWxlcnQ6MQ', status: 'ON_SITE', version: 4 } } } }
    })
    await flushPromises()
    const note = document.querySelector('textarea') as HTMLTextAreaElement
    note.value = '已到达老人家中'
    note.dispatchEvent(new Event('input'))
    submit()
    await vi.waitFor(() => expect(sent).toBeDefined())
    expect(sent).toEqual({ input: { id: 'QWxlcnQ6MQ', version: 3, note: '已到达老人家中' } })
    await vi.waitFor(() => expect(wrapper.emitted('done')).toEqual([['onSite']]))
  })

  it('shows a server error on the field it names', async () => {
    const wrapper = mountDialog('call', () => ({
      error: problem('the elder\'s call tree has no position 5', 'BAD_REQUEST', 'input.contactPosition'),
    }))
    await flushPromises()
    ;(document.querySelector('[data-test=call-result] input[value=REACHED]') as HTMLInputElement).click()
    await vi.waitFor(() => expect((document.querySelector('[data-test=step-submit]') as HTMLButtonElement).disabled).toBe(false))
    submit()
    const item = document.querySelector('[data-test=call-contact]')!.closest('.el-form-item')!
    await vi.waitFor(() => expect(item.querySelector('.el-form-item__error')?.textContent).toContain('no position 5'))
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('hands a refusal (a grid worker on an alert escalated beyond the grid) to the page, with the server\'s words', async () => {
    const wrapper = mountDialog('onSite', () => ({
      error: problem('the alert was escalated to VILLAGE: the village answers it now, not the grid', 'FORBIDDEN'),
    }))
    await flushPromises()
    submit()
    await vi.waitFor(() => expect(wrapper.emitted('refused')).toEqual([['the alert was escalated to VILLAGE: the village answers it now, not the grid']]))
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('reports a stale version as a conflict to reload', async () => {
    const wrapper = mountDialog('close', () => ({ error: problem('The alert was changed by someone else', 'CONFLICT', 'input.version') }))
    await flushPromises()
    submit()
    await vi.waitFor(() => expect(wrapper.emitted('conflict')).toHaveLength(1))
  })
})
