import { computed, ref } from 'vue'

/**
 * Page-by-page walking of a cursor connection (`first` / `after`): a stack of the cursors each page
 * started after, so "previous" returns to exactly the page seen before.
 */
export function useCursorPages(pageSize = 20) {
  const cursors = ref<(string | null)[]>([null])
  const after = computed(() => cursors.value[cursors.value.length - 1])
  const page = computed(() => cursors.value.length)
  return {
    first: pageSize,
    after,
    page,
    next(endCursor: string | null | undefined) {
      if (endCursor) cursors.value = [...cursors.value, endCursor]
    },
    prev() {
      if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1)
    },
    reset() {
      cursors.value = [null]
    },
  }
}

export type CursorPages = ReturnType<typeof useCursorPages>
