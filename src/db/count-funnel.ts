import { sql, type Kysely } from 'kysely'
import type { FunnelDimension, StagePair } from '../core/analytics/index.ts'
import { canonicalStages } from '../core/funnel/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import {
  dimensionOf,
  enteredAnyIn,
  enteredIn,
  entryOf,
  isEntryDimension,
  subjectsFor,
  type Period,
} from './funnel-subject-sql.ts'
import type { Database } from './schema.ts'

type Query = Period & {
  readonly by: FunnelDimension | null
  readonly pairs: readonly StagePair[]
}

type Grouped = { readonly grp: string | null; readonly is_total: number }
export type FlowRow = Grouped & { readonly stage: string; readonly subjects: number }
export type CohortRow = Grouped & {
  readonly from_stage: string
  readonly to_stage: string
  readonly cohort: number
  readonly reached: number
}

type Branch = { readonly stages: readonly string[]; readonly pairs: readonly StagePair[] }

// One scan of funnel_subject counts every stage and pair at once when the group is the person's;
// a group that is the entry's own (its month, say) differs per stage, so each stage scans alone
// with the pairs that start there.
function branches(query: Query): Branch[] {
  if (!isEntryDimension(query.by)) return [{ stages: canonicalStages, pairs: query.pairs }]
  return canonicalStages.map((stage) => ({
    stages: [stage],
    pairs: query.pairs.filter((pair) => pair.from === stage),
  }))
}

async function countBranch(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  query: Query,
  branch: Branch,
) {
  const { stages, pairs } = branch
  const [first = 'inquiry'] = stages
  const entered = (stage: string, alias: string) => enteredIn(entryOf(stage, alias), query)
  const counts = [
    ...stages.map(
      (stage, i) => sql`count(*) FILTER (WHERE ${entered(stage, 's')})::int AS ${sql.ref(`n${i}`)}`,
    ),
    ...pairs.map(
      (
        pair,
        i,
      ) => sql`count(*) FILTER (WHERE ${entered(pair.from, 's')})::int AS ${sql.ref(`c${i}`)},
        count(${entryOf(pair.to, 's').at}) FILTER (WHERE ${entered(pair.from, 's')})::int
          AS ${sql.ref(`r${i}`)}`,
    ),
  ]
  const scanned = sql`(SELECT ${dimensionOf(query.by, entryOf(first))} AS grp, f.*
    FROM ${subjectsFor(query.by)}
    WHERE f.workspace_id = ${workspaceId}
      AND ${enteredAnyIn(stages, query)}) s`
  // Unsplit, the total is the only row the report reads.
  const { rows } = await (
    query.by === null
      ? sql<Grouped & Record<string, number>>`
        SELECT NULL::text AS grp, 1 AS is_total, ${sql.join(counts)} FROM ${scanned}`
      : sql<Grouped & Record<string, number>>`
        SELECT s.grp, GROUPING(s.grp) AS is_total, ${sql.join(counts)} FROM ${scanned}
        GROUP BY GROUPING SETS ((s.grp), ())`
  ).execute(db)
  const flow: FlowRow[] = []
  const cohorts: CohortRow[] = []
  for (const row of rows) {
    const group = { grp: row.grp, is_total: row.is_total }
    stages.forEach((stage, i) => {
      const subjects = row[`n${i}`] ?? 0
      if (subjects > 0) flow.push({ ...group, stage, subjects })
    })
    pairs.forEach((pair, i) => {
      const cohort = row[`c${i}`] ?? 0
      const reached = row[`r${i}`] ?? 0
      if (cohort > 0)
        cohorts.push({ ...group, from_stage: pair.from, to_stage: pair.to, cohort, reached })
    })
  }
  return { flow, cohorts }
}

/**
 * Subjects whose first entry into each stage falls in the period (flow) and, for each pair, of the
 * subjects who entered its first stage in the period how many ever reached the second (cohorts),
 * per group and in total (is_total), from funnel_subject.
 */
export async function countFunnel(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  query: Query,
): Promise<{ readonly flow: FlowRow[]; readonly cohorts: CohortRow[] }> {
  const flow: FlowRow[] = []
  const cohorts: CohortRow[] = []
  for (const branch of branches(query)) {
    const counted = await countBranch(db, workspaceId, query, branch)
    flow.push(...counted.flow)
    cohorts.push(...counted.cohorts)
  }
  return { flow, cohorts }
}
