import type { Team } from '../agreement/index.ts'
import type { UserId } from '../shared/index.ts'

/** What routing knows of a lead: where it is, what it is, and who owns its account. */
export type RoutingLead = {
  readonly country: string | null
  readonly region: string | null
  readonly postalCode: string | null
  readonly industry: string | null
  readonly employeeCount: number | null
  readonly product: string | null
  readonly accountOwnerId: UserId | null
}

export type OutOfOffice = { readonly from: Date; readonly to: Date }

/** A user as routing sees them, with their assignments in the last day and last 30 days. */
export type RoutingUser = {
  readonly id: UserId
  readonly role: string
  readonly active: boolean
  readonly outOfOffice: readonly OutOfOffice[]
  readonly capacityPerDay: number | null
  readonly capacityPer30Days: number | null
  readonly assignedLastDay: number
  readonly assignedLast30Days: number
  /** People this user owns in a stage their team works. */
  readonly openLeads: number
}

/** A pool member with their weight and how many leads the pool has given them so far. */
export type PoolMember = {
  readonly userId: UserId
  readonly weight: number
  readonly assignedCount: number
}

export type RoutingInput = {
  /** The team receiving the hand-off. */
  readonly team: Team
  readonly lead: RoutingLead
  readonly users: readonly RoutingUser[]
  /** Listed members per pool name; a pool with none listed uses the active users of its team. */
  readonly members: ReadonlyMap<string, readonly PoolMember[]>
  /** The last user each round-robin pool assigned to. */
  readonly cursors: ReadonlyMap<string, UserId>
  readonly now: Date
  /** Rules and pools a lead's experiment arm keeps it away from (another arm's rule or rep group). */
  readonly barred?: RoutingBar | undefined
}

/** What an experiment arm bars a lead from, and the words that say why. */
export type RoutingBar = {
  readonly rules: readonly string[]
  readonly pools: readonly string[]
  readonly because: string
}

/** What routing decided: an owner and the rule that chose them, or a hold with the reason. */
export type RouteDecision =
  | {
      readonly kind: 'assigned'
      readonly ownerId: UserId
      readonly rule: string
      readonly reason: string
      /** The pool that gave the lead, when a pool did (its cursor and count move). */
      readonly pool: string | null
    }
  | { readonly kind: 'held'; readonly reason: string }
