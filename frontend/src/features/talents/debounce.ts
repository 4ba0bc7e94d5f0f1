import { onScopeDispose, ref, watch, type Ref } from 'vue'

/** The value of `source` once it has stopped changing for `ms` milliseconds. */
export function useDebounced<T>(source: Ref<T>, ms: number): Ref<T> {
  const settled = ref(source.value) as Ref<T>
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(source, (value) => {
    clearTimeout(timer)
    timer = setTimeout(() => (settled.value = value), ms)
  })
  onScopeDispose(() => clearTimeout(timer))
  return settled
}
