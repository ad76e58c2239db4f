import { fixSeparator, type DateFormat, type Transform } from './mapping.schema.ts'
import { parseDate } from './parse-date.ts'
import {
  decimalOfNumber,
  formatDecimal,
  multiplyDecimal,
  parseDecimal,
  roundDecimal,
} from './parse-decimal.ts'

/** A transformed cell, or why the cell cannot be read; the row is rejected, the import goes on. */
export type TransformResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string }

export type TransformOptions = { readonly format?: DateFormat; readonly multiply?: number }

const yes = new Set(['yes', 'y', 'true', '1'])
const no = new Set(['no', 'n', 'false', '0'])

const numberFix =
  'write digits with "." before decimals and optional "," between thousands (1,234.5)'

function ok(value: string): TransformResult {
  return { ok: true, value }
}

function fail(message: string, fix: string): TransformResult {
  return { ok: false, message: `${message}${fixSeparator}${fix}` }
}

function toTitle(value: string): string {
  return value.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, gap: string, letter: string) => {
    return `${gap}${letter.toUpperCase()}`
  })
}

function toYesNo(value: string): TransformResult {
  const word = value.trim().toLowerCase()
  if (yes.has(word)) return ok('true')
  if (no.has(word)) return ok('false')
  return fail(
    `${JSON.stringify(value)} is not a yes/no value`,
    'write Yes/No, Y/N, true/false or 1/0',
  )
}

function toNumber(value: string, multiply: number | undefined): TransformResult {
  const decimal = parseDecimal(value)
  if (!decimal) return fail(`${JSON.stringify(value)} is not a number`, numberFix)
  const scaled =
    multiply === undefined ? decimal : multiplyDecimal(decimal, decimalOfNumber(multiply))
  return ok(formatDecimal(scaled))
}

function toCents(value: string): TransformResult {
  const decimal = parseDecimal(value)
  if (!decimal) return fail(`${JSON.stringify(value)} is not an amount`, numberFix)
  return ok(roundDecimal(multiplyDecimal(decimal, { coefficient: 100n, scale: 0 })).toString())
}

function toDate(value: string, format: DateFormat | undefined): TransformResult {
  if (format === undefined)
    return fail('the date transform has no format', 'add "format" to the mapping')
  const instant = parseDate(value, format)
  if (instant !== undefined) return ok(instant)
  return fail(
    `${JSON.stringify(value)} is not a valid date in the format ${format}`,
    'correct the value, or set "format" to the layout this column uses',
  )
}

/**
 * One transform of one cell: text case, yes/no to "true"/"false", exact decimals ("cents" is the
 * amount x 100 rounded half away from zero), dates to ISO 8601 UTC. A blank cell becomes "".
 */
export function applyTransform(
  value: string,
  transform: Transform,
  options: TransformOptions = {},
): TransformResult {
  if (value.trim() === '') return ok('')
  switch (transform) {
    case 'trim':
      return ok(value.trim())
    case 'lower':
      return ok(value.toLowerCase())
    case 'upper':
      return ok(value.toUpperCase())
    case 'title':
      return ok(toTitle(value))
    case 'yes_no':
      return toYesNo(value)
    case 'number':
      return toNumber(value, options.multiply)
    case 'cents':
      return toCents(value)
    case 'date':
      return toDate(value, options.format)
  }
}
