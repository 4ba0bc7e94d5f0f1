/**
 * The steps of a milestone template as the editor changes them. Plain functions so the rules are
 * tested without a browser; the server checks them again (distinct names, days in order, 1 to 12).
 */
export interface TemplateStep {
  name: string
  offsetDays: number
}

export const MAX_STEPS = 12

/** What a category gets when its county set none (EscortDesk.DEFAULT_STEPS). */
export const DEFAULT_STEPS: readonly TemplateStep[] = [
  { name: '开工', offsetDays: 0 },
  { name: '竣工', offsetDays: 180 },
  { name: '验收', offsetDays: 210 },
]

/** The list with the step at `index` moved up (-1) or down (+1); unchanged at either end. */
export function moveStep<T>(steps: T[], index: number, by: -1 | 1): T[] {
  const to = index + by
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return steps
  const moved = [...steps]
  ;[moved[index], moved[to]] = [moved[to], moved[index]]
  return moved
}

/** A new blank step at the end, due no earlier than the last one. */
export function addStep(steps: TemplateStep[]): TemplateStep[] {
  if (steps.length >= MAX_STEPS) return steps
  return [...steps, { name: '', offsetDays: steps.at(-1)?.offsetDays ?? 0 }]
}

/** The first step due before the one above it, or -1 when the days are in order. */
export function firstOutOfOrder(steps: TemplateStep[]): number {
  return steps.findIndex((s, i) => i > 0 && s.offsetDays < steps[i - 1].offsetDays)
}

/** The indexes of steps whose name is blank or repeats an earlier one's. */
export function badNames(steps: TemplateStep[]): number[] {
  const seen = new Set<string>()
  const bad: number[] = []
  steps.forEach((s, i) => {
    const name = s.name.trim()
    if (!name || seen.has(name)) bad.push(i)
    seen.add(name)
  })
  return bad
}
