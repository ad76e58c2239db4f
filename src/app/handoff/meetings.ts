import { AppError, type PersonId } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import { foundOrThrow } from '../records/found-or-throw.ts'
import type { Stores } from '../ports.ts'
import { applyRouteDecision } from './apply-route-decision.ts'
import type { Meeting } from './handoff-ports.ts'

export type MeetingAction =
  | { readonly action: 'book'; readonly scheduledAt: Date; readonly note?: string | null }
  | {
      readonly action: 'held' | 'no_show'
      readonly meetingId: string
      readonly note?: string | null
    }

// A meeting that did not happen goes back to the SDR who had the lead, to book again.
async function returnToSdr(
  tx: Stores,
  ctx: UseCaseContext,
  personId: PersonId,
  stage: string,
  ownerId: Meeting['ownerId'],
) {
  const sdr = await tx.handoff.loop.findLastOwner(personId, 'sdr')
  if (sdr === undefined) return
  const target = { personId, team: 'sdr' as const, stage, previousOwnerId: ownerId }
  const reason = 'the booked meeting did not happen; back to the SDR to book again'
  await applyRouteDecision(tx, ctx, target, {
    kind: 'assigned',
    ownerId: sdr,
    rule: 'meeting no-show',
    reason,
    pool: null,
  })
}

/**
 * Books a meeting for a person with their owner, or records a booked one as held or no-show. A held
 * meeting is what counts; a no-show returns the lead to the SDR who last had it, for rebooking.
 */
export async function recordMeeting(
  ctx: UseCaseContext,
  personId: PersonId,
  input: MeetingAction,
): Promise<Meeting> {
  authorize(ctx, 'people.write')
  return ctx.store.transaction(async (tx) => {
    const person = foundOrThrow(
      await tx.people.find(personId, { forUpdate: true }),
      'person.not_found',
      'person',
      personId,
    )
    const at = ctx.clock.now()
    const audit = { at, actor: ctx.actor, subjectType: 'person', subjectId: personId }
    if (input.action === 'book') {
      const meeting = await tx.handoff.loop.insertMeeting({
        personId,
        ownerId: person.ownerId,
        scheduledAt: input.scheduledAt,
        note: input.note?.trim() || null,
        bookedBy: ctx.actor,
      })
      await tx.duplicates.appendAudit({
        ...audit,
        action: 'meeting.booked',
        details: { meetingId: meeting.id },
      })
      return meeting
    }
    const meeting = await tx.handoff.loop.findMeeting(input.meetingId, { forUpdate: true })
    if (meeting?.personId !== personId)
      throw new AppError(
        'meeting.not_found',
        `Person ${personId} has no meeting ${input.meetingId}.`,
        { details: { meetingId: input.meetingId } },
      )
    if (meeting.status !== 'booked')
      throw new AppError(
        'meeting.already_recorded',
        `Meeting ${meeting.id} is already recorded as ${meeting.status}.`,
        {
          details: { meetingId: meeting.id, status: meeting.status },
        },
      )
    const updated = await tx.handoff.loop.setMeetingStatus(meeting.id, input.action, at)
    await tx.duplicates.appendAudit({
      ...audit,
      action: `meeting.${input.action}`,
      details: { meetingId: meeting.id },
    })
    if (input.action === 'no_show')
      await returnToSdr(tx, ctx, personId, person.stage, person.ownerId)
    return updated
  })
}
