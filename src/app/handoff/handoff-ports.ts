import type { Team } from '../../core/agreement/index.ts'
import type { PoolMember, RoutingLead, RoutingUser } from '../../core/routing/index.ts'
import type { Page, PageRequest, PersonId, UserId } from '../../core/shared/index.ts'

export type AssignmentRecord = {
  readonly personId: PersonId
  readonly userId: UserId
  readonly team: Team
  readonly pool: string | null
  readonly rule: string
  readonly reason: string
  readonly at: Date
  readonly actor: string
}

export type HeldLead = {
  readonly personId: PersonId
  readonly team: Team
  readonly reason: string
  readonly heldAt: Date
  readonly stage: string
  readonly email: string | null
}

/** Routing's reads and writes: who can take a lead, and the assignment with its audit and notice. */
export interface RoutingStore {
  /** Serializes routing in the workspace until the transaction ends, so pools never hand out one turn twice. */
  lockRouting(): Promise<void>
  findLead(personId: PersonId): Promise<RoutingLead | undefined>
  /** Every user with assignments since `dayStart` and `monthStart` and their open leads in `openStages`. */
  findUsers(window: {
    readonly dayStart: Date
    readonly monthStart: Date
    readonly openStages: readonly string[]
  }): Promise<readonly RoutingUser[]>
  /** Listed members per pool, with how many leads each pool gave each member. */
  findMembers(): Promise<ReadonlyMap<string, readonly PoolMember[]>>
  findCursors(): Promise<ReadonlyMap<string, UserId>>
  /** Sets the owner, records the assignment, moves the pool's cursor and releases any hold. */
  assign(record: AssignmentRecord): Promise<void>
  hold(hold: {
    readonly personId: PersonId
    readonly team: Team
    readonly reason: string
    readonly at: Date
  }): Promise<void>
  listHeld(page: PageRequest): Promise<Page<HeldLead>>
  /** Replaces a user's pool memberships. */
  setMembership(
    userId: UserId,
    pools: readonly { readonly pool: string; readonly weight: number }[],
  ): Promise<void>
  /** Changes what routing reads of a user; false when there is no such user. */
  setAvailability(userId: UserId, availability: UserAvailability): Promise<boolean>
}

export type UserAvailability = {
  readonly active?: boolean
  readonly outOfOffice?: readonly { readonly from: Date; readonly to: Date }[]
  readonly capacityPerDay?: number | null
  readonly capacityPer30Days?: number | null
}

/** Everything hand-off needs from the store, inside one workspace. */
export type HandoffStores = {
  readonly routing: RoutingStore
}
