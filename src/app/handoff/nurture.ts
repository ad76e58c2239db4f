import { nextTouchAt } from '../../core/handoff/index.ts'
import type { StageSubject } from '../../core/funnel/index.ts'
import type { Page, PageRequest, PersonId } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import type { StageEntry } from '../funnel/change-stage.ts'
import type { Notification } from '../scoring/scoring-ports.ts'
import type { Enrollment } from './handoff-ports.ts'

/**
 * After a person's stage event: entering nurture enrols them in the agreement's first nurture
 * program (next touch at its first touch month); leaving nurture for the funnel ends it.
 */
export async function nurtureOnStageEntry(
  tx: Stores,
  ctx: UseCaseContext,
  subject: StageSubject,
  change: StageEntry,
): Promise<void> {
  if (subject.type !== 'person' || change.agreementVersion === null) return
  const now = ctx.clock.now()
  if (change.fromStage === 'nurture' && change.toStage !== 'nurture') {
    await tx.handoff.nurture.exitActive(
      subject.id,
      now,
      `moved back into the funnel: ${change.toStage}`,
    )
    return
  }
  if (change.toStage !== 'nurture' || change.fromStage === 'nurture') return
  const program = (await tx.agreements.find(change.agreementVersion))?.document.nurturePrograms[0]
  if (program === undefined) return
  const programId = await tx.handoff.nurture.ensureProgram(program.name, program.touchMonths)
  await tx.handoff.nurture.enroll({
    programId,
    personId: subject.id,
    enrolledAt: now,
    nextTouchAt: nextTouchAt(now, program.touchMonths, 0) ?? null,
    reason:
      change.reasonCode === null
        ? `entered nurture from ${change.fromStage ?? 'nowhere'}`
        : `entered nurture: ${change.reasonCode}`,
  })
}

/** Ends the nurture of every person the scoring flagged as re-engaged (`person.re_engaged`). */
export async function exitNurtureOnReEngagement(
  tx: Stores,
  alerts: readonly Notification[],
  at: Date,
): Promise<void> {
  for (const alert of alerts) {
    const personId = alert.payload['personId'] as PersonId
    const days = String(alert.payload['daysSilent'])
    await tx.handoff.nurture.exitActive(personId, at, `re-engaged after ${days} silent days`)
  }
}

/** Nurture enrolments, oldest first, optionally only those with one status. */
export async function listEnrollments(
  ctx: UseCaseContext,
  page: PageRequest,
  filter: { readonly status?: string } = {},
): Promise<Page<Enrollment>> {
  authorize(ctx, 'people.read')
  return ctx.store.handoff.nurture.list(page, filter)
}
