import { sql, type Kysely } from 'kysely'
import type { Storage, Stores, WorkspaceStorage } from '../app/ports.ts'
import { AppError, type WorkspaceId } from '../core/shared/index.ts'
import { accountStore } from './account.store.ts'
import { agreementStore } from './agreement.store.ts'
import { duplicateStore } from './duplicate.store.ts'
import { workspaceStore } from './access.store.ts'
import { apiKeyStore } from './api-key.store.ts'
import type { OpenedDatabase } from './open-database.ts'
import { opportunityStore } from './opportunity.store.ts'
import { personStore } from './person.store.ts'
import { personScoreStore } from './person-score.store.ts'
import { scoreModelStore } from './score-model.store.ts'
import { planStore } from './plan.store.ts'
import { experimentStore } from './experiment.store.ts'
import { predictiveStore } from './predictive.store.ts'
import { metricsStore } from './metrics.store.ts'
import { analyticsStores } from './analytics.store.ts'
import { reportStore } from './report.store.ts'
import type { Database } from './schema.ts'
import { idempotencyStore } from './idempotency.store.ts'
import { importStores } from './import.store.ts'
import { intakeStore } from './intake.store.ts'
import { stageEventStore } from './stage-event.store.ts'
import { userStore } from './user.store.ts'
import { siteDirectory, trackingStore } from './tracking.store.ts'
import { outboxStore } from './outbox.store.ts'
import { slaClockStore } from './sla-clock.store.ts'
import { sweepStore } from './sweep.store.ts'
import { webhookStore } from './webhook.store.ts'
import { handoffStores } from './handoff-stores.ts'
import { privacyStore } from './privacy.store.ts'

let savepoints = 0

function storesOf(db: Kysely<Database>, workspaceId: WorkspaceId, inTransaction = false): Stores {
  const stores: Stores = {
    people: personStore(db, workspaceId),
    accounts: accountStore(db, workspaceId),
    opportunities: opportunityStore(db, workspaceId),
    stageEvents: stageEventStore(db, workspaceId),
    agreements: agreementStore(db, workspaceId, inTransaction),
    users: userStore(db, workspaceId),
    intake: intakeStore(db, workspaceId),
    idempotency: idempotencyStore(db, workspaceId),
    reports: reportStore(db, workspaceId),
    metrics: metricsStore(db, workspaceId),
    imports: importStores(db, workspaceId),
    duplicates: duplicateStore(db, workspaceId),
    scoring: {
      models: scoreModelStore(db, workspaceId),
      people: personScoreStore(db, workspaceId),
    },
    analytics: analyticsStores(db, workspaceId),
    tracking: trackingStore(db, workspaceId),
    sla: {
      clocks: slaClockStore(db, workspaceId),
      outbox: outboxStore(db, workspaceId),
      webhooks: webhookStore(db, workspaceId),
    },
    plans: planStore(db, workspaceId),
    experiments: experimentStore(db, workspaceId),
    predictive: predictiveStore(db, workspaceId),
    apiKeys: apiKeyStore(db),
    handoff: handoffStores(db, workspaceId),
    privacy: privacyStore(db, workspaceId),
    atomic: (work) =>
      inTransaction
        ? withSavepoint(db, () => work(stores))
        : db.transaction().execute((tx) => work(storesOf(tx, workspaceId, true))),
  }
  return stores
}

async function withSavepoint<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  savepoints += 1
  const name = sql.id(`baton_sp_${savepoints}`)
  await sql`SAVEPOINT ${name}`.execute(db)
  try {
    const result = await work()
    await sql`RELEASE SAVEPOINT ${name}`.execute(db)
    return result
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT ${name}`.execute(db)
    throw error
  }
}

/** Implements the app's Storage port over one opened database (embedded or server). */
export function createStorage(opened: OpenedDatabase): Storage {
  const { db } = opened
  return {
    kind: opened.kind,
    workspaces: workspaceStore(db),
    apiKeys: apiKeyStore(db),
    sites: siteDirectory(db),
    sweeps: sweepStore(db, (tx, workspaceId) => storesOf(tx, workspaceId, true)),
    forWorkspace(workspaceId): WorkspaceStorage {
      return {
        ...storesOf(db, workspaceId),
        workspaceId,
        transaction: (work) =>
          db.transaction().execute((tx) => work(storesOf(tx, workspaceId, true))),
      }
    },
    async ping() {
      try {
        await sql`SELECT 1`.execute(db)
      } catch (cause) {
        throw new AppError(
          'store.unavailable',
          'The database is not answering; check that it is running.',
          { cause },
        )
      }
    },
    close: () => db.destroy(),
  }
}
