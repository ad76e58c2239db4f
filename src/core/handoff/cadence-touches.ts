import type { CadenceChannel } from '../agreement/index.ts'

/** Activity types that record a touch on each cadence channel (a held meeting, not a booked one). */
export const cadenceTouchActivities = {
  email: ['email_sent'],
  call: ['call'],
  voicemail: ['voicemail'],
  social: ['social_touch', 'linkedin_message'],
  meeting: ['meeting_held'],
  direct_mail: ['direct_mail'],
} as const satisfies Record<CadenceChannel, readonly string[]>

const touchTypes: ReadonlySet<string> = new Set(Object.values(cadenceTouchActivities).flat())

/** True when an activity of this type is an owner's touch on some cadence channel. */
export function isCadenceTouch(activityType: string): boolean {
  return touchTypes.has(activityType)
}
