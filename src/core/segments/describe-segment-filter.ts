import type { SegmentFilter } from './types.ts'

const words: Readonly<Record<string, string>> = {
  eq: '=',
  neq: '!=',
  in: 'in',
  not_in: 'not in',
  contains: 'contains',
  starts_with: 'starts with',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  within_days: 'within the last',
  not_within_days: 'not within the last',
  is_null: 'is blank',
  not_null: 'is set',
}

/** A filter as one line people read, e.g. `source = "webinar" AND NOT (doNotContact = true)`. */
export function describeSegmentFilter(filter: SegmentFilter, nested = false): string {
  const wrap = (text: string) => (nested ? `(${text})` : text)
  if ('and' in filter) {
    if (filter.and.length === 0) return 'everyone'
    return filter.and.length === 1 && filter.and[0]
      ? describeSegmentFilter(filter.and[0], nested)
      : wrap(filter.and.map((f) => describeSegmentFilter(f, true)).join(' AND '))
  }
  if ('or' in filter) return wrap(filter.or.map((f) => describeSegmentFilter(f, true)).join(' OR '))
  if ('not' in filter) return `NOT ${describeSegmentFilter(filter.not, true)}`
  const op = words[filter.op] ?? filter.op
  if (filter.value === undefined) return `${filter.field} ${op}`
  const value = JSON.stringify(filter.value)
  const days = filter.op === 'within_days' || filter.op === 'not_within_days'
  return `${filter.field} ${op} ${value}${days ? ' days' : ''}`
}
