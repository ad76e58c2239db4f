import type {
  AccountInput,
  EventInput,
  ProductInput,
  SpendInput,
  TeamMemberInput,
} from '../../core/imports/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestAccounts } from './ingest-account.ts'
import type { RowOutcome } from './ingest-each.ts'
import { ingestEvents } from './ingest-event.ts'
import { ingestOpportunities, type OpportunityInput } from './ingest-opportunity.ts'
import { ingestProducts } from './ingest-product.ts'
import { ingestSpend } from './ingest-spend.ts'
import { ingestTeamMembers } from './ingest-team-member.ts'

/** One batch of rows of one kind of record (everything but leads, which have their own intake). */
export type ImportBatch =
  | { readonly entity: 'accounts'; readonly inputs: readonly AccountInput[] }
  | {
      readonly entity: 'events'
      readonly inputs: readonly EventInput[]
      /** Where the events came from, kept on each activity (e.g. "api", "import:web.csv"). */
      readonly channel: string
    }
  | { readonly entity: 'spend'; readonly inputs: readonly SpendInput[] }
  | { readonly entity: 'products'; readonly inputs: readonly ProductInput[] }
  | { readonly entity: 'teams'; readonly inputs: readonly TeamMemberInput[] }
  | { readonly entity: 'opportunities'; readonly inputs: readonly OpportunityInput[] }

export type ImportEntity = ImportBatch['entity']

/** Takes one batch in through its entity's use case; one outcome per input, in order. */
export function importBatch(ctx: UseCaseContext, batch: ImportBatch): Promise<RowOutcome[]> {
  authorize(ctx, batch.entity === 'events' ? 'events.record' : 'imports.run')
  switch (batch.entity) {
    case 'accounts':
      return ingestAccounts(ctx, batch.inputs)
    case 'events':
      return ingestEvents(ctx, batch.inputs, batch.channel)
    case 'spend':
      return ingestSpend(ctx, batch.inputs)
    case 'products':
      return ingestProducts(ctx, batch.inputs)
    case 'teams':
      return ingestTeamMembers(ctx, batch.inputs)
    case 'opportunities':
      return ingestOpportunities(ctx, batch.inputs)
  }
}
