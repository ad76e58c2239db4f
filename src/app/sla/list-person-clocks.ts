import { businessMinutesBetween, ownerWorkCalendar, type SlaClock } from '../../core/sla/index.ts'
import { AppError, type Page, type PageRequest, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { OutboxMessage, OutboxStatus } from './sla-ports.ts'
import { authorize } from '../access/authorize.ts'

/** A clock with its business time left (positive) or over (negative) at `now`, or when it stopped. */
export type ClockView = SlaClock & { readonly businessMinutesLeft: number | null }

/**
 * Every clock of a person, newest first, with business minutes left before the due time (negative
 * once over), measured on the business time of its owner (see viewClocks).
 */
export async function listPersonClocks(
  ctx: UseCaseContext,
  personId: PersonId,
): Promise<readonly ClockView[]> {
  authorize(ctx, 'people.read')
  const person = await ctx.store.people.find(personId)
  if (!person) {
    throw new AppError('person.not_found', `No person ${personId} in this workspace.`, {
      details: { id: personId },
    })
  }
  return viewClocks(ctx, await ctx.store.sla.clocks.listForPerson(personId))
}

/**
 * Clocks with their business minutes left at `now` (or when they stopped), each measured on its
 * owner's business time (their calendar and absences, else that of the agreement version it
 * started under); null without an agreement version.
 */
export async function viewClocks(
  ctx: UseCaseContext,
  clocks: readonly SlaClock[],
): Promise<readonly ClockView[]> {
  const versions = new Map<number, Awaited<ReturnType<typeof ctx.store.agreements.find>>>()
  const ownerIds = [...new Set(clocks.flatMap((clock) => clock.ownerId ?? []))]
  const owners = await ctx.store.handoff.routing.findWorkCalendars(ownerIds)
  const now = ctx.clock.now()
  const views: ClockView[] = []
  for (const clock of clocks) {
    const version = clock.agreementVersion
    if (version !== null && !versions.has(version)) {
      versions.set(version, await ctx.store.agreements.find(version))
    }
    const base = version === null ? undefined : versions.get(version)?.document.calendar
    const owner = clock.ownerId === null ? undefined : owners.get(clock.ownerId)
    const calendar = base === undefined ? undefined : ownerWorkCalendar(base, owner)
    const until = clock.stoppedAt ?? now
    const businessMinutesLeft =
      calendar === undefined
        ? null
        : Math.round(businessMinutesBetween(calendar, until, clock.dueAt))
    views.push({ ...clock, businessMinutesLeft })
  }
  return views
}

/** The workspace's outbox, newest first, optionally only pending, delivered or dead messages. */
export function listOutbox(
  ctx: UseCaseContext,
  page: PageRequest,
  status?: OutboxStatus,
): Promise<Page<OutboxMessage>> {
  authorize(ctx, 'outbox.manage')
  return ctx.store.sla.outbox.list(page, status === undefined ? {} : { status })
}
