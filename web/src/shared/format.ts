const whole = new Intl.NumberFormat('en-US')
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

/** 8000 -> "8,000". */
export const formatCount = (n: number) => whole.format(n)

/** 0.10525 -> "10.5%"; null -> "n/a". */
export const formatRate = (rate: number | null) =>
  rate === null ? 'n/a' : `${oneDecimal.format(rate * 100)}%`

/** A signed change: 0.12 -> "+12%", -0.05 -> "−5%". */
export const formatChange = (change: number) =>
  `${change > 0 ? '+' : change < 0 ? '−' : '±'}${oneDecimal.format(Math.abs(change) * 100)}%`

/** Cents as whole currency units: 123456 -> "1,235". */
export const formatMoney = (cents: number) => whole.format(Math.round(cents / 100))

/** An ISO instant as a short UTC date and time. */
export const formatInstant = (iso: string) => {
  const date = new Date(iso)
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`
}

/** An ISO instant's UTC day. */
export const formatDay = (iso: string) => new Date(iso).toISOString().slice(0, 10)
