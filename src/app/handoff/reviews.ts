import { AppError, type Page, type PageRequest } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import { foundOrThrow } from '../records/found-or-throw.ts'
import type { LeadReview, ReviewResolution } from './handoff-ports.ts'

/** The manager's review queue: every disqualified meeting or opportunity not yet reviewed, oldest first. */
export async function listReviews(
  ctx: UseCaseContext,
  page: PageRequest,
): Promise<Page<LeadReview>> {
  authorize(ctx, 'people.read')
  return ctx.store.handoff.loop.listOpenReviews(page)
}

/** Resolves a review once: upheld (the disqualification stands) or reopened (the lead deserved more). */
export async function resolveReview(
  ctx: UseCaseContext,
  id: string,
  decision: { readonly resolution: ReviewResolution; readonly note?: string | null },
): Promise<LeadReview> {
  authorize(ctx, 'reviews.resolve')
  return ctx.store.transaction(async (tx) => {
    const review = foundOrThrow(
      await tx.handoff.loop.findReview(id, { forUpdate: true }),
      'review.not_found',
      'review',
      id,
    )
    if (review.status === 'resolved')
      throw new AppError(
        'review.already_resolved',
        `Review ${id} was resolved (${review.resolution ?? ''}) by ${review.resolvedBy ?? ''}.`,
        {
          details: { id, resolution: review.resolution },
        },
      )
    const at = ctx.clock.now()
    const note = decision.note?.trim() || null
    const resolved = await tx.handoff.loop.resolveReview(id, {
      resolution: decision.resolution,
      note,
      by: ctx.actor,
      at,
    })
    await tx.duplicates.appendAudit({
      at,
      actor: ctx.actor,
      action: 'review.resolved',
      subjectType: 'person',
      subjectId: review.personId,
      details: { reviewId: id, resolution: decision.resolution, note },
    })
    return resolved
  })
}
