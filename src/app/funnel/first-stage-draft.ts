import type { AgreementVersion } from '../../core/agreement/index.ts'
import {
  planStageChange,
  type StageEventDraft,
  type StageSubjectType,
} from '../../core/funnel/index.ts'
import { isAppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { toAgreedStage, type StageImplications } from './agreed-stage.ts'

/** A new record's first stage event, ready to append once its id is known; or why it has none. */
export type FirstStage =
  | { readonly draft: StageEventDraft; readonly implies?: StageImplications }
  | { readonly reason: string; readonly message: string }

// Far enough ahead to find the signed agreement, whatever its effective date.
const endOfTime = new Date('9999-12-31T23:59:59Z')

/**
 * The signed agreement, read once for a batch: it is in force for a record whose first stage is
 * dated on or after its effective date (only one version is signed at a time).
 */
export function signedAgreement(tx: Stores): Promise<AgreementVersion | undefined> {
  return tx.agreements.findInForce(endOfTime)
}

/**
 * Plans the first stage of a record a batch creates, under the agreement in force at `occurredAt`,
 * without the store: the batch appends the drafts in one go (with the ids) or rejects the record.
 */
export function firstStageDraft(
  ctx: UseCaseContext,
  signed: AgreementVersion | undefined,
  request: { readonly type: StageSubjectType; readonly stage: string; readonly occurredAt: Date },
  now: Date,
): FirstStage {
  const { occurredAt } = request
  const inForce = signed?.effectiveFrom && signed.effectiveFrom <= occurredAt ? signed : undefined
  // The id is filled in when the record is written; plans never read it.
  const subject = { type: request.type, id: '' } as StageEventDraft['subject']
  try {
    const agreed = toAgreedStage(inForce, subject, null, request.stage)
    const draft = planStageChange({
      subject,
      currentStage: null,
      toStage: agreed.toStage,
      occurredAt,
      now,
      actor: ctx.actor,
      agreementVersion: agreed.agreementVersion,
    })
    return agreed.implies ? { draft, implies: agreed.implies } : { draft }
  } catch (error) {
    if (isAppError(error)) return { reason: error.code, message: error.message }
    throw error
  }
}
