import type { Person } from '../../core/records/index.ts'
import { AppError } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import type { User } from '../ports.ts'
import { viewClocks, type ClockView } from '../sla/list-person-clocks.ts'
import { openStagesOf } from './route-person.ts'

/** One lead of an owner's queue with the state of its running clocks, soonest due first. */
export type QueueItem = {
  readonly person: Person
  readonly score: number | null
  /** The soonest due time of a running clock; null when none runs. */
  readonly dueAt: Date | null
  readonly clocks: readonly ClockView[]
  /** The owner's next follow-up touch under the cadence; null when none is open. */
  readonly nextTask: { readonly channel: string; readonly dueAt: Date } | null
}

export type OwnerQueue = { readonly owner: User; readonly items: readonly QueueItem[] }

export type OwnerQueueRequest = {
  /** Whose queue; without it, the caller's own user (from the API key). */
  readonly ownerEmail?: string | undefined
  /** At most this many leads, 1..500 (default 100). */
  readonly limit?: number | undefined
}

async function ownerOf(ctx: UseCaseContext, request: OwnerQueueRequest): Promise<User> {
  const email = request.ownerEmail?.trim()
  if (email !== undefined && email !== '') {
    const user = await ctx.store.users.findByEmail(email)
    if (user) return user
    throw new AppError('user.not_found', `No user ${email} in this workspace.`, {
      details: { email },
    })
  }
  const own =
    ctx.userId === undefined
      ? undefined
      : (await ctx.store.users.list()).find((user) => user.id === ctx.userId)
  if (own) return own
  throw new AppError(
    'request.invalid',
    'Name whose queue to show (owner=<email>, or --owner in the CLI): this caller is tied to no user.',
    { details: { field: 'owner' } },
  )
}

function limitOf(limit: number | undefined): number {
  if (limit === undefined) return 100
  if (Number.isInteger(limit) && limit >= 1 && limit <= 500) return limit
  throw new AppError(
    'request.invalid',
    `limit must be a whole number from 1 to 500, not ${limit}.`,
    {
      details: { field: 'limit' },
    },
  )
}

/**
 * A rep's work in due order: the leads assigned to them in a stage the SDR or sales team works under
 * the agreement in force (one a lead can still leave), the one whose running clock is due soonest
 * first, each clock with its business minutes left (negative once over); leads without a running
 * clock come last; each with its next follow-up task. Without an agreement in force it is empty.
 */
export async function ownerQueue(
  ctx: UseCaseContext,
  request: OwnerQueueRequest = {},
): Promise<OwnerQueue> {
  authorize(ctx, 'people.read')
  const limit = limitOf(request.limit)
  const owner = await ownerOf(ctx, request)
  const inForce = await ctx.store.agreements.findInForce(ctx.clock.now())
  if (!inForce) return { owner, items: [] }
  const agreement = inForce.document
  const stages = [...openStagesOf(agreement, 'sdr'), ...openStagesOf(agreement, 'sales')]
  const entries = await ctx.store.handoff.queue.listOwnerWork(owner.id, {
    stages,
    limit,
  })
  const tasks = await ctx.store.handoff.tasks.findOpenFor(entries.map((e) => e.person.id))
  const items: QueueItem[] = []
  for (const entry of entries) {
    const clocks = await viewClocks(ctx, entry.clocks)
    const dueAt = entry.clocks[0]?.dueAt ?? null
    const task = tasks.get(entry.person.id)
    const nextTask = task ? { channel: task.channel, dueAt: task.dueAt } : null
    items.push({ person: entry.person, score: entry.score, dueAt, clocks, nextTask })
  }
  return { owner, items }
}
