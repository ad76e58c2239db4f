import type { RoutingUser } from './types.ts'

/**
 * Why a user cannot take a lead at `now`, or undefined when they can: inactive, out of office (a
 * span covering `now`, end exclusive), or at their daily or 30-day capacity (null means no cap).
 */
export function findIneligibility(user: RoutingUser, now: Date): string | undefined {
  if (!user.active) return 'inactive'
  const away = user.outOfOffice.find((span) => span.from <= now && now < span.to)
  if (away !== undefined) return `out of office until ${away.to.toISOString()}`
  if (user.capacityPerDay !== null && user.assignedLastDay >= user.capacityPerDay)
    return `at daily capacity (${user.assignedLastDay}/${user.capacityPerDay})`
  if (user.capacityPer30Days !== null && user.assignedLast30Days >= user.capacityPer30Days)
    return `at 30-day capacity (${user.assignedLast30Days}/${user.capacityPer30Days})`
  return undefined
}
