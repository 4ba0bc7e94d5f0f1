import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import urql from '@urql/vue'
import { i18n } from '@/i18n'
import { fakeClient, matter, problem } from './testing'
import MatterReportView from './MatterReportView.vue'

vi.mock('./files', () => ({ uploadMatterPhoto: vi.fn(async (file: File) => ({ id: `photo-of-${file.name}` })) }))

beforeEach(() => {
  sessionStorage.clear()
  URL.createObjectURL = vi.fn(() => 'blob:preview')
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => {
  document.body.innerHTML = ''
})

function mountForm(answer: (variables: unknown) => { data?: unknown; error?: ReturnType<typeof problem> }) {
  const fake = fakeClient({ mutation: answer })
  return mount(MatterReportView, {
    global: { plugins: [i18n, [urql, fake.client]], stubs: { RouterLink: { template: '<a><slot /></a>' } } },
    attachTo: document.body,
  })
}

/** An Element Plus input puts its data-test on the input or textarea itself, or on its wrapper. */
function typeIn(wrapper: ReturnType<typeof mountForm>, name: string) {
  const el = wrapper.find(`[data-test=${name}]`)
  return ['INPUT', 'TEXTAREA'].includes(el.element.tagName) ? el : el.find('input, textarea')
}

async function takePhoto(wrapper: ReturnType<typeof mountForm>, name: string) {
  const input = wrapper.find('[data-test=photo-input]').element as HTMLInputElement
  const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], name, { type: 'image/jpeg', lastModified: Date.parse('2026-12-03T00:30:00Z') })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

describe('the grid worker’s phone form', () => {
  it('will not send a fixed-on-spot report without a photo and what was done', async () => {
    const sent = vi.fn(() => ({ data: { reportMatter: { matter: matter() } } }))
    const wrapper = mountForm(sent)
    await wrapper.find('[data-kind=ENVIRONMENT]').trigger('click')
    await typeIn(wrapper, 'report-title').setValue('河道漂浮垃圾')
    await wrapper.find('[data-test=fixed-on-spot]').trigger('click')
    await wrapper.find('[data-test=report-form]').trigger('submit')
    await flushPromises()
    expect(sent).not.toHaveBeenCalled()
    expect(wrapper.find('[data-test=photo-error]').text()).toBe('就地解决需至少附一张照片')
    expect(wrapper.text()).toContain('就地解决需说明处理结果')

    await takePhoto(wrapper, 'river.jpg')
    expect(wrapper.findAll('[data-test=photo-preview]')).toHaveLength(1)
    expect(wrapper.find('[data-test=photo-error]').exists()).toBe(false)
    await wrapper.find('[data-test=report-form]').trigger('submit')
    await flushPromises()
    expect(sent).not.toHaveBeenCalled()
  })

  it('sends the kind, title, photos and resolution, and shows the ledger number', async () => {
    let input: unknown
    const wrapper = mountForm((v) => {
      input = (v as { input: unknown }).input
      return { data: { reportMatter: { matter: matter({ number: 'SX-2026-000042', status: 'CLOSED' }) } } }
    })
    await wrapper.find('[data-kind=SAFETY]').trigger('click')
    await typeIn(wrapper, 'report-title').setValue('  路灯杆倾斜 ')
    await typeIn(wrapper, 'report-description').setValue('三组桥头')
    await takePhoto(wrapper, 'a.jpg')
    await takePhoto(wrapper, 'b.jpg')
    await wrapper.findAll('[data-test=photo-remove]')[0].trigger('click')
    await wrapper.find('[data-test=fixed-on-spot]').trigger('click')
    await typeIn(wrapper, 'report-resolution').setValue('已加固并设警示')
    await wrapper.find('[data-test=report-form]').trigger('submit')
    await flushPromises()
    expect(input).toEqual({
      kind: 'SAFETY', title: '路灯杆倾斜', description: '三组桥头', photoIds: ['photo-of-b.jpg'], location: null,
      fixedOnSpot: true, resolution: '已加固并设警示',
    })
    expect(wrapper.find('[data-test=ledger-number]').text()).toBe('SX-2026-000042')
    expect(wrapper.text()).toContain('已就地解决并销号')
  })

  it('says when the phone gives no position, and shows the server’s problem on its field', async () => {
    const wrapper = mountForm(() => ({ error: problem('标题需 2 到 80 个字', 'BAD_REQUEST', 'input.title') }))
    expect(wrapper.find('[data-test=position]').attributes('data-state')).toBe('unavailable')
    expect(wrapper.text()).toContain('此设备不支持定位')
    await wrapper.find('[data-kind=OTHER]').trigger('click')
    await typeIn(wrapper, 'report-title').setValue('其他事项')
    await wrapper.find('[data-test=report-form]').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('标题需 2 到 80 个字')
    expect(wrapper.find('[data-test=report-done]').exists()).toBe(false)
  })
})
