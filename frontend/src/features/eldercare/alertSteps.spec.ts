import { describe, expect, it } from 'vitest'
import { escalatedBeyondGrid, isMasked, nextSteps, stepsFor } from './alertSteps'

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

describe('a grid worker as first responder', () => {
  const at = (escalationLevel: string, status = 'RAISED') => ({ status, outcome: null, escalationLevel })
  it('works the alert while it sits at the GRID rung', () => {
    expect(stepsFor(true, at('GRID'))).toEqual(['acknowledge'])
    expect(stepsFor(true, at('GRID', 'ACKNOWLEDGED'))).toEqual(['call', 'onSite', 'resolve'])
    expect(escalatedBeyondGrid(true, 'GRID')).toBe(false)
  })
  it('is offered no step once the alert climbed beyond the grid', () => {
    for (const level of ['VILLAGE', 'TOWNSHIP', 'COUNTY']) {
      expect(escalatedBeyondGrid(true, level)).toBe(true)
      expect(stepsFor(true, at(level, 'ACKNOWLEDGED'))).toEqual([])
    }
  })
  it('leaves every other responder the steps of the loop at any rung', () => {
    expect(escalatedBeyondGrid(false, 'COUNTY')).toBe(false)
    expect(stepsFor(false, at('COUNTY', 'ACKNOWLEDGED'))).toEqual(['call', 'onSite', 'resolve'])
  })
})
