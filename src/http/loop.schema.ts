import { z } from '@hono/zod-openapi'
import {
  meetingStatuses,
  reviewResolutions,
  type Enrollment,
  type Meeting,
} from '../app/handoff/handoff-ports.ts'
import type { ReferralResult } from '../app/handoff/refer-person.ts'
import { PageQuery, text, timestamp } from './common.schema.ts'
import { PersonBody, toPersonBody } from './person.schema.ts'

const note = z.string().max(2000).nullable().optional()

export const MeetingRequest = z
  .discriminatedUnion('action', [
    z.strictObject({
      action: z.literal('book'),
      scheduledAt: timestamp.openapi({ description: 'When the meeting is to be held' }),
      note,
    }),
    z.strictObject({
      action: z.enum(['held', 'no_show']),
      meetingId: z.uuid(),
      note,
    }),
  ])
  .openapi('MeetingRequest', {
    description:
      'Book a meeting with the owner, or record a booked one as held or no-show (back to the SDR)',
  })

export const MeetingBody = z
  .object({
    id: z.string(),
    personId: z.string(),
    ownerId: z.string().nullable(),
    scheduledAt: z.string(),
    status: z.enum(meetingStatuses),
    note: z.string().nullable(),
    bookedBy: z.string(),
  })
  .openapi('Meeting')

export const toMeetingBody = (meeting: Meeting): z.infer<typeof MeetingBody> => ({
  ...meeting,
  scheduledAt: meeting.scheduledAt.toISOString(),
})

export const ReferralRequest = z
  .strictObject({
    email: z.string().min(3).max(320).openapi({ example: 'cfo@acme.com' }),
    firstName: text(),
    lastName: text(),
    title: text(),
  })
  .openapi('ReferralRequest', { description: 'Someone else at the account the lead referred' })

export const ReferralBody = z
  .object({
    person: PersonBody,
    referredBy: z.string(),
    originalSource: z.string().nullable(),
    created: z.boolean().openapi({ description: 'False when the person was already known' }),
  })
  .openapi('Referral')

export const toReferralBody = (result: ReferralResult): z.infer<typeof ReferralBody> => ({
  ...result,
  person: toPersonBody(result.person),
})

export const ResolveReviewRequest = z
  .strictObject({ resolution: z.enum(reviewResolutions), note })
  .openapi('ResolveReviewRequest', {
    description: 'upheld: the disqualification stands; reopened: the lead deserved more',
  })

export const EnrollmentBody = z
  .object({
    id: z.string(),
    personId: z.string(),
    program: z.string(),
    status: z.enum(['active', 'completed', 'exited']),
    step: z.number().int(),
    enrolledAt: z.string(),
    nextTouchAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .openapi('Enrollment')

export const toEnrollmentBody = (e: Enrollment): z.infer<typeof EnrollmentBody> => ({
  ...e,
  enrolledAt: e.enrolledAt.toISOString(),
  nextTouchAt: e.nextTouchAt?.toISOString() ?? null,
  endedAt: e.endedAt?.toISOString() ?? null,
})

export const EnrollmentQuery = PageQuery.extend({
  status: z.enum(['active', 'completed', 'exited']).optional(),
})
