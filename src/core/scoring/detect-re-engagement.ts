const dayMs = 86_400_000

/** Days of silence after which a returning person is re-engaged, when the agreement names none. */
export const defaultInactivityDays = 90

export type ReEngagement = { readonly daysSilent: number; readonly lastActivityAt: Date }

/**
 * A person re-engages when their first new event comes at least `inactivityDays` after their last
 * earlier activity; a person with no earlier activity is new, not re-engaged. Days are whole, rounded
 * down.
 */
export function detectReEngagement(
  lastActivityAt: Date | undefined,
  firstNewEventAt: Date,
  inactivityDays: number,
): ReEngagement | undefined {
  if (lastActivityAt === undefined) return undefined
  const daysSilent = Math.floor((firstNewEventAt.getTime() - lastActivityAt.getTime()) / dayMs)
  return daysSilent >= inactivityDays ? { daysSilent, lastActivityAt } : undefined
}
