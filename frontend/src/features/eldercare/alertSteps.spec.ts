import { describe, expect, it } from 'vitest'
import { isMasked, nextSteps } from './alertSteps'

describe('the steps offered for a status', () => {
  it('follows the closed loop', () => {
    expect(nextSteps('RAISED', null)).toEqual(['acknowledge'])
    expect(nextSteps('ACKNOWLEDGED', null)).toEqual(['call', 'onSite', 'resolve'])
    expect(nextSteps('ON_SITE', null)).toEqual(['call', 'resolve'])
    expect(nextSteps('RESOLVED', 'SAFE')).toEqual(['call', 'followUp'])
    expect(nextSteps('FOLLOWED_UP', 'SAFE')).toEqual(['call', 'close'])
    expect(nextSteps('CLOSED', 'SAFE')).toEqual([])
  })
  it('lets false alarms and device faults close without a follow-up', () => {
    expect(nextSteps('RESOLVED', 'FALSE_ALARM')).toContain('close')
    expect(nextSteps('RESOLVED', 'DEVICE_FAULT')).toContain('close')
    expect(nextSteps('RESOLVED', 'HOSPITALISED')).not.toContain('close')
  })
})

describe('masked values', () => {
  it('are recognised by their stars', () => {
    expect(isMasked('138****5678')).toBe(true)
    expect(isMasked('李**')).toBe(true)
    expect(isMasked('13800005678')).toBe(false)
    expect(isMasked(null)).toBe(false)
  })
})
