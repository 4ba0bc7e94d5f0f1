import { describe, expect, it } from 'vitest'
import { addStep, badNames, firstOutOfOrder, MAX_STEPS, moveStep } from './templateSteps'

const steps = [{ name: '土地摘牌', offsetDays: 0 }, { name: '开工', offsetDays: 30 }, { name: '竣工', offsetDays: 300 }]

describe('a milestone template’s steps', () => {
  it('move up and down within the list, never past its ends', () => {
    expect(moveStep(steps, 1, -1).map((s) => s.name)).toEqual(['开工', '土地摘牌', '竣工'])
    expect(moveStep(steps, 1, 1).map((s) => s.name)).toEqual(['土地摘牌', '竣工', '开工'])
    expect(moveStep(steps, 0, -1)).toBe(steps)
    expect(moveStep(steps, 2, 1)).toBe(steps)
  })

  it('get a new step due no earlier than the last, up to twelve', () => {
    expect(addStep(steps).at(-1)).toEqual({ name: '', offsetDays: 300 })
    const full = Array.from({ length: MAX_STEPS }, (_, i) => ({ name: `第${i}步`, offsetDays: i }))
    expect(addStep(full)).toBe(full)
  })

  it('name the first step due before the one above it, and blank or repeated names', () => {
    expect(firstOutOfOrder(steps)).toBe(-1)
    expect(firstOutOfOrder(moveStep(steps, 2, -1))).toBe(2)
    expect(badNames([...steps, { name: ' 开工 ', offsetDays: 400 }, { name: '  ', offsetDays: 400 }])).toEqual([3, 4])
  })
})
