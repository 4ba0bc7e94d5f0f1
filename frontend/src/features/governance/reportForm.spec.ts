import { describe, expect, it } from 'vitest'
import { EMPTY_REPORT, reportInput, reportProblems } from './reportForm'

const filled = { ...EMPTY_REPORT, kind: 'ENVIRONMENT' as const, title: '村口垃圾桶满溢' }

describe('the phone form’s rules', () => {
  it('needs a kind and a title of 2 to 80 characters', () => {
    expect(reportProblems(EMPTY_REPORT, 0)).toEqual({ kind: 'kind', title: 'title' })
    expect(reportProblems({ ...filled, title: '满' }, 0)).toEqual({ title: 'title' })
    expect(reportProblems({ ...filled, title: 'x'.repeat(81) }, 0)).toEqual({ title: 'title' })
    expect(reportProblems(filled, 0)).toEqual({})
  })

  it('fixed on the spot needs a photo and what was done', () => {
    expect(reportProblems({ ...filled, fixedOnSpot: true }, 0)).toEqual({ photoIds: 'photoRequired', resolution: 'resolution' })
    expect(reportProblems({ ...filled, fixedOnSpot: true, resolution: '已清运' }, 0)).toEqual({ photoIds: 'photoRequired' })
    expect(reportProblems({ ...filled, fixedOnSpot: true, resolution: ' ' }, 1)).toEqual({ resolution: 'resolution' })
    expect(reportProblems({ ...filled, fixedOnSpot: true, resolution: '已清运' }, 1)).toEqual({})
    expect(reportProblems(filled, 10)).toEqual({ photoIds: 'tooManyPhotos' })
  })

  it('builds the input the API takes', () => {
    expect(reportInput({ ...filled, description: '  ', resolution: 'ignored' }, [], null)).toEqual({
      kind: 'ENVIRONMENT', title: '村口垃圾桶满溢', description: null, photoIds: null, location: null, fixedOnSpot: false, resolution: null,
    })
    expect(reportInput({ ...filled, fixedOnSpot: true, resolution: ' 已清运 ' }, ['p1', 'p2'], { lat: 30.9, lng: 119.6 })).toEqual({
      kind: 'ENVIRONMENT', title: '村口垃圾桶满溢', description: null, photoIds: ['p1', 'p2'], location: { lat: 30.9, lng: 119.6 },
      fixedOnSpot: true, resolution: '已清运',
    })
  })
})
