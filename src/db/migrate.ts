import { Migrator, sql, type Kysely, type Migration, type MigrationResult } from 'kysely'
import type { Database } from './schema.ts'
import * as dataModel from './migrations/0001-data-model.ts'
import * as agreementVersions from './migrations/0002-agreement-versions.ts'
import * as intake from './migrations/0003-intake.ts'
import * as duplicates from './migrations/0004-duplicates.ts'
import * as importEntities from './migrations/0005-import-entities.ts'
import * as intakeLookups from './migrations/0006-intake-lookups.ts'
import * as scoring from './migrations/0007-scoring.ts'
import * as clocksAndDelivery from './migrations/0008-clocks-and-delivery.ts'
import * as handoffRouting from './migrations/0009-handoff-routing.ts'
import * as planning from './migrations/0010-planning.ts'
import * as predictiveModels from './migrations/0011-predictive-models.ts'
import * as marketSize from './migrations/0012-market-size.ts'
import * as tracking from './migrations/0013-tracking.ts'
import * as trust from './migrations/0014-trust.ts'
import * as segments from './migrations/0016-segments.ts'
import * as erasure from './migrations/0017-erasure.ts'
import * as oneOpenFollowUp from './migrations/0018-one-open-follow-up.ts'
import * as intakeWriteCost from './migrations/0019-intake-write-cost.ts'
import * as scoreState from './migrations/0020-score-state.ts'
import * as funnelSubject from './migrations/0021-funnel-subject.ts'
import * as funnelSubjectFirstEntry from './migrations/0022-funnel-subject-first-entry.ts'
import * as personFillfactor from './migrations/0023-person-fillfactor.ts'
import * as activityAccountIndex from './migrations/0024-activity-account-index.ts'

// Listed here rather than read from disk, so migrations work the same from source and from a bundle.
const migrations: Record<string, Migration> = {
  '0001-data-model': dataModel,
  '0002-agreement-versions': agreementVersions,
  '0003-intake': intake,
  '0004-duplicates': duplicates,
  '0005-import-entities': importEntities,
  '0006-intake-lookups': intakeLookups,
  '0007-scoring': scoring,
  '0008-clocks-and-delivery': clocksAndDelivery,
  '0009-handoff-routing': handoffRouting,
  '0010-planning': planning,
  '0011-predictive-models': predictiveModels,
  '0012-market-size': marketSize,
  '0013-tracking': tracking,
  '0014-trust': trust,
  '0016-segments': segments,
  '0017-erasure': erasure,
  '0018-one-open-follow-up': oneOpenFollowUp,
  '0019-intake-write-cost': intakeWriteCost,
  '0020-score-state': scoreState,
  '0021-funnel-subject': funnelSubject,
  '0022-funnel-subject-first-entry': funnelSubjectFirstEntry,
  '0023-person-fillfactor': personFillfactor,
  '0024-activity-account-index': activityAccountIndex,
}

export type MigrationReport = {
  readonly applied: readonly string[]
  readonly current: string | undefined
}

/** Brings the schema to the latest migration; concurrent callers wait on Kysely's migration lock. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationReport> {
  // Kysely looks for its bookkeeping tables in every schema it can see; naming the schema the
  // database writes to keeps a neighbouring schema's tables (another tenant, a test) out of it.
  const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db)
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(rows[0] ? { migrationTableSchema: rows[0].schema } : {}),
  })
  const { error, results = [] } = await migrator.migrateToLatest()
  const failed = results.find((result: MigrationResult) => result.status === 'Error')
  if (error !== undefined) {
    const name = failed?.migrationName ?? 'unknown'
    throw new Error(`Migration ${name} failed; the database was left at the previous migration.`, {
      cause: error,
    })
  }
  const all = await migrator.getMigrations()
  return {
    applied: results
      .filter((result) => result.status === 'Success')
      .map((result) => result.migrationName),
    current: all.filter((migration) => migration.executedAt !== undefined).at(-1)?.name,
  }
}
