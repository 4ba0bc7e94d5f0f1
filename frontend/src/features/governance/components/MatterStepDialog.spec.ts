import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import urql from '@urql/vue'
import { i18n } from '@/i18n'
import { fakeClient, matter, problem } from '../testing'
import MatterStepDialog from './MatterStepDialog.vue'

function mountDialog(step: string, answer: (variables: unknown) => { data?: unknown; error?: ReturnType<typeof problem> }) {
  const fake = fakeClient({
    mutation: answer,
    query: () => ({ data: { grids: { __typename: 'GridConnection', nodes: [] } } }),
  })
  return mount(MatterStepDialog, {
    props: { matter: { id: 'TWF0dGVyOjE', version: 3, regionCode: '330522100201' }, step: step as never },
    global: { plugins: [i18n, [urql, fake.client]] },
    attachTo: document.body,
  })
}
afterEach(() => {
  document.body.innerHTML = ''
})
const submit = () => (document.querySelector('[data-test=step-submit]') as HTMLButtonElement).click()
function typeIn(name: string, value: string) {
  const el = document.querySelector(`[data-test=${name}]`)!
  const input = (['INPUT', 'TEXTAREA'].includes(el.tagName) ? el : el.querySelector('input, textarea')) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
}
const saved = (name: string) => ({ data: { [name]: { matter: matter({ status: 'DISPATCHED', version: 4 }) } } })

describe('a step on a matter', { timeout: 30_000 }, () => {
  it('dispatches to a department with the deadline read as Asia/Shanghai time', async () => {
    let sent: { input: Record<string, unknown> } | undefined
    const wrapper = mountDialog('dispatch', (v) => {
      sent = v as never
      return saved('dispatchMatter')
    })
    await flushPromises()
    ;(document.querySelector('[data-test=owner-kind] input[value=DEPARTMENT]') as HTMLInputElement).click()
    await flushPromises()
    typeIn('owner-department', '乡综合执法队')
    typeIn('step-note', '今日处理')
    await flushPromises()
    submit()
    await vi.waitFor(() => expect(sent).toBeDefined())
    expect(sent!.input).toMatchObject({ id: 'TWF0dGVyOjE', version: 3, ownerKind: 'DEPARTMENT', owner: '乡综合执法队', note: '今日处理' })
    expect(sent!.input.deadline).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/)
    const hours = (Date.parse(sent!.input.deadline as string) - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(71.9)
    expect(hours).toBeLessThanOrEqual(73)
    await vi.waitFor(() => expect(wrapper.emitted('done')?.[0]?.[0]).toBe('dispatch'))
  })

  it('needs what was done to complete, and shows the server’s problem on its field', async () => {
    const wrapper = mountDialog('complete', () => ({ error: problem('照片不属于您', 'BAD_REQUEST', 'input.photoIds') }))
    await flushPromises()
    expect((document.querySelector('[data-test=step-submit]') as HTMLButtonElement).disabled).toBe(true)
    typeIn('step-resolution', '已清理')
    await flushPromises()
    submit()
    await vi.waitFor(() => expect(document.body.textContent).toContain('照片不属于您'))
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('reports a stale version as a conflict to reload', async () => {
    const wrapper = mountDialog('accept', () => ({ error: problem('The matter was changed by someone else', 'CONFLICT', 'input.version') }))
    await flushPromises()
    submit()
    await vi.waitFor(() => expect(wrapper.emitted('conflict')).toHaveLength(1))
  })
})
