import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { FunnelDimension, StagePair } from '../core/analytics/index.ts'
import { canonicalStages } from '../core/funnel/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import {
  dimensionOf,
  enteredIn,
  entryOf,
  isEntryDimension,
  subjectsFor,
  type Period,
} from './funnel-subject-sql.ts'
import type { Database } from './schema.ts'

type Query = Period & { readonly by: FunnelDimension | null }

// One scan of funnel_subject counts every stage (or pair) at once when the group is the person's;
// a group that is the entry's own (its month, say) differs per stage, so each stage scans alone.
function branches<T>(
  items: readonly T[],
  by: FunnelDimension | null,
  stageOf: (item: T) => string,
) {
  if (!isEntryDimension(by)) return [items]
  const byStage = new Map<string, T[]>()
  for (const item of items)
    byStage.set(stageOf(item), [...(byStage.get(stageOf(item)) ?? []), item])
  return [...byStage.values()]
}

// Subjects that entered one of `stages` in the period, with their group, as `s`.
function scanned(
  workspaceId: WorkspaceId,
  query: Query,
  stages: readonly string[],
): RawBuilder<unknown> {
  const [first = 'inquiry'] = stages
  const any = sql.join(
    stages.map((stage) => enteredIn(entryOf(stage), query)),
    sql` OR `,
  )
  return sql`(SELECT ${dimensionOf(query.by, entryOf(first))} AS grp, f.*
    FROM ${subjectsFor(query.by)}
    WHERE f.workspace_id = ${workspaceId} AND (${any})) s`
}

/** Subjects whose first entry into each stage falls in the period, per group and in total. */
export async function countFlow(db: Kysely<Database>, workspaceId: WorkspaceId, query: Query) {
  const parts = branches(canonicalStages, query.by, (stage) => stage).map((stages) => {
    const counts = stages.map(
      (stage, i) =>
        sql`count(*) FILTER (WHERE ${enteredIn(entryOf(stage, 's'), query)}) AS ${sql.ref(`n${i}`)}`,
    )
    const unfolded = stages.map((stage, i) => sql`(${stage}::text, ${sql.ref(`a.n${i}`)}::int)`)
    return sql`
      SELECT k.stage, a.grp, a.is_total, k.subjects
      FROM (SELECT s.grp, GROUPING(s.grp) AS is_total, ${sql.join(counts)}
            FROM ${scanned(workspaceId, query, stages)}
            GROUP BY GROUPING SETS ((s.grp), ())) a
      CROSS JOIN LATERAL (VALUES ${sql.join(unfolded)}) AS k(stage, subjects)
      WHERE k.subjects > 0`
  })
  const { rows } = await sql<{
    grp: string | null
    is_total: number
    stage: string
    subjects: number
  }>`${sql.join(parts, sql` UNION ALL `)}`.execute(db)
  return rows
}

/** For each pair, of the subjects who entered its first stage in the period, how many ever reached the second. */
export async function countCohorts(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  query: Query & { readonly pairs: readonly StagePair[] },
) {
  const parts = branches(query.pairs, query.by, (pair) => pair.from).map((pairs) => {
    const counts = pairs.map((pair, i) => {
      const entered = enteredIn(entryOf(pair.from, 's'), query)
      return sql`count(*) FILTER (WHERE ${entered}) AS ${sql.ref(`c${i}`)},
        count(${entryOf(pair.to, 's').at}) FILTER (WHERE ${entered}) AS ${sql.ref(`r${i}`)}`
    })
    const unfolded = pairs.map(
      (pair, i) =>
        sql`(${pair.from}::text, ${pair.to}::text, ${sql.ref(`a.c${i}`)}::int, ${sql.ref(`a.r${i}`)}::int)`,
    )
    const froms = [...new Set(pairs.map((pair) => pair.from))]
    return sql`
      SELECT k.from_stage, k.to_stage, a.grp, a.is_total, k.cohort, k.reached
      FROM (SELECT s.grp, GROUPING(s.grp) AS is_total, ${sql.join(counts)}
            FROM ${scanned(workspaceId, query, froms)}
            GROUP BY GROUPING SETS ((s.grp), ())) a
      CROSS JOIN LATERAL (VALUES ${sql.join(unfolded)}) AS k(from_stage, to_stage, cohort, reached)
      WHERE k.cohort > 0`
  })
  const { rows } = await sql<{
    grp: string | null
    is_total: number
    from_stage: string
    to_stage: string
    cohort: number
    reached: number
  }>`${sql.join(parts, sql` UNION ALL `)}`.execute(db)
  return rows
}
