import { ref } from 'vue'

const MUTE_KEY = 'xiangli.eldercare.muted'

/**
 * The console's audible cue: short beeps made with Web Audio (no audio file). Browsers allow sound
 * only after a user gesture, so `enable()` must run from a click.
 */
export function useAlarm() {
  const muted = ref(localStorage.getItem(MUTE_KEY) === 'true')
  const enabled = ref(false)
  let context: AudioContext | null = null

  function enable(): void {
    const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
    if (!Ctor) return
    context ??= new Ctor()
    void context.resume().then(() => {
      enabled.value = context?.state === 'running'
    })
    enabled.value = true
  }

  function toggleMute(): void {
    muted.value = !muted.value
    localStorage.setItem(MUTE_KEY, String(muted.value))
  }

  /** `count` beeps of 0.15 s; critical alerts get more. */
  function beep(count = 1): void {
    if (!context || muted.value || !enabled.value) return
    const start = context.currentTime
    for (let i = 0; i < count; i++) {
      const at = start + i * 0.25
      const osc = context.createOscillator()
      const gain = context.createGain()
      osc.type = 'square'
      osc.frequency.value = 880
      gain.gain.setValueAtTime(0.0001, at)
      gain.gain.exponentialRampToValueAtTime(0.2, at + 0.01)
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.15)
      osc.connect(gain).connect(context.destination)
      osc.start(at)
      osc.stop(at + 0.16)
    }
  }

  return { muted, enabled, enable, toggleMute, beep }
}
