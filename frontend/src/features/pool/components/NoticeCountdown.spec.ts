import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { i18n } from '@/i18n'
import NoticeCountdown from './NoticeCountdown.vue'

const NOW = new Date('2026-11-23T02:00:00Z')

function countdown(endsAt: string | null, compact = false) {
  return mount(NoticeCountdown, { props: { endsAt, compact }, global: { plugins: [i18n] } })
}

describe('NoticeCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(NOW)
    i18n.global.locale.value = 'zh-CN'
  })
  afterEach(() => vi.useRealTimers())

  it('counts down every second and says when the decision takes effect', async () => {
    const wrapper = countdown('2026-11-23T02:00:05Z')
    expect(wrapper.get('[role=timer]').text()).toBe('公示中 · 剩余 00:00:05')
    expect(wrapper.text()).toContain('2026-11-23 10:00 生效')
    vi.advanceTimersByTime(1000)
    await nextTick()
    expect(wrapper.get('[role=timer]').text()).toBe('公示中 · 剩余 00:00:04')
  })

  it('shows days beyond 24 hours', () => {
    const wrapper = countdown('2026-11-28T05:04:03Z', true)
    expect(wrapper.get('[role=timer]').text()).toBe('5天 03:04:03')
  })

  it('says the notice is over and tells its parent once it ends', async () => {
    const wrapper = countdown('2026-11-23T02:00:02Z')
    vi.advanceTimersByTime(3000)
    await nextTick()
    expect(wrapper.find('[role=timer]').exists()).toBe(false)
    expect(wrapper.text()).toContain('公示期满，2026-11-23 10:00 起生效')
    expect(wrapper.emitted('ended')).toHaveLength(1)
  })

  it('does not count for a decision without notice', () => {
    const wrapper = countdown(null)
    expect(wrapper.find('[role=timer]').exists()).toBe(false)
    expect(wrapper.text()).toBe('—')
  })

  it('speaks English too', () => {
    i18n.global.locale.value = 'en'
    const wrapper = countdown('2026-11-24T03:00:00Z')
    expect(wrapper.get('[role=timer]').text()).toBe('Under notice · 1d 01:00:00 left')
  })

  it('stops its clock when removed', () => {
    const wrapper = countdown('2026-11-24T03:00:00Z')
    wrapper.unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
