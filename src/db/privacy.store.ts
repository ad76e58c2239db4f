import type { Kysely } from 'kysely'
import type { ExportRow, PersonData, PrivacyStore } from '../app/privacy/privacy-ports.ts'
import type { ContactFacts } from '../core/privacy/index.ts'
import type { PersonId, WorkspaceId } from '../core/shared/index.ts'
import { erasePeople } from './erase-people.ts'
import type { Database } from './schema.ts'

const camel = (column: string) =>
  column.replace(/_(\w)/g, (_m, letter: string) => letter.toUpperCase())

/** A row as an export shows it: camelCase keys, instants as ISO text, big numbers as numbers. */
function toExportRow(row: Record<string, unknown>): ExportRow {
  const out: Record<string, unknown> = {}
  for (const [column, value] of Object.entries(row)) {
    if (column === 'workspace_id') continue
    out[camel(column)] = value instanceof Date ? value.toISOString() : value
  }
  return out
}

type PersonTableName =
  | 'activity'
  | 'sla_clock'
  | 'assignment'
  | 'lead_review'
  | 'meeting'
  | 'follow_up_task'
  | 'enrollment'
  | 'visitor'
  | 'experiment_assignment'

/** Privacy requests of one workspace: collect everything about people, erase it, suppress addresses. */
export function privacyStore(db: Kysely<Database>, workspaceId: WorkspaceId): PrivacyStore {
  const rowsOf = async (table: PersonTableName, ids: readonly PersonId[]) => {
    const rows = await db
      .selectFrom(table)
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('person_id', 'in', ids)
      .execute()
    return rows.map((row) => toExportRow(row as Record<string, unknown>))
  }
  return {
    async findPeopleByEmail(emailNormalized, options = {}) {
      const direct = db
        .selectFrom('person')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('email_normalized', '=', emailNormalized)
      const found = await (options.forUpdate ? direct.forUpdate() : direct).execute()
      const ids = found.map((row) => row.id)
      if (ids.length === 0) return []
      const merged = await db
        .selectFrom('person')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('merged_into', 'in', ids)
        .execute()
      return [...ids, ...merged.map((row) => row.id)] as PersonId[]
    },
    async collect(ids): Promise<PersonData> {
      const people = await db
        .selectFrom('person')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', ids)
        .orderBy('created_at')
        .execute()
      const accountIds = [...new Set(people.flatMap((p) => p.account_id ?? []))]
      const accounts =
        accountIds.length === 0
          ? []
          : await db
              .selectFrom('account')
              .select(['id', 'name', 'domain'])
              .where('workspace_id', '=', workspaceId)
              .where('id', 'in', accountIds)
              .execute()
      const stageEvents = await db
        .selectFrom('stage_event')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('person_id', 'in', ids)
        .orderBy('occurred_at')
        .orderBy('id')
        .execute()
      const opportunities = await db
        .selectFrom('opportunity')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('primary_person_id', 'in', ids)
        .execute()
      const duplicateCandidates = await db
        .selectFrom('duplicate_candidate')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where((eb) => eb.or([eb('person_a_id', 'in', ids), eb('person_b_id', 'in', ids)]))
        .execute()
      const auditLog = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('subject_type', '=', 'person')
        .where('subject_id', 'in', ids)
        .orderBy('id')
        .execute()
      const rows = (list: readonly object[]) =>
        list.map((row) => toExportRow(row as Record<string, unknown>))
      return {
        people: rows(people),
        accounts: rows(accounts),
        activities: (await rowsOf('activity', ids)).toSorted((a, b) =>
          String(a['occurredAt']).localeCompare(String(b['occurredAt'])),
        ),
        stageEvents: rows(stageEvents),
        clocks: await rowsOf('sla_clock', ids),
        assignments: await rowsOf('assignment', ids),
        reviews: await rowsOf('lead_review', ids),
        meetings: await rowsOf('meeting', ids),
        followUps: await rowsOf('follow_up_task', ids),
        enrollments: await rowsOf('enrollment', ids),
        visitors: await rowsOf('visitor', ids),
        experimentArms: await rowsOf('experiment_assignment', ids),
        opportunities: rows(opportunities),
        duplicateCandidates: rows(duplicateCandidates),
        auditLog: rows(auditLog),
      }
    },
    erase: (ids, erasure) => erasePeople(db, workspaceId, ids, erasure),
    async suppress({ emailHash, reason }) {
      await db
        .insertInto('suppressed_email')
        .values({ workspace_id: workspaceId, email_hash: emailHash, reason })
        .onConflict((conflict) => conflict.columns(['workspace_id', 'email_hash']).doNothing())
        .execute()
    },
    async findSuppressed(hashes) {
      if (hashes.length === 0) return new Set()
      const rows = await db
        .selectFrom('suppressed_email')
        .select('email_hash')
        .where('workspace_id', '=', workspaceId)
        .where('email_hash', 'in', [...new Set(hashes)])
        .execute()
      return new Set(rows.map((row) => row.email_hash))
    },
    async findContactFacts(ids) {
      const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id))
      if (valid.length === 0) return new Map()
      const rows = await db
        .selectFrom('person')
        .select(['id', 'do_not_contact', 'consent'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', valid)
        .execute()
      return new Map<string, ContactFacts>(
        rows.map((row) => [
          row.id,
          {
            doNotContact: row.do_not_contact,
            consent: (row.consent ?? {}) as Record<string, unknown>,
          },
        ]),
      )
    },
  }
}
