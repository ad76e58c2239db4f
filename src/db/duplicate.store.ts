import { sql, type Kysely, type Updateable } from 'kysely'
import type { DuplicateStore } from '../app/ports.ts'
import type { PersonId, WorkspaceId } from '../core/shared/index.ts'
import { duplicateBatchStore } from './duplicate-batch.store.ts'
import {
  toCandidate,
  toCandidateValues,
  toDuplicatePerson,
  toMergeColumns,
} from './duplicate-rows.ts'
import { findCandidatePairs } from './find-candidate-pairs.ts'
import { refreshFunnelSubjects } from './refresh-funnel-subjects.ts'
import { afterCursor, toLimit, toPage } from './page-cursor.ts'
import type { Database, PersonTable } from './schema.ts'
import { translating } from './store-error.ts'

/** Duplicate candidates, merges and their audit entries for one workspace. */
export function duplicateStore(db: Kysely<Database>, workspaceId: WorkspaceId): DuplicateStore {
  const people = () => db.selectFrom('person').selectAll().where('workspace_id', '=', workspaceId)
  const candidates = () =>
    db.selectFrom('duplicate_candidate').selectAll().where('workspace_id', '=', workspaceId)
  const findPeople: DuplicateStore['findPeople'] = async (ids, options = {}) => {
    if (ids.length === 0) return []
    const query = people().where('id', 'in', ids).orderBy('id')
    const rows = await (options.forUpdate ? query.forUpdate() : query).execute()
    return rows.map(toDuplicatePerson)
  }
  const batch = duplicateBatchStore(db, workspaceId)
  return {
    ...batch,
    findCandidatePairs: (personIds) => findCandidatePairs(db, workspaceId, personIds),
    findPeople,
    async insertCandidates(pairs) {
      if (pairs.length === 0) return
      await db
        .insertInto('duplicate_candidate')
        .values(pairs.map((pair) => toCandidateValues(workspaceId, pair)))
        .onConflict((conflict) =>
          conflict.columns(['workspace_id', 'person_a_id', 'person_b_id']).doNothing(),
        )
        .execute()
    },
    async recordDecision(pair, decision) {
      const [candidate] = await batch.recordDecisions([pair], decision)
      if (!candidate) throw new Error('Recording a decision returned no candidate.')
      return candidate
    },
    async findCandidate(id, options = {}) {
      const query = candidates().where('id', '=', id)
      const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
      return row && toCandidate(row)
    },
    async listOpen(page, filter = {}) {
      const limit = toLimit(page)
      const { personId } = filter
      let query = candidates()
        .where('status', '=', 'open')
        .$if(personId !== undefined, (q) =>
          q.where((eb) =>
            eb.or([eb('person_a_id', '=', personId ?? ''), eb('person_b_id', '=', personId ?? '')]),
          ),
        )
        .where(
          sql<boolean>`NOT EXISTS (SELECT 1 FROM person p WHERE p.workspace_id = ${workspaceId}
            AND p.id IN (person_a_id, person_b_id) AND p.merged_into IS NOT NULL)`,
        )
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit + 1)
      if (page.cursor !== undefined) query = query.where(afterCursor(page.cursor))
      const rows = await query.execute()
      const ids = rows.flatMap((row) => [row.person_a_id, row.person_b_id] as PersonId[])
      const byId = new Map((await findPeople([...new Set(ids)])).map((p) => [p.id, p]))
      const view = (row: (typeof rows)[number]) => {
        const personA = byId.get(row.person_a_id as PersonId)
        const personB = byId.get(row.person_b_id as PersonId)
        if (!personA || !personB) throw new Error(`candidate ${row.id} names a missing person`)
        return { ...toCandidate(row), personA, personB }
      }
      return toPage(rows, limit, view, (row) => ({ at: row.created_at, id: row.id }))
    },
    merge: (merge) =>
      translating(async () => {
        await setPerson(db, workspaceId, merge.survivorId, toMergeColumns(merge.survivorFields))
        const moved = await db
          .updateTable('person')
          .set({ merged_into: merge.survivorId, updated_at: sql<Date>`now()` })
          .where('workspace_id', '=', workspaceId)
          .where('merged_into', '=', merge.loserId)
          .returning('id')
          .execute()
        await setPerson(db, workspaceId, merge.loserId, { merged_into: merge.survivorId })
        await refreshFunnelSubjects(db, workspaceId, [merge.survivorId, merge.loserId])
        return moved.map((row) => row.id as PersonId)
      }),
    unmerge: (unmerge) =>
      translating(async () => {
        await setPerson(db, workspaceId, unmerge.survivorId, toMergeColumns(unmerge.survivorFields))
        await setPerson(db, workspaceId, unmerge.loserId, { merged_into: null })
        if (unmerge.rejoin.length > 0) {
          await db
            .updateTable('person')
            .set({ merged_into: unmerge.loserId, updated_at: sql<Date>`now()` })
            .where('workspace_id', '=', workspaceId)
            .where('merged_into', '=', unmerge.survivorId)
            .where('id', 'in', unmerge.rejoin)
            .execute()
        }
        await refreshFunnelSubjects(db, workspaceId, [unmerge.survivorId, unmerge.loserId])
      }),
    appendAudit: (entry) => batch.appendAudits([entry]),
    async findLatestAudit(subject) {
      const row = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('subject_type', '=', subject.subjectType)
        .where('subject_id', '=', subject.subjectId)
        .where('action', '=', subject.action)
        .orderBy('id', 'desc')
        .executeTakeFirst()
      return (
        row && {
          at: row.at,
          actor: row.actor,
          action: row.action,
          subjectType: row.subject_type,
          subjectId: row.subject_id ?? '',
          details: row.details as Record<string, unknown>,
        }
      )
    },
  }
}

async function setPerson(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  id: PersonId,
  columns: Updateable<PersonTable>,
): Promise<void> {
  // A merge or unmerge changes whose events make up the history: score it whole next time.
  await db
    .updateTable('person')
    .set({ ...columns, score_state: null, updated_at: sql<Date>`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute()
}
