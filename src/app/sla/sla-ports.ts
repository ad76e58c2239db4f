import type { ClockKind } from '../../core/agreement/index.ts'
import type { ClockOutcome, SlaClock } from '../../core/sla/index.ts'
import type { Page, PageRequest, PersonId, UserId, WorkspaceId } from '../../core/shared/index.ts'
import type { Notification } from '../scoring/scoring-ports.ts'
import type { ReadOptions, Stores } from '../ports.ts'

export type NewClock = Omit<SlaClock, 'id' | 'stoppedAt' | 'outcome' | 'escalationLevel'>

export type ClockStop = {
  readonly id: string
  readonly stoppedAt: Date
  readonly outcome: ClockOutcome
}

/** What a clock needs to know about its person: owner, the owner's manager, current score and stage. */
export type ClockLead = {
  readonly id: PersonId
  readonly ownerId: UserId | null
  readonly managerId: UserId | null
  readonly score: number | null
  readonly stage: string
}

/** What one sweep changes on a running clock. */
export type ClockAdvance = Pick<SlaClock, 'id' | 'outcome' | 'escalationLevel' | 'nextCheckAt'>

/** Response clocks of one workspace. */
export interface ClockStore {
  insert(clocks: readonly NewClock[]): Promise<void>
  /** The person's clocks still running, of these kinds; locked with `forUpdate`. */
  findRunning(
    personId: PersonId,
    kinds: readonly ClockKind[],
    options?: ReadOptions,
  ): Promise<readonly SlaClock[]>
  stop(stops: readonly ClockStop[]): Promise<void>
  /** After a sweep, in one statement: each clock's breach, the steps run so far and when to look again. */
  advance(changes: readonly ClockAdvance[]): Promise<void>
  /** Every clock of the person, newest first. */
  listForPerson(personId: PersonId): Promise<readonly SlaClock[]>
  /** The people as their clocks see them, by id; an id that names nobody is left out. */
  findLeads(personIds: readonly PersonId[]): Promise<ReadonlyMap<PersonId, ClockLead>>
  /** Clears the person's owner (a take-back), returning whom it cleared. */
  clearOwner(personId: PersonId): Promise<UserId | null>
  /** Sets the owner of running clocks (the one a hand-off assigned), with their new due times. */
  setOwner(
    changes: readonly { readonly id: string; readonly ownerId: UserId; readonly dueAt: Date }[],
  ): Promise<void>
}

export const outboxStatuses = ['pending', 'delivered', 'dead'] as const
export type OutboxStatus = (typeof outboxStatuses)[number]

/** A notification as the outbox holds it, with its delivery state. */
export type OutboxMessage = {
  readonly id: string
  readonly topic: string
  /** Whom it is for (a user id, 'unassigned' or 'managers'); channels decide how it travels. */
  readonly target: string
  readonly payload: Readonly<Record<string, unknown>>
  readonly status: OutboxStatus
  readonly attempts: number
  readonly nextAttemptAt: Date
  readonly lastError: string | null
  readonly createdAt: Date
  readonly deliveredAt: Date | null
  /** Webhooks (by id) that already accepted it. */
  readonly deliveredTo: readonly string[]
}

export interface OutboxStore {
  /** Queues notifications; one with a dedupe key already queued is dropped. */
  enqueue(notifications: readonly Notification[]): Promise<void>
  /** Whether a notification with this dedupe key was ever queued in the workspace. */
  hasKey(dedupeKey: string): Promise<boolean>
  list(page: PageRequest, filter?: { readonly status?: OutboxStatus }): Promise<Page<OutboxMessage>>
}

export const webhookFormats = ['json', 'slack'] as const
export type WebhookFormat = (typeof webhookFormats)[number]

/** A receiving URL; the secret signs every body and is never shown or logged after it is set. */
export type Webhook = {
  readonly id: string
  readonly name: string
  readonly url: string
  /** Topics it takes; empty takes every topic. */
  readonly topics: readonly string[]
  readonly format: WebhookFormat
  readonly maxAttempts: number
  readonly active: boolean
  readonly createdAt: Date
}

export type WebhookWithSecret = Webhook & { readonly secret: string }

export type NewWebhook = Pick<Webhook, 'name' | 'url' | 'topics' | 'format' | 'maxAttempts'> & {
  readonly secret: string
}

export interface WebhookStore {
  insert(webhook: NewWebhook): Promise<Webhook>
  list(): Promise<readonly Webhook[]>
  /** Active webhooks with their secrets, for delivery only. */
  listActiveWithSecrets(): Promise<readonly WebhookWithSecret[]>
  /** Deactivates by name; false when there is none. */
  deactivate(name: string): Promise<boolean>
}

/** Clocks, the outbox and webhooks of one workspace; audit entries go through `duplicates.appendAudit`. */
export type SlaStores = {
  readonly clocks: ClockStore
  readonly outbox: OutboxStore
  readonly webhooks: WebhookStore
}

/** A running clock found due by the sweeper, in any workspace. */
export type DueClock = SlaClock & { readonly workspaceId: WorkspaceId }

/** A message claimed for delivery, in any workspace. */
export type ClaimedMessage = OutboxMessage & { readonly workspaceId: WorkspaceId }

export type DeliveryResult = {
  readonly status: OutboxStatus
  readonly deliveredTo: readonly string[]
  readonly nextAttemptAt: Date
  readonly lastError: string | null
  readonly deliveredAt: Date | null
}

/** The background work across workspaces: due clocks and pending messages, shared by processes. */
export interface SweepStore {
  /**
   * In one transaction: claims up to `limit` running clocks due at `now` (FOR UPDATE SKIP LOCKED,
   * so another process takes others), and runs `work` with stores bound to that transaction.
   */
  withDueClocks<T>(
    query: { readonly now: Date; readonly limit: number },
    work: (due: readonly DueClock[], storesOf: (workspaceId: WorkspaceId) => Stores) => Promise<T>,
  ): Promise<T>
  /**
   * Claims up to `limit` pending messages due at `now` (SKIP LOCKED), counts the attempt and leases
   * them until `leaseUntil`, so a crashed delivery is tried again then and never by two at once.
   */
  claimMessages(query: {
    readonly now: Date
    readonly limit: number
    readonly leaseUntil: Date
  }): Promise<readonly ClaimedMessage[]>
  recordDelivery(message: ClaimedMessage, result: DeliveryResult): Promise<void>
}
