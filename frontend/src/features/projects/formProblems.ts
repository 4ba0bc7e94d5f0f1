import { computed, ref } from 'vue'
import type { CombinedError } from '@urql/core'
import { fieldErrors, problemsOf, type ApiProblem } from '@/api/errors'
import type { ProjectDetailQuery } from '@/gql/graphql'

export type ProjectDetails = NonNullable<ProjectDetailQuery['project']>

/**
 * A mutation's problems as a form shows them: on the field the server named (`input.amount` →
 * `amount`), a stale `version` as a conflict to reload, the rest as a list.
 */
export function useFormProblems() {
  const problems = ref<ApiProblem[]>([])
  const split = computed(() => fieldErrors(problems.value))
  const conflict = computed(() => problems.value.some((p) => p.classification === 'CONFLICT' && p.field === 'input.version'))
  return {
    fields: computed(() => split.value.fields),
    general: computed(() => split.value.general),
    conflict,
    set(error: CombinedError | undefined | null) {
      problems.value = problemsOf(error)
    },
    setProblems(list: ApiProblem[]) {
      problems.value = list
    },
    clear() {
      problems.value = []
    },
    clearField(name: string) {
      problems.value = problems.value.filter((p) => fieldErrors([p]).fields[name] === undefined)
    },
  }
}

export type FormProblems = ReturnType<typeof useFormProblems>
