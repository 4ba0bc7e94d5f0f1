import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { apiError, fakeClient } from '../testing'
import TemplateEditor from './TemplateEditor.vue'

type Sent = { input: Record<string, unknown> }
function mountEditor(template: { version: number; steps: { name: string; offsetDays: number }[] } | null, answer: () => { data?: unknown; error?: ReturnType<typeof apiError> }) {
  const fake = fakeClient({ mutation: answer })
  const wrapper = mount(TemplateEditor, { props: { county: '330523', category: 'INDUSTRY', template }, global: { plugins: fake.plugins }, attachTo: document.body })
  return { wrapper, ...fake }
}
const names = (w: ReturnType<typeof mountEditor>['wrapper']) => w.findAll<HTMLInputElement>('input[data-test=step-name]').map((i) => i.element.value)
const saved = { data: { setMilestoneTemplate: { template: { id: 't1', county: '330523', category: 'INDUSTRY', version: 1, steps: [] } } } }

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the milestone template editor', { timeout: 30_000 }, () => {
  it('starts a category without a template from the default steps and saves it without a version', async () => {
    const { wrapper, executeMutation } = mountEditor(null, () => saved)
    await flushPromises()
    expect(wrapper.find('[data-test=template-none]').exists()).toBe(true)
    expect(names(wrapper)).toEqual(['开工', '竣工', '验收'])
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const input = (executeMutation.mock.calls[0][0] as unknown as { variables: Sent }).variables.input
    expect(input).toEqual({ county: '330523', category: 'INDUSTRY', steps: [{ name: '开工', offsetDays: 0 }, { name: '竣工', offsetDays: 180 }, { name: '验收', offsetDays: 210 }] })
  })

  it('adds, reorders and removes steps, and holds back steps out of order or named twice', async () => {
    const template = { version: 3, steps: [{ name: '土地摘牌', offsetDays: 0 }, { name: '开工', offsetDays: 30 }, { name: '投产', offsetDays: 400 }] }
    const { wrapper, executeMutation } = mountEditor(template, () => saved)
    await flushPromises()
    await wrapper.find('[data-test=step-add]').trigger('click')
    const inputs = wrapper.findAll('input[data-test=step-name]')
    await inputs[3].setValue('竣工')
    await wrapper.findAll('[data-test=step-up]')[3].trigger('click')
    expect(names(wrapper)).toEqual(['土地摘牌', '开工', '竣工', '投产'])
    // 竣工 (400 days, copied from the last) now sits above 投产 (400): in order
    expect(wrapper.get<HTMLButtonElement>('[data-test=template-save]').element.disabled).toBe(false)
    await wrapper.findAll('[data-test=step-up]')[1].trigger('click')
    expect(names(wrapper)).toEqual(['开工', '土地摘牌', '竣工', '投产'])
    const erring = () => wrapper.findAll('.el-form-item').filter((f) => f.classes('is-error')).map((f) => f.classes().includes('days') ? 'days' : 'name')
    await flushPromises()
    expect(erring()).toEqual(['days'])
    expect(wrapper.get<HTMLButtonElement>('[data-test=template-save]').element.disabled).toBe(true)
    await wrapper.findAll('[data-test=step-down]')[0].trigger('click')
    await wrapper.findAll('input[data-test=step-name]')[2].setValue('开工')
    await flushPromises()
    expect(erring()).toEqual(['name'])
    expect(wrapper.get<HTMLButtonElement>('[data-test=template-save]').element.disabled).toBe(true)
    await wrapper.findAll('[data-test=step-remove]')[2].trigger('click')
    expect(names(wrapper)).toEqual(['土地摘牌', '开工', '投产'])
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const input = (executeMutation.mock.calls[0][0] as unknown as { variables: Sent }).variables.input
    expect(input).toMatchObject({ version: 3, steps: template.steps })
  })

  it('shows the server’s problem on the step it names, and a stale version as a reload', async () => {
    const template = { version: 3, steps: [{ name: '开工', offsetDays: 0 }, { name: '竣工', offsetDays: 180 }] }
    const first = mountEditor(template, () => ({ error: apiError('steps are in order', 'BAD_REQUEST', 'input.steps[1].offsetDays') }))
    await flushPromises()
    await first.wrapper.find('form').trigger('submit')
    await flushPromises()
    const days = first.wrapper.findAll('.el-form-item.days')
    expect(days.map((d) => d.classes('is-error'))).toEqual([false, true])
    expect(first.wrapper.find('[role=alert]').exists()).toBe(false)

    const second = mountEditor(template, () => ({ error: apiError('The milestone template was changed', 'CONFLICT', 'input.version') }))
    await flushPromises()
    await second.wrapper.find('form').trigger('submit')
    await flushPromises()
    await second.wrapper.get('[data-test=reload]').trigger('click')
    expect(second.wrapper.emitted('reload')).toHaveLength(1)
    expect(vi.isMockFunction(second.executeMutation)).toBe(true)
  })
})
