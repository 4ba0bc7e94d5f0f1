import { inject, provide, type InjectionKey, type Ref } from 'vue'
import type { PoolApplicationRowFragment, PoolRoundFieldsFragment } from '@/gql/graphql'
import type { PoolAbilities, PoolAction } from './permissions'

export type PoolDialog =
  | { kind: 'apply'; itemId?: string | null }
  | { kind: PoolAction; application: PoolApplicationRowFragment }
  | { kind: 'rollOver' }

/** What the pool's panels share: the round, the caller's abilities, the clock and the dialogs. */
export interface PoolContext {
  round: Ref<PoolRoundFieldsFragment | null>
  rounds: Ref<PoolRoundFieldsFragment[]>
  can: PoolAbilities
  now: Ref<number>
  /** Moves after every change the caller makes: lists refetch. */
  changes: Ref<number>
  open: (dialog: PoolDialog) => void
  show: (applicationId: string) => void
}

const KEY: InjectionKey<PoolContext> = Symbol('pool')

export function providePool(context: PoolContext): void {
  provide(KEY, context)
}

export function usePool(): PoolContext {
  const context = inject(KEY)
  if (!context) throw new Error('usePool() outside the pool view')
  return context
}
