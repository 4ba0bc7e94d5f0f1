import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import AsOf from './AsOf.vue'

describe('AsOf', () => {
  afterEach(() => { i18n.global.locale.value = 'zh-CN' })

  it('says when a figure was computed, in Beijing time, whatever the browser zone', () => {
    const stamp = mount(AsOf, { props: { at: '2026-12-03T16:05:09Z' }, global: { plugins: [i18n] } })
    expect(stamp.text()).toBe('数据截至 00:05')
    expect(stamp.attributes('title')).toContain('2026-12-04 00:05:09')
  })

  it('speaks English when the dashboard does', async () => {
    i18n.global.locale.value = 'en'
    const stamp = mount(AsOf, { props: { at: '2026-12-03T08:15:00+08:00' }, global: { plugins: [i18n] } })
    expect(stamp.text()).toBe('as of 08:15')
  })
})
