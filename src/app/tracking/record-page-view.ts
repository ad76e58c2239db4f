import { cleanPageView, type PageViewInput } from '../../core/tracking/index.ts'
import type { AccountId, PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'

/** The activity type of a tracked page view: the one score models and imports already use. */
export const pageViewType = 'page_visit'

export type RecordedPageView = {
  /** False when the same page view was recorded already. */
  readonly recorded: boolean
  readonly visitorId: string
  /** The person the visitor is known as; null while anonymous. */
  readonly personId: PersonId | null
  readonly accountId: AccountId | null
}

/**
 * Records one page view at `now` (the server's clock, never the browser's). The account is the one
 * whose recorded IP range holds the caller's IP (the narrowest), else the one with the corporate
 * domain the site named. A visitor already identified adds to its person's timeline (and score, in
 * the same transaction); an anonymous one waits, with its visitor id, until it is identified.
 */
export async function recordPageView(
  ctx: UseCaseContext,
  input: PageViewInput & { readonly ip: string | null },
): Promise<RecordedPageView> {
  const view = cleanPageView(input)
  const now = ctx.clock.now()
  return ctx.store.transaction(async (tx) => {
    const accountId = await tx.tracking.findVisitAccount({
      ip: input.ip,
      domain: view.companyDomain,
    })
    const personId = await tx.tracking.touchVisitor(view.visitorId, now, accountId)
    const properties: Record<string, string> = { url: view.url, channel: 'tracking' }
    if (view.referrer !== null) properties['referrer'] = view.referrer
    if (view.title !== null) properties['title'] = view.title
    const idempotencyKey = `track:${view.visitorId}:${now.getTime()}:${view.url}`
    const activity = { type: pageViewType, occurredAt: now, properties, idempotencyKey }
    const base = { visitorId: view.visitorId, personId, accountId }
    if (personId === null) {
      const recorded = await tx.tracking.recordAnonymous({ ...activity, ...base })
      return { ...base, recorded }
    }
    const stored = await tx.imports.events.insertNew([{ ...activity, ...base, personId }])
    return { ...base, recorded: stored.has(idempotencyKey) }
  })
}
