import type { Page, PageRequest } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { DuplicateCandidateView } from '../ports.ts'

/** The review queue: open candidate pairs whose people both still stand, oldest first, paged. */
export async function listDuplicates(
  ctx: UseCaseContext,
  page: PageRequest,
): Promise<Page<DuplicateCandidateView>> {
  return ctx.store.duplicates.listOpen(page)
}
