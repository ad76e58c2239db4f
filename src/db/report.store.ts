import { sql, type Kysely } from 'kysely'
import type { ReportStore } from '../app/ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

type SourceRow = { source: string | null; records: number; with_issues: number; stale: number }
type PipelineRow = {
  opportunities: number
  without_account: number
  without_owner: number
  not_in_catalog: number | null
}

/** Report reads for one workspace: aggregate SQL, never row-by-row in JavaScript. */
export function reportStore(db: Kysely<Database>, workspaceId: WorkspaceId): ReportStore {
  // An import can grow a table a thousandfold, and the embedded database has no autovacuum to
  // notice: without fresh statistics the planner keeps the plans of an empty table (the funnel
  // report on the Olist import took 21 s before this and under 1 s after).
  const refreshStatistics = async () => {
    await sql`ANALYZE person, account, opportunity, activity, stage_event, spend, product`.execute(
      db,
    )
  }
  return {
    async qualityFacts(staleBefore) {
      const sources = await sql<SourceRow>`
        WITH p AS (SELECT id, source, quality_issues FROM person WHERE workspace_id = ${workspaceId} AND merged_into IS NULL),
        touched AS (
          SELECT person_id FROM activity WHERE workspace_id = ${workspaceId} AND occurred_at >= ${staleBefore}
          UNION SELECT person_id FROM stage_event WHERE workspace_id = ${workspaceId} AND occurred_at >= ${staleBefore})
        SELECT p.source, count(*)::int AS records,
          count(*) FILTER (WHERE jsonb_array_length(p.quality_issues) > 0)::int AS with_issues,
          count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM touched t WHERE t.person_id = p.id))::int AS stale
        FROM p GROUP BY p.source`.execute(db)
      const issues = await sql<{ source: string | null; code: string; n: number }>`
        SELECT p.source, i->>'code' AS code, count(*)::int AS n
        FROM person p, jsonb_array_elements(p.quality_issues) i
        WHERE p.workspace_id = ${workspaceId} AND p.merged_into IS NULL GROUP BY 1, 2`.execute(db)
      const repeats = await sql<{ source: string | null; n: number }>`
        SELECT p.source, count(*)::int AS n FROM activity a JOIN person p ON p.workspace_id = a.workspace_id AND p.id = a.person_id
        WHERE a.workspace_id = ${workspaceId} AND a.type = 'lead_captured' AND a.properties->>'repeat' = 'true'
        GROUP BY 1`.execute(db)
      const rejected = await sql<{ reason: string; n: number }>`
        SELECT r.key AS reason, sum(r.value::int)::int AS n FROM import_run, jsonb_each_text(rejected_by_reason) r
        WHERE workspace_id = ${workspaceId} AND NOT dry_run GROUP BY 1`.execute(db)
      const spend = await sql<{ channel: string; cents: number }>`
        SELECT lower(channel) AS channel, sum(amount_cents)::float8 AS cents FROM spend
        WHERE workspace_id = ${workspaceId} GROUP BY 1`.execute(db)
      const pipeline = await sql<PipelineRow>`
        SELECT count(*)::int AS opportunities,
          count(*) FILTER (WHERE o.account_id IS NULL)::int AS without_account,
          count(*) FILTER (WHERE o.owner_id IS NULL)::int AS without_owner,
          CASE WHEN EXISTS (SELECT 1 FROM product WHERE workspace_id = ${workspaceId})
            THEN count(*) FILTER (WHERE o.product IS NOT NULL AND NOT EXISTS (SELECT 1 FROM product p
              WHERE p.workspace_id = o.workspace_id AND p.name = o.product)) END::int AS not_in_catalog
        FROM opportunity o WHERE o.workspace_id = ${workspaceId}`.execute(db)
      const deals = pipeline.rows[0]
      const key = (source: string | null) => source ?? '\u0000'
      const issuesBySource = new Map<string, Record<string, number>>()
      for (const row of issues.rows) {
        const entry = issuesBySource.get(key(row.source)) ?? {}
        entry[row.code] = row.n
        issuesBySource.set(key(row.source), entry)
      }
      const repeatsBySource = new Map(repeats.rows.map((row) => [key(row.source), row.n]))
      return {
        sources: sources.rows.map((row) => ({
          source: row.source,
          records: row.records,
          withIssues: row.with_issues,
          stale: row.stale,
          issues: issuesBySource.get(key(row.source)) ?? {},
          repeats: repeatsBySource.get(key(row.source)) ?? 0,
        })),
        rejectedByReason: Object.fromEntries(rejected.rows.map((row) => [row.reason, row.n])),
        spendCentsByChannel: Object.fromEntries(spend.rows.map((row) => [row.channel, row.cents])),
        pipeline: {
          opportunities: deals?.opportunities ?? 0,
          withoutAccount: deals?.without_account ?? 0,
          withoutOwner: deals?.without_owner ?? 0,
          productNotInCatalog: deals?.not_in_catalog ?? null,
        },
      }
    },
    async recordImportRun(run) {
      await db
        .insertInto('import_run')
        .values({
          workspace_id: workspaceId,
          entity: run.entity,
          source_name: run.sourceName,
          mapping: run.mapping,
          dry_run: run.dryRun,
          counts: JSON.stringify(run.counts),
          rejected_by_reason: JSON.stringify(run.rejectedByReason),
          started_at: run.startedAt,
          finished_at: run.finishedAt,
        })
        .execute()
      await refreshStatistics()
    },
    refreshStatistics,
  }
}
