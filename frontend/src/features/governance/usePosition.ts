import { ref } from 'vue'

export type PositionState = 'idle' | 'locating' | 'located' | 'unavailable' | 'denied'

/** The phone's position for a report, asked for when the user wants it; optional everywhere. */
export function usePosition() {
  const supported = typeof navigator !== 'undefined' && 'geolocation' in navigator
  const state = ref<PositionState>(supported ? 'idle' : 'unavailable')
  const position = ref<{ lat: number; lng: number; accuracy: number } | null>(null)

  function locate(): void {
    if (!supported) return
    state.value = 'locating'
    navigator.geolocation.getCurrentPosition(
      (p) => {
        position.value = { lat: p.coords.latitude, lng: p.coords.longitude, accuracy: p.coords.accuracy }
        state.value = 'located'
      },
      (e) => {
        position.value = null
        state.value = e.code === e.PERMISSION_DENIED ? 'denied' : 'unavailable'
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    )
  }

  function clear(): void {
    position.value = null
    state.value = supported ? 'idle' : 'unavailable'
  }

  return { state, position, locate, clear, supported }
}
