import type { UseCaseContext } from '../context.ts'
import { authorize } from '../access/authorize.ts'
import type { PersonData } from './privacy-ports.ts'
import { emailHashSubject, findPrivacySubjects } from './privacy-subjects.ts'

/** A subject access export: everything Baton holds about the people an address names. */
export type PersonDataExport = PersonData & {
  readonly email: string
  readonly exportedAt: string
  /** True once the address was erased: intake refuses it and the records are anonymized. */
  readonly suppressed: boolean
  readonly erasedAt: string | null
}

/**
 * Collects everything held about the people an email address names (person records with consent
 * flags and scores, linked account, activities, stage events, clocks, assignments, reviews and
 * notes, meetings, follow-ups, nurture, visitors, experiment arms, deals, duplicate candidates and
 * audit entries) and records the request in the audit log. Admins only.
 */
export async function exportPersonData(
  ctx: UseCaseContext,
  email: string,
): Promise<PersonDataExport> {
  authorize(ctx, 'privacy.manage')
  return ctx.store.transaction(async (tx) => {
    const subjects = await findPrivacySubjects(tx, email)
    const data = await tx.privacy.collect(subjects.personIds)
    const now = ctx.clock.now()
    await tx.duplicates.appendAudit({
      at: now,
      actor: ctx.actor,
      action: 'privacy.exported',
      subjectType: emailHashSubject,
      subjectId: subjects.emailHash,
      details: { personIds: subjects.personIds },
    })
    return {
      email: subjects.emailNormalized,
      exportedAt: now.toISOString(),
      suppressed: subjects.suppressed,
      erasedAt: subjects.erasedAt?.toISOString() ?? null,
      ...data,
    }
  })
}
