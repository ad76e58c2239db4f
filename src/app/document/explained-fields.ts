import { z } from 'zod'

// Field schemas for policy documents (the agreement, score models) whose every message says what is
// wrong and, after `fixSeparator`, how to fix it; parseDocument splits the two and adds the line.

/** Separates what is wrong from how to fix it in every message this schema writes. */
export const fixSeparator = ' — fix: '

/** A value as a message shows it: quoted text, a number, "a list", "a mapping". */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return typeof value === 'object' ? 'a mapping' : typeof value
}

/** A message maker for zod: what is wrong with the value got, then how to fix it; a missing key keeps zod's default message, which parseDocument words as "missing key". */
export function explain(problem: (got: string) => string, fix: string) {
  return (issue: { readonly input?: unknown }): string | undefined =>
    issue.input === undefined ? undefined : `${problem(describe(issue.input))}${fixSeparator}${fix}`
}

/** A strict mapping: an unknown key is an error that lists the allowed keys. */
export function object<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ')
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}${fixSeparator}remove it or correct its spelling; allowed keys here: ${allowed}`
        : explain(
            (got) => `expected a mapping, got ${got}`,
            `write key: value pairs (${allowed})`,
          )(issue),
  })
}

/** A list of `item`, with at least `min` items. */
export function list<T extends z.ZodType>(item: T, min = 0) {
  const fix = 'write a list: [a, b] or one "- item" per line'
  return z
    .array(item, { error: explain((got) => `expected a list, got ${got}`, fix) })
    .min(min, { error: `the list is empty${fixSeparator}add at least ${min} item` })
}

/** Non-blank text. */
export const text = () =>
  z
    .string({
      error: explain(
        (got) => `expected text, got ${got}`,
        'write text, quoted if it looks like a number',
      ),
    })
    .regex(/\S/, {
      error: `blank text${fixSeparator}write a value, or leave out the key if it is optional`,
    })

/** One of a fixed set of words; `what` names them in the message ("unknown team ..."). */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: explain((got) => `unknown ${what} ${got}`, `use one of: ${values.join(', ')}`),
  })

/** A whole number of 0 or more. */
export const count = () =>
  z
    .int({
      error: explain(
        (got) => `expected a whole number of 0 or more, got ${got}`,
        'write a whole number such as 3',
      ),
    })
    .min(0)

/** A number of 0 or more. */
export const amount = () =>
  z
    .number({
      error: explain(
        (got) => `expected a number of 0 or more, got ${got}`,
        'write a number such as 1 or 1.5',
      ),
    })
    .min(0)

/** A score: any number. */
export const score = () =>
  z.number({ error: explain((got) => `expected a score, got ${got}`, 'write a number such as 60') })

/** A percentage from 0 to 100. */
export const pct = () =>
  z
    .number({
      error: explain(
        (got) => `expected a percentage from 0 to 100, got ${got}`,
        'write a number from 0 to 100, without %',
      ),
    })
    .min(0)
    .max(100)

/** A YYYY-MM-DD date. */
export const date = () =>
  z.iso.date({
    error: explain(
      (got) => `${got} is not a date`,
      'write the date as YYYY-MM-DD, e.g. 2026-01-31',
    ),
  })

/** An HH:MM time; "24:00" only where it ends a period (`endOfDay`). */
export const time = (endOfDay: boolean) =>
  z
    .string({
      error: explain(
        (got) => `${got} is not a time`,
        'write the time as HH:MM, e.g. 09:00 or 17:30',
      ),
    })
    .regex(endOfDay ? /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/ : /^(?:[01]\d|2[0-3]):[0-5]\d$/)

/** true or false. */
export const boolean = () =>
  z.boolean({
    error: explain((got) => `expected true or false, got ${got}`, 'write true or false'),
  })
