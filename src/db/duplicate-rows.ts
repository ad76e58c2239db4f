import type { Selectable, Updateable } from 'kysely'
import type {
  CandidateStatus,
  DuplicateCandidate,
  DuplicatePerson,
  MatchEvidence,
  MatchTier,
  MergeFields,
} from '../core/duplicates/index.ts'
import type { AccountId, PersonId, UserId } from '../core/shared/index.ts'
import type { DuplicateCandidateTable, PersonTable } from './schema.ts'

// Row <-> domain mapping for duplicate matching: the person columns it reads and the ones a merge writes.
export const duplicatePersonColumns = [
  'id',
  'created_at',
  'merged_into',
  'email_normalized',
  'stage',
  'first_name',
  'last_name',
  'title',
  'phone',
  'company_name',
  'country',
  'account_id',
  'owner_id',
  'source',
  'do_not_contact',
  'consent',
  'properties',
] as const

export type DuplicatePersonRow = {
  id: string
  created_at: Date
  merged_into: string | null
  email_normalized: string | null
  stage: string
  first_name: string | null
  last_name: string | null
  title: string | null
  phone: string | null
  company_name: string | null
  country: string | null
  account_id: string | null
  owner_id: string | null
  source: string | null
  do_not_contact: boolean
  consent: unknown
  properties: unknown
}

const record = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}

export function toDuplicatePerson(row: DuplicatePersonRow): DuplicatePerson {
  return {
    id: row.id as PersonId,
    createdAt: row.created_at,
    mergedInto: row.merged_into as PersonId | null,
    email: row.email_normalized,
    stage: row.stage,
    firstName: row.first_name,
    lastName: row.last_name,
    title: row.title,
    phone: row.phone,
    companyName: row.company_name,
    country: row.country,
    accountId: row.account_id as AccountId | null,
    ownerId: row.owner_id as UserId | null,
    source: row.source,
    doNotContact: row.do_not_contact,
    consent: record(row.consent),
    properties: record(row.properties),
  }
}

const columnOf = {
  firstName: 'first_name',
  lastName: 'last_name',
  title: 'title',
  phone: 'phone',
  companyName: 'company_name',
  country: 'country',
  accountId: 'account_id',
  ownerId: 'owner_id',
  source: 'source',
  doNotContact: 'do_not_contact',
  consent: 'consent',
  properties: 'properties',
} as const satisfies Record<keyof MergeFields, string>

/** The person columns to write for merged fields; records go in as JSON. */
export function toMergeColumns(fields: Partial<MergeFields>): Updateable<PersonTable> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, value]) => [
      columnOf[field as keyof MergeFields],
      field === 'consent' || field === 'properties' ? JSON.stringify(value) : value,
    ]),
  )
}

export function toCandidate(row: Selectable<DuplicateCandidateTable>): DuplicateCandidate {
  return {
    id: row.id,
    personAId: row.person_a_id as PersonId,
    personBId: row.person_b_id as PersonId,
    score: row.score,
    tier: row.tier as MatchTier,
    evidence: row.evidence as MatchEvidence[],
    status: row.status as CandidateStatus,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
  }
}
