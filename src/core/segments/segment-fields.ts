import type { FieldType, SegmentOp, SegmentSubject } from './types.ts'

/** Account fields a segment can test (on account segments as they are, on people as `account.x`). */
export const accountFieldTypes = {
  name: 'text',
  domain: 'text',
  industry: 'text',
  employeeCount: 'number',
  annualRevenueCents: 'number',
  country: 'text',
  region: 'text',
  stage: 'text',
  score: 'number',
  ownerId: 'text',
  createdAt: 'date',
} as const satisfies Readonly<Record<string, FieldType>>
export type AccountField = keyof typeof accountFieldTypes

/** Person fields a segment can test; `lastActivityAt` is the person's latest recorded activity. */
export const personFieldTypes = {
  email: 'text',
  firstName: 'text',
  lastName: 'text',
  title: 'text',
  companyName: 'text',
  country: 'text',
  source: 'text',
  originalSource: 'text',
  stage: 'text',
  score: 'number',
  scoreBand: 'text',
  fitScore: 'number',
  engagementScore: 'number',
  intentScore: 'number',
  doNotContact: 'boolean',
  ownerId: 'text',
  createdAt: 'date',
  lastActivityAt: 'date',
} as const satisfies Readonly<Record<string, FieldType>>
export type PersonField = keyof typeof personFieldTypes

/** Which operators each field type takes; text comparisons ignore case. */
export const opsByType: Readonly<Record<FieldType, readonly SegmentOp[]>> = {
  text: ['eq', 'neq', 'in', 'not_in', 'contains', 'starts_with', 'is_null', 'not_null'],
  number: ['eq', 'neq', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'is_null', 'not_null'],
  date: ['gt', 'gte', 'lt', 'lte', 'within_days', 'not_within_days', 'is_null', 'not_null'],
  boolean: ['eq', 'neq'],
}

/** The fields a segment of this subject can test, with their types. */
export function segmentFieldsOf(subject: SegmentSubject): Readonly<Record<string, FieldType>> {
  switch (subject) {
    case 'account':
      return accountFieldTypes
    case 'person':
      return {
        ...personFieldTypes,
        ...Object.fromEntries(
          Object.entries(accountFieldTypes).map(([field, type]) => [`account.${field}`, type]),
        ),
      }
  }
}
