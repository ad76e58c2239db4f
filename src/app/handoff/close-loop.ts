import {
  acceptStage,
  checkReason,
  dispositionStage,
  needsReview,
  rejectStage,
  type DispositionOutcome,
} from '../../core/handoff/index.ts'
import type { Agreement } from '../../core/agreement/index.ts'
import type { CanonicalStage } from '../../core/funnel/index.ts'
import { AppError, type PersonId } from '../../core/shared/index.ts'
import { authorize, authorizeOwned } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStageIn, type StageChange } from '../funnel/change-stage.ts'
import type { Stores } from '../ports.ts'
import { foundOrThrow } from '../records/found-or-throw.ts'
import type { LeadReview } from './handoff-ports.ts'

export type Reason = { readonly reasonCode: string; readonly note?: string | null | undefined }

/** A closed-loop move: the stage event it recorded and the review it opened, if any. */
export type LoopResult = { readonly event: StageChange; readonly review: LeadReview | null }

// The person (locked) and the agreement in force, once the caller may act on that person's lead: a
// rep whose grant is `own` closes the loop only on leads assigned to their own user.
async function inForceFor(tx: Stores, ctx: UseCaseContext, personId: PersonId) {
  const person = foundOrThrow(
    await tx.people.find(personId, { forUpdate: true }),
    'person.not_found',
    'person',
    personId,
  )
  authorizeOwned(ctx, 'leads.accept_reject', person.ownerId)
  const inForce = await tx.agreements.findInForce(ctx.clock.now())
  if (inForce === undefined)
    throw new AppError(
      'agreement.none_in_force',
      'No signed agreement is in force; sign one before closing the loop on leads.',
    )
  return { person, agreement: inForce.document }
}

function checkedReason(agreement: Agreement, reason: Reason) {
  if (reason.reasonCode.trim() === '') {
    const valid = agreement.reasonCodes.map((r) => r.code)
    throw new AppError(
      'handoff.unknown_reason_code',
      `Taking a lead out of the funnel needs a reason code of the agreement in force; use one of ${valid.join(', ')}.`,
      { details: { reasonCode: reason.reasonCode, valid } },
    )
  }
  const check = checkReason(agreement, reason.reasonCode, reason.note)
  switch (check.kind) {
    case 'ok':
      return { reasonCode: check.reason.code, note: check.note }
    case 'unknown':
      throw new AppError(
        'handoff.unknown_reason_code',
        `"${reason.reasonCode}" is not a reason code of the agreement in force; use one of ${check.valid.join(', ')}.`,
        { details: { reasonCode: reason.reasonCode, valid: check.valid } },
      )
    case 'note_required':
      throw new AppError(
        'handoff.note_required',
        `Reason code ${check.reason.code} (${check.reason.label}) needs a note saying why.`,
        {
          details: { reasonCode: check.reason.code },
        },
      )
  }
}

function noStage(
  agreement: Agreement,
  person: { readonly id: PersonId; readonly stage: string },
  what: string,
): never {
  const allowed = agreement.funnel.transitions.find((t) => t.from === person.stage)?.to ?? []
  throw new AppError(
    'funnel.invalid_transition',
    `Person ${person.id} is in ${person.stage}, from where the agreement allows no ${what}; from ${person.stage} a lead may move to ${allowed.join(', ') || 'nowhere'}.`,
    { details: { from: person.stage, allowed } },
  )
}

async function move(
  tx: Stores,
  ctx: UseCaseContext,
  moveTo: {
    readonly personId: PersonId
    readonly from: string
    readonly to: CanonicalStage
    readonly agreement: Agreement
  },
  reason: { readonly reasonCode: string | null; readonly note: string | null },
): Promise<LoopResult> {
  const hadMeeting = await tx.handoff.loop.hasMeeting(moveTo.personId)
  const subject = { type: 'person', id: moveTo.personId } as const
  const event = await changeStageIn(tx, ctx, { subject, toStage: moveTo.to, ...reason })
  const leaves = moveTo.to === 'nurture' || moveTo.to === 'disqualified' || moveTo.to === 'lost'
  if (!leaves || !needsReview(moveTo.agreement, moveTo.from, hadMeeting))
    return { event, review: null }
  const review = await tx.handoff.loop.insertReview({
    personId: moveTo.personId,
    kind: hadMeeting ? 'meeting' : 'opportunity',
    fromStage: moveTo.from,
    toStage: moveTo.to,
    ...reason,
    requestedBy: ctx.actor,
  })
  return { event, review }
}

/** The owner accepts the lead: it moves to the next stage of the funnel (e.g. MQL -> SAL). */
export async function acceptLead(
  ctx: UseCaseContext,
  personId: PersonId,
  note?: string,
): Promise<LoopResult> {
  authorize(ctx, 'leads.accept_reject')
  return ctx.store.transaction(async (tx) => {
    const { person, agreement } = await inForceFor(tx, ctx, personId)
    const to = acceptStage(agreement, person.stage) ?? noStage(agreement, person, 'acceptance')
    return move(
      tx,
      ctx,
      { personId, from: person.stage, to, agreement },
      { reasonCode: null, note: note?.trim() || null },
    )
  })
}

/**
 * The owner rejects the lead with a reason code of the agreement: it goes where the exit criteria
 * send rejected leads (back to marketing nurture in the presets), where the agreement's transitions
 * allow that move from the lead's stage.
 */
export async function rejectLead(
  ctx: UseCaseContext,
  personId: PersonId,
  reason: Reason,
): Promise<LoopResult> {
  authorize(ctx, 'leads.accept_reject')
  return ctx.store.transaction(async (tx) => {
    const { person, agreement } = await inForceFor(tx, ctx, personId)
    const checked = checkedReason(agreement, reason)
    const to =
      rejectStage(agreement, person.stage) ??
      noStage(agreement, person, `rejection to ${agreement.exitCriteria.recycleTo}`)
    return move(tx, ctx, { personId, from: person.stage, to, agreement }, checked)
  })
}

/**
 * The owner closes the lead out: qualified moves it on; nurture, recycled (to the exit criteria's
 * `recycleTo`) and disqualified take it out of the funnel with a reason code of the agreement.
 */
export async function dispositionLead(
  ctx: UseCaseContext,
  personId: PersonId,
  disposition: {
    readonly outcome: DispositionOutcome
    readonly reasonCode?: string
    readonly note?: string | null
  },
): Promise<LoopResult> {
  authorize(ctx, 'leads.accept_reject')
  return ctx.store.transaction(async (tx) => {
    const { person, agreement } = await inForceFor(tx, ctx, personId)
    const to =
      dispositionStage(agreement, person.stage, disposition.outcome) ??
      noStage(agreement, person, `${disposition.outcome} disposition`)
    const reason =
      disposition.outcome === 'qualified' && disposition.reasonCode === undefined
        ? { reasonCode: null, note: disposition.note?.trim() || null }
        : checkedReason(agreement, {
            reasonCode: disposition.reasonCode ?? '',
            note: disposition.note,
          })
    return move(tx, ctx, { personId, from: person.stage, to, agreement }, reason)
  })
}
