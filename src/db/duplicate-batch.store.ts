import { sql, type Kysely } from 'kysely'
import type { DuplicateBatchStore } from '../app/ports.ts'
import type { PersonId, WorkspaceId } from '../core/shared/index.ts'
import { toCandidate, toCandidateValues, toMergeColumns } from './duplicate-rows.ts'
import type { Database } from './schema.ts'
import { refreshFunnelSubjects } from './refresh-funnel-subjects.ts'
import { translating } from './store-error.ts'
import { unnestRows } from './unnest-rows.ts'

const mergeTypes = {
  id: 'uuid',
  first_name: 'text',
  last_name: 'text',
  title: 'text',
  phone: 'text',
  company_name: 'text',
  country: 'text',
  account_id: 'uuid',
  owner_id: 'uuid',
  source: 'text',
  do_not_contact: 'boolean',
  consent: 'jsonb',
  properties: 'jsonb',
} as const

// `SET col = v.col, ...` for every column but id, from the unnested rows named v.
const setFrom = (columns: readonly string[]) =>
  sql.join(
    columns.filter((c) => c !== 'id').map((c) => sql`${sql.id(c)} = v.${sql.id(c)}`),
    sql`, `,
  )

/** Set-based writes of many merges at once: a handful of statements however many merges. */
export function duplicateBatchStore(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
): DuplicateBatchStore {
  async function updateFrom(types: Record<string, string>, rows: Record<string, unknown>[]) {
    if (rows.length === 0) return
    const { columns, select } = unnestRows(types, rows)
    // A merge changes whose events make up the history: the next score reads it whole.
    await sql`UPDATE person AS p SET ${setFrom(columns)}, score_state = NULL, updated_at = now()
      FROM (${select}) AS v WHERE p.workspace_id = ${workspaceId} AND p.id = v.id`.execute(db)
  }
  return {
    async findMergedInto(ids) {
      if (ids.length === 0) return []
      const rows = await db
        .selectFrom('person')
        .select(['id', 'merged_into'])
        .where('workspace_id', '=', workspaceId)
        .where('merged_into', 'in', [...ids])
        .execute()
      return rows.map((row) => ({
        id: row.id as PersonId,
        mergedInto: row.merged_into as PersonId,
      }))
    },
    writeMergedPeople: (people) =>
      translating(async () => {
        const withFields = people.flatMap(({ id, fields }) =>
          fields === undefined ? [] : [{ id, ...toMergeColumns(fields) }],
        )
        await updateFrom(mergeTypes, withFields)
        const pointers = people.flatMap(({ id, mergedInto }) =>
          mergedInto === undefined ? [] : [{ id, merged_into: mergedInto }],
        )
        await updateFrom({ id: 'uuid', merged_into: 'uuid' }, pointers)
        const moved = people.flatMap(({ id, mergedInto }) => (mergedInto ? [id, mergedInto] : [id]))
        await refreshFunnelSubjects(db, workspaceId, moved)
      }),
    recordDecisions: (pairs, decision) =>
      translating(async () => {
        if (pairs.length === 0) return []
        const decided = {
          status: decision.status,
          decided_by: decision.decidedBy,
          decided_at: decision.decidedAt,
        }
        const values = pairs.map((pair) => ({
          ...toCandidateValues(workspaceId, pair),
          ...decided,
        }))
        const rows = await db
          .insertInto('duplicate_candidate')
          .values(values)
          .onConflict((conflict) =>
            conflict.columns(['workspace_id', 'person_a_id', 'person_b_id']).doUpdateSet(decided),
          )
          .returningAll()
          .execute()
        const byPair = new Map(rows.map((row) => [`${row.person_a_id} ${row.person_b_id}`, row]))
        return values.map((value) => {
          const row = byPair.get(`${value.person_a_id} ${value.person_b_id}`)
          if (!row) throw new Error(`No candidate row came back for ${value.person_a_id}.`)
          return toCandidate(row)
        })
      }),
    async appendAudits(entries) {
      if (entries.length === 0) return
      await db
        .insertInto('audit_log')
        .values(
          entries.map((entry) => ({
            workspace_id: workspaceId,
            at: entry.at,
            actor: entry.actor,
            action: entry.action,
            subject_type: entry.subjectType,
            subject_id: entry.subjectId,
            details: JSON.stringify(entry.details),
          })),
        )
        .execute()
    },
  }
}
