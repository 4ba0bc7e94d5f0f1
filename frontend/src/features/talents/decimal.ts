/** Exact sums of the API's Decimal strings (two decimals), without floating-point drift. */
function cents(value: string | null | undefined): bigint {
  if (!value) return 0n
  const negative = value.startsWith('-')
  const [int, frac = ''] = value.replace('-', '').split('.')
  const c = BigInt(int || '0') * 100n + BigInt((frac + '00').slice(0, 2))
  return negative ? -c : c
}

export function sumDecimals(values: (string | null | undefined)[]): string {
  const total = values.reduce((acc, v) => acc + cents(v), 0n)
  const negative = total < 0n
  const abs = negative ? -total : total
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`
}

/** realised / pledged as a share 0..1, or null when nothing was pledged. */
export function ratio(part: string, whole: string): number | null {
  const w = cents(whole)
  return w === 0n ? null : Number(cents(part)) / Number(w)
}
