import { describe, expect, it } from 'vitest'
import { gridChoices, townshipOf } from './elderGrid'

const grid = (code: string, region: string) => ({ id: `id-${code}`, code, name: code, region: { code: region } })

describe('the grids offered for an elder', () => {
  const grids = [
    grid('330522100201-01', '330522100201'),
    grid('330522100200-02', '330522100200'),
    grid('330522100-01', '330522100'),
    grid('330522100200-01', '330522100200'),
  ]
  it('are the village\'s own and its township\'s, by code', () => {
    expect(gridChoices(grids, '330522100200').map((g) => g.code)).toEqual(['330522100-01', '330522100200-01', '330522100200-02'])
  })
  it('leave out a neighbouring village\'s grids', () => {
    expect(gridChoices(grids, '330522100201').map((g) => g.code)).toEqual(['330522100-01', '330522100201-01'])
  })
  it('are listed from the village\'s township', () => {
    expect(townshipOf('330522100200')).toBe('330522100')
  })
})
