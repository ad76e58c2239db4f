import { sql, type RawBuilder } from 'kysely'
import type { FunnelDimension } from '../core/analytics/index.ts'
import { isCanonicalStage } from '../core/funnel/index.ts'

export type Period = { readonly from: Date; readonly to: Date }

/** An entry time and the agreement version at it, as SQL. */
export type EntrySql = { readonly at: RawBuilder<unknown>; readonly version: RawBuilder<unknown> }

const onPerson: ReadonlySet<FunnelDimension> = new Set(['source', 'owner', 'country'])

/** Dimensions that belong to the entry itself (its month, week or agreement version), not the person. */
export function isEntryDimension(by: FunnelDimension | null): boolean {
  return by === 'cohort' || by === 'week' || by === 'agreement_version'
}

/** funnel_subject holds a column pair per canonical stage (migration 0021); `alias` names the row. */
export function entryOf(stage: string, alias = 'f'): EntrySql {
  if (!isCanonicalStage(stage)) throw new Error(`"${stage}" is not a canonical stage`)
  return { at: sql.ref(`${alias}.${stage}_at`), version: sql.ref(`${alias}.${stage}_version`) }
}

/** The value a subject is grouped by; cohort, week and agreement version are the entry's own. */
export function dimensionOf(by: FunnelDimension | null, entry: EntrySql): RawBuilder<unknown> {
  switch (by) {
    case null:
      return sql`NULL::text`
    case 'source':
      return sql`p.source`
    case 'owner':
      return sql`u.email`
    case 'country':
      return sql`p.country`
    case 'cohort':
      return sql`to_char(${entry.at} AT TIME ZONE 'UTC', 'YYYY-MM')`
    case 'week':
      return sql`to_char(${entry.at} AT TIME ZONE 'UTC', 'IYYY-"W"IW')`
    case 'agreement_version':
      return sql`${entry.version}::text`
  }
}

/** The subjects as `f`, with their person `p` and owner `u` when the dimension needs them. */
export function subjectsFor(by: FunnelDimension | null): RawBuilder<unknown> {
  return by !== null && onPerson.has(by)
    ? sql`funnel_subject f
        JOIN person p ON p.workspace_id = f.workspace_id AND p.id = f.person_id
        LEFT JOIN "user" u ON u.workspace_id = p.workspace_id AND u.id = p.owner_id`
    : sql`funnel_subject f`
}

export function enteredIn(entry: EntrySql, period: Period): RawBuilder<boolean> {
  return sql<boolean>`(${entry.at} >= ${period.from} AND ${entry.at} < ${period.to})`
}

/** True when the subject entered any of `stages` in the period. */
export function enteredAnyIn(
  stages: readonly string[],
  period: Period,
  alias = 'f',
): RawBuilder<boolean> {
  return sql<boolean>`(${sql.join(
    stages.map((stage) => enteredIn(entryOf(stage, alias), period)),
    sql` OR `,
  )})`
}
