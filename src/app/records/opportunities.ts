import type { Opportunity, OpportunityFields } from '../../core/records/index.ts'
import type { OpportunityId, Page, PageRequest } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { recordFirstStage } from '../funnel/change-stage.ts'
import { foundOrThrow } from './found-or-throw.ts'
import { authorize } from '../access/authorize.ts'

export type CreateOpportunityInput = OpportunityFields & {
  readonly name: string
  readonly stage: string
}

/** Creates an opportunity in its first sales stage and records entering it, atomically. */
export async function createOpportunity(
  ctx: UseCaseContext,
  input: CreateOpportunityInput,
): Promise<Opportunity> {
  authorize(ctx, 'opportunities.write')
  return ctx.store.transaction(async (tx) => {
    const opportunity = await tx.opportunities.insert(input)
    const subject = { type: 'opportunity', id: opportunity.id } as const
    const firstStage = await recordFirstStage(tx, ctx, subject, input.stage)
    return { ...opportunity, stage: firstStage }
  })
}

/** Returns the opportunity or throws `opportunity.not_found`. */
export async function getOpportunity(ctx: UseCaseContext, id: OpportunityId): Promise<Opportunity> {
  authorize(ctx, 'opportunities.read')
  return foundOrThrow(
    await ctx.store.opportunities.find(id),
    'opportunity.not_found',
    'opportunity',
    id,
  )
}

/** Lists opportunities, oldest first, one page at a time. */
export async function listOpportunities(
  ctx: UseCaseContext,
  page: PageRequest,
  filter: { readonly status?: string } = {},
): Promise<Page<Opportunity>> {
  authorize(ctx, 'opportunities.read')
  return ctx.store.opportunities.list(page, filter)
}

/** Changes an opportunity's fields (never the stage); throws `opportunity.not_found`. */
export async function updateOpportunity(
  ctx: UseCaseContext,
  id: OpportunityId,
  fields: OpportunityFields,
): Promise<Opportunity> {
  authorize(ctx, 'opportunities.write')
  const updated = await ctx.store.opportunities.update(id, fields)
  return foundOrThrow(updated, 'opportunity.not_found', 'opportunity', id)
}
