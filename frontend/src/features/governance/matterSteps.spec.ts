import { describe, expect, it } from 'vitest'
import { actionsFor, type MatterAbilities } from './matterSteps'

const centre: MatterAbilities = { me: 'lijiaxiang.centre', dispatch: true, centre: true, village: false }
const countyAdmin: MatterAbilities = { me: 'anji.admin', dispatch: true, centre: false, village: false }
const supervisor: MatterAbilities = { me: 'anji.supervisor', dispatch: false, centre: false, village: false }
const worker: MatterAbilities = { me: 'xu.yanliang', dispatch: false, centre: false, village: false }
const otherWorker: MatterAbilities = { me: 'shangshu.grid', dispatch: false, centre: false, village: false }
const official: MatterAbilities = { me: 'shangshu.official', dispatch: false, centre: false, village: true }

const toWorker = { kind: 'GRID_WORKER' as const, reference: 'xu.yanliang' }
const toVillage = { kind: 'VILLAGE' as const, reference: '330523200200' }
const toDepartment = { kind: 'DEPARTMENT' as const, reference: '乡综合执法队' }

describe('actionsFor', () => {
  it('offers dispatch of a reported or returned matter to those who dispatch, and nothing to a supervisor', () => {
    for (const status of ['REPORTED', 'RETURNED'] as const) {
      expect(actionsFor({ status, reportedBy: 'xu.yanliang' }, centre)).toEqual(['dispatch'])
      expect(actionsFor({ status, reportedBy: 'xu.yanliang' }, countyAdmin)).toEqual(['dispatch'])
      expect(actionsFor({ status, reportedBy: 'xu.yanliang' }, worker)).toEqual([])
      expect(actionsFor({ status, reportedBy: 'xu.yanliang' }, supervisor)).toEqual([])
    }
  })

  it('lets only the owner accept or return a dispatched matter, and complete or return one in hand', () => {
    expect(actionsFor({ status: 'DISPATCHED', reportedBy: 'x', owner: toWorker }, worker)).toEqual(['accept', 'return'])
    expect(actionsFor({ status: 'DISPATCHED', reportedBy: 'x', owner: toWorker }, otherWorker)).toEqual([])
    expect(actionsFor({ status: 'DISPATCHED', reportedBy: 'x', owner: toWorker }, centre)).toEqual([])
    expect(actionsFor({ status: 'IN_HAND', reportedBy: 'x', owner: toWorker }, worker)).toEqual(['complete', 'return'])
    expect(actionsFor({ status: 'IN_HAND', reportedBy: 'x', owner: toVillage }, official)).toEqual(['complete', 'return'])
    expect(actionsFor({ status: 'DISPATCHED', reportedBy: 'x', owner: toDepartment }, centre)).toEqual(['accept', 'return'])
    expect(actionsFor({ status: 'IN_HAND', reportedBy: 'x', owner: toDepartment }, supervisor)).toEqual([])
  })

  it('lets the reporter or the command centre confirm (销号) or refuse a done matter', () => {
    expect(actionsFor({ status: 'DONE', reportedBy: 'xu.yanliang', owner: toVillage }, worker)).toEqual(['confirm', 'return'])
    expect(actionsFor({ status: 'DONE', reportedBy: 'xu.yanliang', owner: toWorker }, centre)).toEqual(['confirm', 'return'])
    expect(actionsFor({ status: 'DONE', reportedBy: 'xu.yanliang', owner: toWorker }, otherWorker)).toEqual([])
    expect(actionsFor({ status: 'DONE', reportedBy: 'xu.yanliang', owner: toWorker }, countyAdmin)).toEqual([])
  })

  it('offers nothing on a closed matter', () => {
    for (const who of [centre, countyAdmin, supervisor, worker, official]) {
      expect(actionsFor({ status: 'CLOSED', reportedBy: 'xu.yanliang', owner: toWorker }, who)).toEqual([])
    }
  })
})
