import { sql, type Kysely, type Selectable } from 'kysely'
import type {
  ScoreModelKind,
  ScoreModelStatus,
  ScoreModelStore,
  StoredScoreModel,
} from '../app/scoring/scoring-ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database, ScoreModelTable } from './schema.ts'

function toStoredModel(row: Selectable<ScoreModelTable>): StoredScoreModel {
  return {
    name: row.name,
    kind: row.kind as ScoreModelKind,
    version: row.version,
    status: row.status as ScoreModelStatus,
    document: row.document,
    metrics: row.metrics,
    createdBy: row.created_by,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    trainedAt: row.trained_at,
    replacesVersion: row.replaces_version,
  }
}

/** Score-model versions of one workspace, numbered per workspace. */
export function scoreModelStore(db: Kysely<Database>, workspaceId: WorkspaceId): ScoreModelStore {
  const mine = () =>
    db.selectFrom('score_model').selectAll().where('workspace_id', '=', workspaceId)
  return {
    async insertDraft(draft) {
      // Numbers come from the table under a workspace-scoped advisory lock, so concurrent drafts
      // get consecutive versions instead of colliding on the unique key.
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`score_model:${workspaceId}`}))`.execute(db)
      const { next } = await db
        .selectFrom('score_model')
        .select(sql<number>`coalesce(max(version), 0)::int + 1`.as('next'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow()
      const row = await db
        .insertInto('score_model')
        .values({
          workspace_id: workspaceId,
          name: draft.name,
          kind: draft.kind,
          version: next,
          status: 'draft',
          document: JSON.stringify(draft.document),
          created_by: draft.createdBy,
          metrics: draft.metrics === undefined ? null : JSON.stringify(draft.metrics),
          trained_at: draft.trainedAt ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toStoredModel(row)
    },
    async find(version) {
      const row = await mine().where('version', '=', version).executeTakeFirst()
      return row === undefined ? undefined : toStoredModel(row)
    },
    async findLive(kind = 'rules') {
      const row = await mine()
        .where('status', '=', 'live')
        .where('kind', '=', kind)
        .executeTakeFirst()
      return row === undefined ? undefined : toStoredModel(row)
    },
    async list() {
      return (await mine().orderBy('version').execute()).map(toStoredModel)
    },
    async publish(version, at, options = {}) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`score_model:${workspaceId}`}))`.execute(db)
      const target = await mine().where('version', '=', version).executeTakeFirst()
      if (target === undefined) return
      const retired = await db
        .updateTable('score_model')
        .set({ status: 'retired' })
        .where('workspace_id', '=', workspaceId)
        .where('status', '=', 'live')
        .where('kind', '=', target.kind)
        .returning('version')
        .executeTakeFirst()
      await db
        .updateTable('score_model')
        .set({
          status: 'live',
          published_at: at,
          ...(options.restore === true ? {} : { replaces_version: retired?.version ?? null }),
        })
        .where('workspace_id', '=', workspaceId)
        .where('version', '=', version)
        .execute()
    },
  }
}
