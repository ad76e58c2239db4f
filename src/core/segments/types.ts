/** What a segment's members are: people (who may be filtered by their account too) or accounts. */
export const segmentSubjects = ['person', 'account'] as const
export type SegmentSubject = (typeof segmentSubjects)[number]

export const fieldTypes = ['text', 'number', 'date', 'boolean'] as const
export type FieldType = (typeof fieldTypes)[number]

export const segmentOps = [
  'eq',
  'neq',
  'in',
  'not_in',
  'contains',
  'starts_with',
  'gt',
  'gte',
  'lt',
  'lte',
  'within_days',
  'not_within_days',
  'is_null',
  'not_null',
] as const
export type SegmentOp = (typeof segmentOps)[number]

/** One test on a field; `value` is absent for is_null and not_null. */
export type SegmentCondition = {
  readonly field: string
  readonly op: SegmentOp
  readonly value?: string | number | boolean | readonly (string | number)[]
}

/** A saved query as data: conditions combined with and, or and not. `{ and: [] }` is everyone. */
export type SegmentFilter =
  | SegmentCondition
  | { readonly and: readonly SegmentFilter[] }
  | { readonly or: readonly SegmentFilter[] }
  | { readonly not: SegmentFilter }

/** A dynamic segment: its members are whoever matches the filter when it is read. */
export type Segment = {
  readonly id: string
  readonly name: string
  readonly subject: SegmentSubject
  readonly description: string | null
  readonly filter: SegmentFilter
  readonly createdBy: string | null
  readonly createdAt: Date
}
