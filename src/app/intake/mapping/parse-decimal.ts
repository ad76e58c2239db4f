/** An exact decimal number: `coefficient / 10^scale`; money never passes through a float. */
export type Decimal = { readonly coefficient: bigint; readonly scale: number }

// Plain digits or comma-grouped thousands, then an optional "." fraction: 1234, 1,234.5, -.5
const decimalText = /^([+-]?)(\d+|\d{1,3}(?:,\d{3})+|)(?:\.(\d+))?$/
const numberText = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/

function build(sign: string, whole: string, fraction: string, exponent = 0): Decimal {
  const digits = BigInt(`${whole}${fraction}` || '0')
  const scale = fraction.length - exponent
  const coefficient = sign === '-' ? -digits : digits
  return scale >= 0
    ? { coefficient, scale }
    : { coefficient: coefficient * 10n ** BigInt(-scale), scale: 0 }
}

/** Reads "1234", "-1,234.50" or ".5" exactly; undefined for anything else ("1.234,5", "1e3", "$5"). */
export function parseDecimal(text: string): Decimal | undefined {
  const match = decimalText.exec(text.trim())
  if (!match) return undefined
  const [, sign = '', whole = '', fraction = ''] = match
  if (whole === '' && fraction === '') return undefined
  return build(sign, whole.replaceAll(',', ''), fraction)
}

/** The exact decimal of a finite JavaScript number, e.g. a mapping's `multiply` factor. */
export function decimalOfNumber(value: number): Decimal {
  const match = numberText.exec(String(value))
  if (!match) throw new RangeError(`not a finite number: ${value}`)
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match
  return build(sign, whole, fraction, Number(exponent))
}

/** The exact product of two decimals. */
export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, scale: a.scale + b.scale }
}

/** The nearest whole number, halves rounded away from zero (2.5 -> 3, -2.5 -> -3). */
export function roundDecimal(value: Decimal): bigint {
  const unit = 10n ** BigInt(value.scale)
  const magnitude = value.coefficient < 0n ? -value.coefficient : value.coefficient
  const rounded = (magnitude * 2n + unit) / (unit * 2n)
  return value.coefficient < 0n ? -rounded : rounded
}

/** Plain decimal text without exponent or trailing zeros: "1234.5", "-0.05", "0". */
export function formatDecimal(value: Decimal): string {
  const negative = value.coefficient < 0n
  const digits = (negative ? -value.coefficient : value.coefficient)
    .toString()
    .padStart(value.scale + 1, '0')
  const whole = digits.slice(0, digits.length - value.scale)
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '')
  const body = fraction === '' ? whole : `${whole}.${fraction}`
  return negative && body !== '0' ? `-${body}` : body
}
