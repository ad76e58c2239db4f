import type { Selectable, Updateable } from 'kysely'
import type {
  CandidateStatus,
  DuplicateCandidate,
  DuplicatePerson,
  MatchEvidence,
  MatchTier,
  MergeFields,
} from '../core/duplicates/index.ts'
import type { CandidatePair } from '../app/ports.ts'
import { orderPair } from '../core/duplicates/index.ts'
import type { PersonId, WorkspaceId } from '../core/shared/index.ts'
import { toPerson } from './person.store.ts'
import type { DuplicateCandidateTable, PersonTable } from './schema.ts'

const record = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}

/** A stored person row as duplicate matching and merging read it. */
export function toDuplicatePerson(row: Selectable<PersonTable>): DuplicatePerson {
  return {
    ...toPerson(row),
    mergedInto: row.merged_into as PersonId | null,
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

/** A pair as a duplicate_candidate row, the lower person id first. */
export function toCandidateValues(workspaceId: WorkspaceId, pair: CandidatePair) {
  const [a, b] = orderPair(...pair.personIds)
  return {
    workspace_id: workspaceId,
    person_a_id: a,
    person_b_id: b,
    score: pair.match.score,
    tier: pair.match.tier,
    evidence: JSON.stringify(pair.match.evidence),
  }
}
