import { sql, type RawBuilder } from 'kysely'
import type {
  AccountField,
  PersonField,
  SegmentCondition,
  SegmentFilter,
  SegmentSubject,
} from '../core/segments/index.ts'
import { accountFieldTypes, personFieldTypes } from '../core/segments/index.ts'

type Column = RawBuilder<unknown>

// Members are read as `p` (person) joined to its account `a`, or as `a` alone.
const personColumns: Record<PersonField, Column> = {
  email: sql`p.email`,
  firstName: sql`p.first_name`,
  lastName: sql`p.last_name`,
  title: sql`p.title`,
  companyName: sql`p.company_name`,
  country: sql`p.country`,
  source: sql`p.source`,
  originalSource: sql`p.original_source`,
  stage: sql`p.stage`,
  score: sql`p.score`,
  scoreBand: sql`p.score_band`,
  fitScore: sql`p.fit_score`,
  engagementScore: sql`p.engagement_score`,
  intentScore: sql`p.intent_score`,
  doNotContact: sql`p.do_not_contact`,
  ownerId: sql`p.owner_id::text`,
  createdAt: sql`p.created_at`,
  lastActivityAt: sql`(SELECT max(act.occurred_at) FROM activity act
    WHERE act.workspace_id = p.workspace_id AND act.person_id = p.id)`,
}

const accountColumns: Record<AccountField, Column> = {
  name: sql`a.name`,
  domain: sql`a.domain`,
  industry: sql`a.industry`,
  employeeCount: sql`a.employee_count`,
  annualRevenueCents: sql`a.annual_revenue_cents`,
  country: sql`a.country`,
  region: sql`a.region`,
  stage: sql`a.stage`,
  score: sql`a.score`,
  ownerId: sql`a.owner_id::text`,
  createdAt: sql`a.created_at`,
}

const dayMs = 86_400_000

function columnOf(field: string, subject: SegmentSubject): { column: Column; type: string } {
  const account = subject === 'account' ? field : field.replace(/^account\./, '')
  if (subject === 'person' && !field.startsWith('account.') && field in personColumns) {
    const key = field as PersonField
    return { column: personColumns[key], type: personFieldTypes[key] }
  }
  if (account in accountColumns && (subject === 'account' || field.startsWith('account.'))) {
    const key = account as AccountField
    return { column: accountColumns[key], type: accountFieldTypes[key] }
  }
  // toSegmentFilter checked the field; a stored filter naming another is a bug, not bad input.
  throw new Error(`Segment field ${field} has no column.`)
}

const values = (value: SegmentCondition['value']): readonly unknown[] =>
  Array.isArray(value) ? (value as readonly unknown[]) : [value]

function conditionSql(condition: SegmentCondition, subject: SegmentSubject, now: Date) {
  const { column, type } = columnOf(condition.field, subject)
  const text = type === 'text'
  const col = text ? sql`lower(${column})` : column
  const one = (value: unknown) => {
    if (type === 'date') return sql`${new Date(value as string)}::timestamptz`
    return text ? sql`lower(${value})` : sql`${value}`
  }
  const list = () => sql.join(values(condition.value).map(one))
  const like = (value: unknown) => String(value).replace(/[\\%_]/g, (c) => `\\${c}`)
  const cutoff = () => new Date(now.getTime() - Number(condition.value) * dayMs)
  switch (condition.op) {
    case 'eq':
      return sql`${col} = ${one(condition.value)}`
    case 'neq':
      return sql`(${column} IS NULL OR ${col} <> ${one(condition.value)})`
    case 'in':
      return sql`${col} IN (${list()})`
    case 'not_in':
      return sql`(${column} IS NULL OR ${col} NOT IN (${list()}))`
    case 'contains':
      return sql`${column} ILIKE ${`%${like(condition.value)}%`}`
    case 'starts_with':
      return sql`${column} ILIKE ${`${like(condition.value)}%`}`
    case 'gt':
      return sql`${col} > ${one(condition.value)}`
    case 'gte':
      return sql`${col} >= ${one(condition.value)}`
    case 'lt':
      return sql`${col} < ${one(condition.value)}`
    case 'lte':
      return sql`${col} <= ${one(condition.value)}`
    case 'within_days':
      return sql`${column} >= ${cutoff()}`
    case 'not_within_days':
      return sql`(${column} IS NULL OR ${column} < ${cutoff()})`
    case 'is_null':
      return sql`${column} IS NULL`
    case 'not_null':
      return sql`${column} IS NOT NULL`
  }
}

/**
 * A segment filter as a SQL condition over `p`/`a`: each test is true or false (never NULL), so
 * `not` reads as plain negation; text compares without case, neq and not_in include blanks, and
 * not_within_days includes those never seen.
 */
export function segmentFilterSql(
  filter: SegmentFilter,
  subject: SegmentSubject,
  now: Date,
): RawBuilder<boolean> {
  if ('and' in filter) {
    if (filter.and.length === 0) return sql<boolean>`true`
    return sql<boolean>`(${sql.join(
      filter.and.map((f) => segmentFilterSql(f, subject, now)),
      sql` AND `,
    )})`
  }
  if ('or' in filter) {
    return sql<boolean>`(${sql.join(
      filter.or.map((f) => segmentFilterSql(f, subject, now)),
      sql` OR `,
    )})`
  }
  if ('not' in filter) return sql<boolean>`(NOT ${segmentFilterSql(filter.not, subject, now)})`
  return sql<boolean>`coalesce(${conditionSql(filter, subject, now)}, false)`
}
