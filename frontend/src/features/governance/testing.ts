import { getOperationAST, type DocumentNode } from 'graphql'
import type { MatterRowFieldsFragment } from '@/gql/graphql'

export { fakeClient, problem } from '@/features/eldercare/testing'

/** The name of the operation a fake client is asked (`MatterBoard`, `MatterKpis`…). */
export function operationName(operation: { query: unknown }): string {
  return getOperationAST(operation.query as DocumentNode)?.name?.value ?? ''
}

/** A matter as the API answers it, open and undispatched unless told otherwise. */
export function matter(over: Partial<MatterRowFieldsFragment> = {}): MatterRowFieldsFragment {
  return {
    id: 'TWF0dGVyOjE',
    number: 'SX-2026-000001',
    kind: 'ENVIRONMENT',
    title: '村口垃圾桶满溢',
    status: 'REPORTED',
    regionCode: '330522100201',
    region: { code: '330522100201', name: '李家巷村' },
    grid: { id: 'R3JpZDox', code: '330522100201-01', name: '一号网格' },
    reportedBy: 'xu.yanliang',
    reportedAt: '2026-12-03T01:00:00Z',
    owner: null,
    deadline: null,
    overdue: false,
    escalationLevel: 'GRID',
    doneAt: null,
    closedAt: null,
    version: 1,
    ...over,
  }
}
