import { watch, type Ref } from 'vue'

/**
 * Keeps what the user typed in a form in sessionStorage, so a session that expires (and the login
 * round trip it takes) loses nothing; cleared once the form is sent.
 */
export function useDraft<T extends object>(key: string, model: Ref<T>) {
  const storageKey = `xiangli.draft.${key}`
  const saved = sessionStorage.getItem(storageKey)
  if (saved) {
    try {
      model.value = { ...model.value, ...(JSON.parse(saved) as Partial<T>) }
    } catch {
      sessionStorage.removeItem(storageKey)
    }
  }
  watch(model, (value) => sessionStorage.setItem(storageKey, JSON.stringify(value)), { deep: true })
  return {
    clear: () => sessionStorage.removeItem(storageKey),
  }
}
