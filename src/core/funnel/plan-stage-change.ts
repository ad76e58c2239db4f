import { AppError } from '../shared/index.ts'
import { isCanonicalStage } from './canonical-stages.ts'
import type { StageEventDraft, StageSubject } from './types.ts'

export type StageChangeRequest = {
  readonly subject: StageSubject
  readonly currentStage: string | null
  readonly toStage: string
  /** When the change happened; defaults to `now`. Imports pass the historical time. */
  readonly occurredAt?: Date
  readonly now: Date
  readonly actor: string
  readonly reasonCode?: string | null
  readonly note?: string | null
  readonly agreementVersion?: number | null
}

const maxNoteLength = 2000

/**
 * Plans one stage change as the event to append: people and accounts move only between canonical
 * stages, a subject never "moves" to the stage it is already in, history is never dated after `now`,
 * and a note is at most 2,000 characters.
 */
export function planStageChange(request: StageChangeRequest): StageEventDraft {
  const toStage = request.toStage
  if (toStage.trim() === '' || toStage.trim() !== toStage) {
    throw new AppError(
      'funnel.invalid_stage',
      `The target stage "${toStage}" is empty or padded with spaces; name the stage exactly, e.g. "mql".`,
      { details: { stage: toStage } },
    )
  }
  if (request.subject.type !== 'opportunity' && !isCanonicalStage(toStage)) {
    throw new AppError(
      'funnel.invalid_stage',
      `"${toStage}" is not a lifecycle stage; use one of universe, inquiry, mql, sal, sql, opportunity, won, lost, customer, nurture, disqualified.`,
      { details: { stage: toStage } },
    )
  }
  if (toStage === request.currentStage) {
    throw new AppError(
      'funnel.invalid_transition',
      `The ${request.subject.type} is already in stage "${toStage}"; a stage change must move it somewhere else.`,
      { details: { subject: request.subject, stage: toStage } },
    )
  }
  const occurredAt = request.occurredAt ?? request.now
  if (occurredAt.getTime() > request.now.getTime()) {
    throw new AppError(
      'request.invalid',
      `The stage change is dated ${occurredAt.toISOString()}, after now (${request.now.toISOString()}); stage history cannot be recorded ahead of time.`,
      { details: { field: 'occurredAt' } },
    )
  }
  const note = request.note?.trim() ?? null
  if (note !== null && note.length > maxNoteLength) {
    throw new AppError(
      'request.invalid',
      `The note is ${note.length} characters; keep it to ${maxNoteLength}.`,
      {
        details: { field: 'note' },
      },
    )
  }
  return {
    subject: request.subject,
    fromStage: request.currentStage,
    toStage,
    occurredAt,
    actor: request.actor,
    reasonCode: request.reasonCode ?? null,
    note: note === '' ? null : note,
    agreementVersion: request.agreementVersion ?? null,
  }
}
