import { planStageChange, type StageEvent, type StageSubject } from '../../core/funnel/index.ts'
import type { Page, PageRequest } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { StageEventFilter, Stores } from '../ports.ts'
import { foundOrThrow } from '../records/found-or-throw.ts'

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
): Promise<StageEvent> {
  return ctx.store.transaction(async (tx) => {
    const currentStage = await lockCurrentStage(tx, input.subject)
    const event = await recordStageEntry(tx, ctx, { ...input, currentStage })
    await saveStage(tx, input.subject, event.toStage)
    return event
  })
}

/**
 * Plans and appends the event for a subject entering a stage, inside an open transaction; a new row
 * is created in its first stage and records it here with `currentStage` null.
 */
export async function recordStageEntry(
  tx: Stores,
  ctx: UseCaseContext,
  input: StageChangeInput & { readonly currentStage: string | null },
): Promise<StageEvent> {
  const draft = planStageChange({ ...input, now: ctx.clock.now(), actor: ctx.actor })
  return tx.stageEvents.append(draft)
}

/** Lists stage events in the order they were recorded, one page at a time. */
export async function listStageEvents(
  ctx: UseCaseContext,
  page: PageRequest,
  filter: StageEventFilter = {},
): Promise<Page<StageEvent>> {
  return ctx.store.stageEvents.list(page, filter)
}
