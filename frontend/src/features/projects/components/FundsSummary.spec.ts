import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import FundsSummary from './FundsSummary.vue'

const mountSummary = (props: InstanceType<typeof FundsSummary>['$props']) => mount(FundsSummary, { props, global: { plugins: [i18n] } })

describe('FundsSummary', { timeout: 30_000 }, () => {
  it('shows each source and the total exact to the fen, with disbursed and paid rates against the budget', () => {
    const wrapper = mountSummary({
      funding: [
        { source: 'COUNTY_FINANCE', budget: '1200000.00', disbursed: '600000.00', paid: '150000.10' },
        { source: 'SPECIAL_BOND', budget: '98765432.10', disbursed: '0.00', paid: '0.00' },
      ],
      budgetTotal: '99965432.10',
      disbursedTotal: '600000.00',
      paidTotal: '150000.10',
    })
    const county = wrapper.get('[data-test=funds-COUNTY_FINANCE]')
    expect(county.find('th').text()).toBe('县级财政')
    expect(county.get('[data-test=budget]').text()).toBe('¥1,200,000.00')
    expect(county.get('[data-test=disbursed]').text()).toBe('¥600,000.00')
    expect(county.get('[data-test=disbursed-rate]').text()).toBe('50.0%')
    expect(county.get('[data-test=paid]').text()).toBe('¥150,000.10')
    expect(county.get('[data-test=paid-rate]').text()).toBe('12.5%')

    const bond = wrapper.get('[data-test=funds-SPECIAL_BOND]')
    expect(bond.get('[data-test=budget]').text()).toBe('¥98,765,432.10')
    expect(bond.get('[data-test=paid-rate]').text()).toBe('0.0%')

    const total = wrapper.get('[data-test=funds-TOTAL]')
    expect(total.get('[data-test=budget]').text()).toBe('¥99,965,432.10')
    expect(total.get('[data-test=disbursed-rate]').text()).toBe('0.6%')
  })

  it('shows a dash, not NaN, for the rate of a source without budget', () => {
    const wrapper = mountSummary({
      funding: [{ source: 'RETURNED_TALENTS', budget: '0.00', disbursed: '0.00', paid: '0.00' }],
      budgetTotal: '0.00',
      disbursedTotal: '0.00',
      paidTotal: '0.00',
    })
    expect(wrapper.get('[data-test=funds-RETURNED_TALENTS] [data-test=paid-rate]').text()).toBe('—')
    expect(wrapper.text()).not.toContain('NaN')
  })

  it('says so when no budget is set', () => {
    const wrapper = mountSummary({ funding: [], budgetTotal: '0.00', disbursedTotal: '0.00', paidTotal: '0.00' })
    expect(wrapper.find('[data-test=no-funding]').exists()).toBe(true)
    expect(wrapper.find('table').exists()).toBe(false)
  })
})
