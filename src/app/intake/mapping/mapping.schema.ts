import { closest, distance } from 'fastest-levenshtein'
import { z } from 'zod'
import { batonFields, mappingEntities, type MappingEntity } from './baton-fields.ts'

/** Separates what is wrong from how to fix it in every message this schema writes. */
export const fixSeparator = ' — fix: '

/** Cell transforms, applied in the order the mapping lists them; an empty cell passes through. */
export const transformNames = [
  'trim',
  'lower',
  'upper',
  'title',
  'yes_no',
  'number',
  'cents',
  'date',
] as const
export type Transform = (typeof transformNames)[number]

/**
 * Date layouts the `date` transform reads. A time without a zone (and every date-only layout) is
 * taken as UTC: "2018-02-26 19:58:54" becomes "2018-02-26T19:58:54.000Z". Only 'ISO' reads an
 * offset ("Z", "+02:00").
 */
export const dateFormats = [
  'YYYY-MM-DD',
  'YYYY-MM-DD HH:mm:ss',
  'DD/MM/YYYY',
  'MM/DD/YYYY',
  'DD-MM-YYYY',
  'ISO',
] as const
export type DateFormat = (typeof dateFormats)[number]

/** A field read from one source column, transformed, then mapped through `values`. */
export type ColumnSource = {
  readonly kind: 'column'
  readonly column: string
  readonly transforms: readonly Transform[]
  readonly format?: DateFormat
  readonly values?: Readonly<Record<string, string>>
  readonly default?: string
  readonly multiply?: number
}
/** A field with the same value on every row. */
export type ConstantSource = { readonly kind: 'constant'; readonly value: string }
export type FieldSource = ColumnSource | ConstantSource

// A required key that is absent arrives as `undefined`: say that it is missing, not mistyped.
const missingOr =
  (what: string, wrong: string) =>
  (issue: { readonly input?: unknown }): string =>
    issue.input === undefined ? `${what} is missing${fixSeparator}add it` : wrong

const text = (what: string) =>
  z
    .string({
      error: missingOr(what, `expected ${what} as text${fixSeparator}write it in double quotes`),
    })
    .regex(/\S/, { error: `${what} is blank${fixSeparator}write a value` })

function strict<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  const allowed = Object.keys(shape).join(', ')
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}${fixSeparator}use only: ${allowed}`
        : `expected ${what}${fixSeparator}write an object with the keys ${allowed}`,
  })
}

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      missingOr(
        `the ${what}`,
        `unknown ${what} ${JSON.stringify(issue.input)}${fixSeparator}use one of: ${values.join(', ')}`,
      )(issue),
  })

const FieldSourceObject = strict(
  {
    column: text('the column name').optional(),
    value: z.string({ error: `expected the constant as text${fixSeparator}quote it` }).optional(),
    transforms: z.array(oneOf(transformNames, 'transform')).optional(),
    format: oneOf(dateFormats, 'date format').optional(),
    values: z
      .record(z.string(), z.string({ error: `expected text${fixSeparator}quote it` }))
      .optional(),
    default: z.string({ error: `expected the default as text${fixSeparator}quote it` }).optional(),
    multiply: z
      .number({ error: `expected a number${fixSeparator}write e.g. 1000000` })
      .positive({ error: `multiply must be above 0${fixSeparator}write e.g. 1000000` })
      .optional(),
  },
  'a column name or an object {column, transforms, ...} or {value}',
)

type FieldSourceInput = z.output<typeof FieldSourceObject>

function checkFieldSource(source: FieldSourceInput, ctx: z.core.$RefinementCtx<FieldSourceInput>) {
  const fail = (message: string, path: string[] = []) => {
    ctx.addIssue({ code: 'custom', message, path })
  }
  const transforms = source.transforms ?? []
  if (source.value !== undefined) {
    const extra = Object.keys(source).filter((key) => key !== 'value')
    if (extra.length > 0)
      fail(`a constant {value} takes no other keys${fixSeparator}remove ${extra.join(', ')}`)
    return
  }
  if (source.column === undefined)
    fail(`no source given${fixSeparator}add "column": "<header name>" or "value": "<constant>"`)
  if (transforms.includes('date') && source.format === undefined)
    fail(
      `the date transform needs a format${fixSeparator}add "format": one of ${dateFormats.join(', ')}`,
    )
  if (source.format !== undefined && !transforms.includes('date'))
    fail(`format is only read by the date transform${fixSeparator}add "date" to transforms`, [
      'format',
    ])
  if (source.multiply !== undefined && !transforms.includes('number'))
    fail(`multiply scales the number transform's result${fixSeparator}add "number" to transforms`, [
      'multiply',
    ])
}

