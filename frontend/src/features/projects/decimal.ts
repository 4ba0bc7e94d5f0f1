/**
 * Exact arithmetic on the API's Decimal strings (money with at most two decimals), in cents as
 * BigInt: sums of budgets and payments are shown to the fen, never through floats.
 */
const DECIMAL = /^-?\d+(\.\d{1,2})?$/

export function isMoney(value: string): boolean {
  return DECIMAL.test(value.trim())
}

function cents(value: string): bigint {
  const negative = value.startsWith('-')
  const [int, frac = ''] = value.replace('-', '').split('.')
  const result = BigInt(int || '0') * 100n + BigInt((frac + '00').slice(0, 2))
  return negative ? -result : result
}

function fromCents(value: bigint): string {
  const negative = value < 0n
  const abs = negative ? -value : value
  const frac = String(abs % 100n).padStart(2, '0')
  return `${negative ? '-' : ''}${abs / 100n}.${frac}`
}

export function sumMoney(values: (string | null | undefined)[]): string {
  return fromCents(values.reduce<bigint>((sum, v) => sum + (v ? cents(v) : 0n), 0n))
}

export function subtractMoney(a: string, b: string): string {
  return fromCents(cents(a) - cents(b))
}

/** part / whole as 0..1 (null when the whole is zero): for display only. */
export function share(part: string, whole: string): number | null {
  const w = cents(whole)
  if (w === 0n) return null
  return Number((cents(part) * 10000n) / w) / 10000
}
