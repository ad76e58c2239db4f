import { normalizeEmail, type Person } from '../../core/records/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import { recordFirstStage } from '../funnel/change-stage.ts'
import { foundOrThrow } from '../records/found-or-throw.ts'

export type Referral = {
  readonly email: string
  readonly firstName?: string | null
  readonly lastName?: string | null
  readonly title?: string | null
}

export type ReferralResult = {
  readonly person: Person
  readonly referredBy: PersonId
  readonly originalSource: string | null
  readonly created: boolean
}

/**
 * A lead refers someone else at their account: the new person (or the one already known by that
 * email) is linked to the referrer, at the same account, with the referrer's original source kept,
 * so what the referral becomes is credited to where the first lead came from.
 */
export async function referPerson(
  ctx: UseCaseContext,
  referrerId: PersonId,
  referral: Referral,
): Promise<ReferralResult> {
  authorize(ctx, 'leads.capture')
  return ctx.store.transaction(async (tx) => {
    const referrer = foundOrThrow(
      await tx.people.find(referrerId),
      'person.not_found',
      'person',
      referrerId,
    )
    const origin = await tx.handoff.loop.findReferral(referrerId)
    const originalSource = origin?.originalSource ?? referrer.source
    const emailNormalized = normalizeEmail(referral.email)
    const known = await tx.people.findByEmail(emailNormalized)
    const person =
      known ??
      (await tx.people.insert({
        email: referral.email.trim(),
        emailNormalized,
        firstName: referral.firstName ?? null,
        lastName: referral.lastName ?? null,
        title: referral.title ?? null,
        companyName: referrer.companyName,
        accountId: referrer.accountId,
        source: referrer.source,
        stage: 'inquiry',
      }))
    if (known === undefined)
      await recordFirstStage(tx, ctx, { type: 'person', id: person.id }, 'inquiry')
    await tx.handoff.loop.linkReferral(person.id, referrerId, originalSource)
    await tx.duplicates.appendAudit({
      at: ctx.clock.now(),
      actor: ctx.actor,
      action: 'person.referred',
      subjectType: 'person',
      subjectId: person.id,
      details: { referredBy: referrerId, originalSource },
    })
    return { person, referredBy: referrerId, originalSource, created: known === undefined }
  })
}
