/** Exact sums of the API's decimal strings (money), through integer cents: never a float. */
export function sumDecimals(values: readonly string[]): string {
  const cents = values.reduce((sum, v) => sum + toCents(v), 0n)
  const negative = cents < 0n
  const abs = negative ? -cents : cents
  const int = abs / 100n
  const frac = String(abs % 100n).padStart(2, '0')
  return `${negative ? '-' : ''}${int}.${frac}`
}

function toCents(value: string): bigint {
  const negative = value.startsWith('-')
  const [int, frac = ''] = value.replace('-', '').split('.')
  const cents = BigInt(int || '0') * 100n + BigInt((frac + '00').slice(0, 2))
  return negative ? -cents : cents
}

/** part / whole as 0..1, or null when the whole is zero. */
export function share(part: string | number, whole: string | number): number | null {
  const w = Number(whole)
  return w > 0 ? Number(part) / w : null
}

/** An amount in 万元 for chart axes (charts need numbers; labels use money()). */
export function tenThousands(value: string): number {
  return Math.round(Number(value) / 100) / 100
}
