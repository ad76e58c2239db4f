import { AppError } from '../shared/index.ts'
import { opsByType, segmentFieldsOf } from './segment-fields.ts'
import {
  segmentOps,
  type FieldType,
  type SegmentCondition,
  type SegmentFilter,
  type SegmentOp,
  type SegmentSubject,
} from './types.ts'

const maxDepth = 8
const maxConditions = 100
const maxListed = 1000
const maxDays = 36_500

type Walk = { readonly subject: SegmentSubject; conditions: number }

function invalid(path: string, message: string): AppError {
  return new AppError('request.invalid', `Segment filter at ${path}: ${message}`, {
    details: { field: 'filter', path },
  })
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}([T ].*)?$/.test(value) &&
  !Number.isNaN(new Date(value).getTime())

// A NUL character cannot be stored or compared as text, so no value may hold one.
const hasNul = (value: unknown) => typeof value === 'string' && value.includes('\u0000')

function scalarOk(type: FieldType, value: unknown): boolean {
  switch (type) {
    case 'text':
      return typeof value === 'string' && !hasNul(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'date':
      return isDate(value)
  }
}

const expected: Record<FieldType, string> = {
  text: 'a string (without NUL characters)',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date (YYYY-MM-DD or an ISO 8601 instant)',
}

function checkValue(path: string, op: SegmentOp, type: FieldType, value: unknown): void {
  switch (op) {
    case 'is_null':
    case 'not_null':
      if (value !== undefined) throw invalid(`${path}.value`, `${op} takes no value; remove it.`)
      return
    case 'in':
    case 'not_in':
      if (!Array.isArray(value) || value.length === 0 || value.length > maxListed) {
        throw invalid(`${path}.value`, `${op} takes a list of 1 to ${maxListed} values.`)
      }
      if (!value.every((item) => scalarOk(type, item))) {
        throw invalid(`${path}.value`, `every value of ${op} must be ${expected[type]}.`)
      }
      return
    case 'within_days':
    case 'not_within_days':
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > maxDays) {
        throw invalid(`${path}.value`, `${op} takes a whole number of days, 1 to ${maxDays}.`)
      }
      return
    case 'contains':
    case 'starts_with':
      if (typeof value !== 'string' || value === '' || hasNul(value)) {
        throw invalid(`${path}.value`, `${op} takes a non-empty string.`)
      }
      return
    case 'eq':
    case 'neq':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      if (!scalarOk(type, value)) throw invalid(`${path}.value`, `${op} takes ${expected[type]}.`)
  }
}

function toCondition(raw: Record<string, unknown>, path: string, walk: Walk): SegmentCondition {
  const extra = Object.keys(raw).filter((key) => !['field', 'op', 'value'].includes(key))
  if (extra.length > 0) {
    throw invalid(path, `unknown key "${extra[0]}"; a condition has field, op and value.`)
  }
  const fields = segmentFieldsOf(walk.subject)
  const { field, op, value } = raw
  const type = typeof field === 'string' ? fields[field] : undefined
  if (typeof field !== 'string' || type === undefined) {
    throw invalid(
      `${path}.field`,
      `${JSON.stringify(field ?? null)} is not ${walk.subject === 'account' ? 'an' : 'a'} ${walk.subject} field; use one of ${Object.keys(fields).join(', ')}.`,
    )
  }
  const ops = opsByType[type]
  if (typeof op !== 'string' || !ops.includes(op as SegmentOp)) {
    const known = (segmentOps as readonly unknown[]).includes(op)
    throw invalid(
      `${path}.op`,
      `${JSON.stringify(op ?? null)} ${known ? `does not apply to the ${type} field ${field}` : 'is not an operator'}; use one of ${ops.join(', ')}.`,
    )
  }
  checkValue(path, op as SegmentOp, type, value)
  walk.conditions += 1
  if (walk.conditions > maxConditions) {
    throw invalid(path, `a filter holds at most ${maxConditions} conditions.`)
  }
  const condition = { field, op: op as SegmentOp }
  return value === undefined
    ? condition
    : { ...condition, value: value as SegmentCondition['value'] }
}

function toNode(raw: unknown, path: string, depth: number, walk: Walk): SegmentFilter {
  if (depth > maxDepth) throw invalid(path, `filters nest at most ${maxDepth} levels deep.`)
  if (!isRecord(raw)) {
    throw invalid(
      path,
      'expected an object: {field, op, value}, {and: [...]}, {or: [...]} or {not: {...}}.',
    )
  }
  const keys = Object.keys(raw)
  const group = keys.find((key) => key === 'and' || key === 'or' || key === 'not')
  if (group === undefined) return toCondition(raw, path, walk)
  if (keys.length !== 1)
    throw invalid(path, `"${group}" stands alone; move the other keys inside it.`)
  const inner = raw[group]
  if (group === 'not') return { not: toNode(inner, `${path}.not`, depth + 1, walk) }
  if (!Array.isArray(inner) || (group === 'or' && inner.length === 0)) {
    throw invalid(
      `${path}.${group}`,
      `${group} takes a list of filters${group === 'or' ? ' (at least one)' : ''}.`,
    )
  }
  const parts = inner.map((part, i) => toNode(part, `${path}.${group}[${i}]`, depth + 1, walk))
  return group === 'and' ? { and: parts } : { or: parts }
}

/**
 * Reads a segment filter given as data, checking every field against the subject's fields and
 * every operator and value against the field's type; the error names the place and the valid choices.
 */
export function toSegmentFilter(raw: unknown, subject: SegmentSubject): SegmentFilter {
  return toNode(raw, 'filter', 1, { subject, conditions: 0 })
}
