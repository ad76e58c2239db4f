import { erasedPersonFields } from '../../core/privacy/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { authorize } from '../access/authorize.ts'
import type { ErasureCounts } from './privacy-ports.ts'
import { emailHashSubject, erasedAction, findPrivacySubjects } from './privacy-subjects.ts'

/** What an erasure did; the address itself is not repeated. */
export type ErasureReceipt = {
  readonly emailHash: string
  readonly personIds: readonly PersonId[]
  readonly erasedAt: string
  readonly counts: ErasureCounts
}

/**
 * Erases the people an email address names, in one transaction: their identifying fields are
 * replaced (see erasedPersonFields), free text and custom fields scrubbed wherever they are kept,
 * running clocks and open follow-ups stopped; stage events and activities stay, anonymized, so
 * the funnel counts do not change. The address's hash is suppressed (intake refuses it from then
 * on) and the request is recorded in the audit log. Erasing again is harmless. Admins only.
 */
export async function erasePersonData(ctx: UseCaseContext, email: string): Promise<ErasureReceipt> {
  authorize(ctx, 'privacy.manage')
  return ctx.store.transaction(async (tx) => {
    const subjects = await findPrivacySubjects(tx, email, { forUpdate: true })
    const at = ctx.clock.now()
    const counts = await tx.privacy.erase(subjects.personIds, { fields: erasedPersonFields(), at })
    await tx.privacy.suppress({ emailHash: subjects.emailHash, reason: 'erased on request' })
    await tx.duplicates.appendAudit({
      at,
      actor: ctx.actor,
      action: erasedAction,
      subjectType: emailHashSubject,
      subjectId: subjects.emailHash,
      details: { personIds: subjects.personIds, counts },
    })
    return {
      emailHash: subjects.emailHash,
      personIds: subjects.personIds,
      erasedAt: at.toISOString(),
      counts,
    }
  })
}
