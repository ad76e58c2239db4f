import type { DuplicateCandidate, DuplicatePerson } from '../../core/duplicates/index.ts'
import type { Page, PageRequest, PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { authorize } from '../access/authorize.ts'

/** What a reviewer sees of each person in a pair. */
export type DuplicatePersonSummary = Pick<
  DuplicatePerson,
  | 'id'
  | 'email'
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'phone'
  | 'companyName'
  | 'accountId'
  | 'stage'
  | 'doNotContact'
  | 'mergedInto'
  | 'createdAt'
>

/** An open pair in the review queue, with both people. */
export type DuplicatePair = DuplicateCandidate & {
  readonly personA: DuplicatePersonSummary
  readonly personB: DuplicatePersonSummary
}

function toSummary(person: DuplicatePerson): DuplicatePersonSummary {
  const { consent, properties, country, ownerId, source, ...summary } = person
  return summary
}

/** The review queue: open candidate pairs whose people both still stand, oldest first, paged; optionally only one person's. */
export async function listDuplicates(
  ctx: UseCaseContext,
  page: PageRequest,
  filter: { readonly personId?: PersonId } = {},
): Promise<Page<DuplicatePair>> {
  authorize(ctx, 'duplicates.read')
  const found = await ctx.store.duplicates.listOpen(page, filter)
  const items = found.items.map((view) => ({
    ...view,
    personA: toSummary(view.personA),
    personB: toSummary(view.personB),
  }))
  return found.nextCursor === undefined ? { items } : { items, nextCursor: found.nextCursor }
}