function toFieldSource(source: FieldSourceInput): FieldSource {
  if (source.value !== undefined) return { kind: 'constant', value: source.value }
  const { value: _value, column = '', transforms = [], ...rest } = source
  return { kind: 'column', column, transforms, ...rest }
}

const FieldSourceSchema = z
  .preprocess((input) => (typeof input === 'string' ? { column: input } : input), FieldSourceObject)
  .superRefine(checkFieldSource)
  .transform(toFieldSource)

const delimiter = z
  .string({ error: `expected one character${fixSeparator}write e.g. ";"` })
  .length(1, { error: `the delimiter must be one character${fixSeparator}write e.g. ";" or "\\t"` })
  .refine((value) => !['"', '\n', '\r'].includes(value), {
    error: `a quote or line break cannot separate columns${fixSeparator}write e.g. "," or ";"`,
  })

function hasEntityAndFields(value: unknown): value is { entity: MappingEntity; fields: object } {
  if (typeof value !== 'object' || value === null) return false
  const { entity, fields } = value as Record<string, unknown>
  const knownEntity = (mappingEntities as readonly unknown[]).includes(entity)
  return knownEntity && typeof fields === 'object' && fields !== null && !Array.isArray(fields)
}

function checkFieldNames(
  mapping: { entity: MappingEntity; fields: object },
  ctx: z.core.$RefinementCtx,
) {
  const valid: readonly string[] = batonFields[mapping.entity]
  const names = Object.keys(mapping.fields)
  if (names.length === 0)
    ctx.addIssue({
      code: 'custom',
      path: ['fields'],
      message: `no fields are mapped${fixSeparator}map at least one of: ${valid.join(', ')}`,
    })
  for (const name of names.filter((n) => !valid.includes(n))) {
    const guess = closest(name, [...valid])
    const hint =
      distance(name.toLowerCase(), guess.toLowerCase()) <= 3 ? ` (did you mean "${guess}"?)` : ''
    ctx.addIssue({
      code: 'custom',
      path: ['fields', name],
      message: `unknown Baton field "${name}" for ${mapping.entity}${hint}${fixSeparator}use one of: ${valid.join(', ')}`,
    })
  }
}

/** A mapping file: how the columns of one CSV layout become Baton fields of one entity. */
export const MappingSchema = strict(
  {
    name: text('the mapping name'),
    entity: oneOf(mappingEntities, 'entity'),
    description: z.string({ error: `expected text${fixSeparator}quote it` }).optional(),
    delimiter: delimiter.optional(),
    fields: z.record(z.string(), FieldSourceSchema, {
      error: missingOr(
        'fields',
        `expected an object${fixSeparator}write {"<batonField>": "<column>", ...}`,
      ),
    }),
    properties: z
      .array(text('the column name'), { error: `expected a list${fixSeparator}write ["col", ...]` })
      .optional(),
    skipRows: z
      .int({
        error: `expected a whole number${fixSeparator}write the count of lines above the header`,
      })
      .min(0, { error: `skipRows cannot be negative${fixSeparator}write 0 or more` })
      .optional(),
  },
  'a mapping object',
).superRefine(checkFieldNames, { when: (payload) => hasEntityAndFields(payload.value) })

export type Mapping = z.output<typeof MappingSchema>
