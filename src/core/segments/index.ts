// Dynamic segments: saved queries as data (conditions on person and account fields joined with
// and, or, not) that are evaluated again on every read, so members are always current. A filter
// names only catalogued fields, and each operator only the field types it applies to.
export { icpFilter } from './icp-filter.ts'
export {
  accountFieldTypes,
  opsByType,
  personFieldTypes,
  segmentFieldsOf,
  type AccountField,
  type PersonField,
} from './segment-fields.ts'
export { toSegmentFilter } from './to-segment-filter.ts'
export {
  fieldTypes,
  segmentOps,
  segmentSubjects,
  type FieldType,
  type Segment,
  type SegmentCondition,
  type SegmentFilter,
  type SegmentOp,
  type SegmentSubject,
} from './types.ts'
export { describeSegmentFilter } from './describe-segment-filter.ts'
