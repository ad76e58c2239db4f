import {
  planStageChange,
  type StageEvent,
  type StageEventDraft,
  type StageSubject,
} from '../../core/funnel/index.ts'
import type { Page, PageRequest } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { StageEventFilter, Stores } from '../ports.ts'
import { foundOrThrow } from '../records/found-or-throw.ts'
import { applyClockChanges } from '../sla/apply-clock-changes.ts'
import { isLoadingHistory } from '../sla/is-loading-history.ts'
import { afterStageEntry } from '../handoff/after-stage-entry.ts'
import { toAgreedStage, type StageImplications } from './agreed-stage.ts'
import { authorize } from '../access/authorize.ts'

export type StageChangeInput = {
  readonly subject: StageSubject
  readonly toStage: string
  readonly occurredAt?: Date
  readonly reasonCode?: string | null
  readonly note?: string | null
}

async function lockCurrentStage(tx: Stores, subject: StageSubject): Promise<string> {
  const lock = { forUpdate: true }
  switch (subject.type) {
    case 'person':
      return foundOrThrow(
        await tx.people.find(subject.id, lock),
        'person.not_found',
        'person',
        subject.id,
      ).stage
    case 'account':
      return foundOrThrow(
        await tx.accounts.find(subject.id, lock),
        'account.not_found',
        'account',
        subject.id,
      ).stage
    case 'opportunity':
      return foundOrThrow(
        await tx.opportunities.find(subject.id, lock),
        'opportunity.not_found',
        'opportunity',
        subject.id,
      ).stage
  }
}

async function saveStage(tx: Stores, subject: StageSubject, stage: string): Promise<void> {
  switch (subject.type) {
    case 'person':
      return tx.people.setStage(subject.id, stage)
    case 'account':
      return tx.accounts.setStage(subject.id, stage)
    case 'opportunity':
      return tx.opportunities.setStage(subject.id, stage)
  }
}

/**
 * Moves a person, account or opportunity to a new stage: the new current stage and exactly one stage
 * event are written in one transaction, with the row locked so concurrent changes queue behind it.
 */
export async function changeStage(
  ctx: UseCaseContext,
  input: StageChangeInput,
): Promise<StageChange> {
  authorize(ctx, 'stages.change')
  return ctx.store.transaction((tx) => changeStageIn(tx, ctx, input))
}

/** The same stage change inside a transaction the caller already holds. */
export async function changeStageIn(
  tx: Stores,
  ctx: UseCaseContext,
  input: StageChangeInput,
): Promise<StageChange> {
  const currentStage = await lockCurrentStage(tx, input.subject)
  const event = await recordStageEntry(tx, ctx, { ...input, currentStage })
  await afterStageEntry(tx, ctx, input.subject, event)
  await saveStage(tx, input.subject, event.toStage)
  return event
}

/** A recorded stage event, with what the move implies under the agreement in force (if any). */
export type StageChange = StageEvent & { readonly implies?: StageImplications }

/** A stage entry as hand-off reads it: a recorded event, or a batch's draft before its ids exist. */
export type StageEntry = StageEventDraft & { readonly implies?: StageImplications }

/**
 * Plans and appends the event for a subject entering a stage, inside an open transaction, under the
 * agreement in force when it happened; a new row records its first stage here with `currentStage` null.
 */
export async function recordStageEntry(
  tx: Stores,
  ctx: UseCaseContext,
  input: StageChangeInput & { readonly currentStage: string | null },
): Promise<StageChange> {
  const now = ctx.clock.now()
  const inForce = await tx.agreements.findInForce(input.occurredAt ?? now)
  const agreed = toAgreedStage(inForce, input.subject, input.currentStage, input.toStage)
  const draft = planStageChange({
    ...input,
    toStage: agreed.toStage,
    agreementVersion: agreed.agreementVersion,
    now,
    actor: ctx.actor,
  })
  const event = await tx.stageEvents.append(draft)
  if (!agreed.implies) return event
  if (inForce && input.subject.type === 'person') {
    const change = {
      personId: input.subject.id,
      occurredAt: event.occurredAt,
      implies: agreed.implies,
    }
    await applyClockChanges(tx, ctx, { ...change, inForce })
  }
  return { ...event, implies: agreed.implies }
}

/**
 * Records a new row entering its first stage, inside the transaction that created it, then runs
 * the hand-off a move into that stage runs (unless the entry is history being loaded); returns the
 * stage as the agreement in force names it (a team name such as "Conversation Lead" becomes mql).
 */
export async function recordFirstStage(
  tx: Stores,
  ctx: UseCaseContext,
  subject: StageSubject,
  requested: string,
  occurredAt?: Date,
): Promise<string> {
  const when = occurredAt === undefined ? {} : { occurredAt }
  const event = await recordStageEntry(tx, ctx, {
    subject,
    currentStage: null,
    toStage: requested,
    ...when,
  })
  if (event.toStage !== requested) await saveStage(tx, subject, event.toStage)
  // A lead created in a hand-off stage (an MQL) is routed as a move into it would be; history
  // being loaded is not.
  if (!isLoadingHistory(ctx.clock.now(), event.occurredAt))
    await afterStageEntry(tx, ctx, subject, event)
  return event.toStage
}

/** Lists stage events in the order they were recorded, one page at a time. */
export async function listStageEvents(
  ctx: UseCaseContext,
  page: PageRequest,
  filter: StageEventFilter = {},
): Promise<Page<StageEvent>> {
  authorize(ctx, 'people.read')
  return ctx.store.stageEvents.list(page, filter)
}
