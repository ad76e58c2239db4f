import type { Kysely } from 'kysely'
import type { ImportStores } from '../app/intake/import-ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import { accountImportStore } from './account-import.store.ts'
import { eventImportStore } from './event-import.store.ts'
import { opportunityImportStore } from './opportunity-import.store.ts'
import { productStore } from './product.store.ts'
import type { Database } from './schema.ts'
import { spendStore } from './spend.store.ts'
import { teamImportStore } from './team-import.store.ts'

/** The stores of the account, event, spend, product, roster and deal imports, for one workspace. */
export function importStores(db: Kysely<Database>, workspaceId: WorkspaceId): ImportStores {
  return {
    accounts: accountImportStore(db, workspaceId),
    events: eventImportStore(db, workspaceId),
    spend: spendStore(db, workspaceId),
    products: productStore(db, workspaceId),
    teams: teamImportStore(db, workspaceId),
    opportunities: opportunityImportStore(db, workspaceId),
  }
}
