import { onBeforeUnmount, ref } from 'vue'

/** The current time in ms, moving every second while the view lives (for running timers). */
export function useNow(intervalMs = 1000) {
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), intervalMs)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
