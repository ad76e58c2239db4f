import type { Kysely } from 'kysely'
import type { AnalyticsStores } from '../app/reports/report-ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import { attributionFacts } from './attribution-facts.ts'
import { customerFacts } from './customer-facts.ts'
import { responseCompliance } from './response-compliance.ts'
import { slaFacts } from './sla-facts.ts'
import { segmentFacts } from './segment-facts.ts'
import { activityFacts } from './activity-facts.ts'
import { marketSizeStore } from './market-size.store.ts'
import type { Database } from './schema.ts'
import { segmentStore } from './segment.store.ts'

/** The customer, attribution, leak, segment and activity facts, and the records they read. */
export function analyticsStores(db: Kysely<Database>, workspaceId: WorkspaceId): AnalyticsStores {
  return {
    facts: {
      customerFacts: (query) => customerFacts(db, workspaceId, query),
      attributionFacts: (query) => attributionFacts(db, workspaceId, query),
      responseCompliance: (period) => responseCompliance(db, workspaceId, period),
      slaFacts: (period) => slaFacts(db, workspaceId, period),
      segmentFacts: (query) => segmentFacts(db, workspaceId, query),
      activityFacts: (query) => activityFacts(db, workspaceId, query),
    },
    marketSizes: marketSizeStore(db, workspaceId),
    segments: segmentStore(db, workspaceId),
  }
}
