import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import type { ApiProblem } from '@/api/errors'
import StepForm from './StepForm.vue'

const problem = (message: string, field: string | null): ApiProblem => ({ message, classification: 'BAD_REQUEST', field, requestId: null })

describe('the form of a step', { timeout: 30_000 }, () => {
  it('puts the server’s problems on the fields the form has, and lists only the rest', async () => {
    const wrapper = mount(StepForm, {
      props: {
        problems: [problem('too long', 'input.note'), problem('no such contact', 'input.contactPosition'), problem('stale', 'input.id'), problem('down', null)],
        fields: ['note', 'contactPosition'],
        noteLabel: '备注',
      },
      slots: { default: `<template #default="{ errors }"><p data-test="own">{{ errors.contactPosition }}</p></template>` },
      global: { plugins: [i18n] },
      attachTo: document.body,
    })
    await flushPromises()
    expect(wrapper.get('[data-test=own]').text()).toBe('no such contact')
    // the note's own problem marks the note (Element Plus shows the message under it in a browser)
    expect(wrapper.get('textarea[data-test=step-note]').element.closest('.el-form-item')!.classList).toContain('is-error')
    const alerts = wrapper.findAll('.el-alert__title').map((a) => a.text())
    expect(alerts).toEqual(['stale', 'down'])
  })

  it('binds the note, leaves it out without a label, and submits', async () => {
    const wrapper = mount(StepForm, { props: { problems: [], fields: [], noteLabel: '备注', note: '', 'onUpdate:note': (v: string) => wrapper.setProps({ note: v }) }, global: { plugins: [i18n] } })
    await wrapper.get('textarea[data-test=step-note]').setValue('已到达')
    expect(wrapper.props('note')).toBe('已到达')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toHaveLength(1)
    const bare = mount(StepForm, { props: { problems: [], fields: [] }, global: { plugins: [i18n] } })
    expect(bare.find('[data-test=step-note]').exists()).toBe(false)
  })
})
