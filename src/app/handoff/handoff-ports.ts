import type { BusinessCalendar, Team } from '../../core/agreement/index.ts'
import type { Person } from '../../core/records/index.ts'
import type { PoolMember, RoutingLead, RoutingUser } from '../../core/routing/index.ts'
import type { SlaClock } from '../../core/sla/index.ts'
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
  /** Every assignment of a person, oldest first: who held the lead, by which rule and why. */
  listAssignments(personId: PersonId): Promise<readonly AssignmentRecord[]>
  /** The own calendar (null: the agreement's) and absences of each of these users that exists. */
  findWorkCalendars(userIds: readonly UserId[]): Promise<ReadonlyMap<UserId, OwnerCalendar>>
}

/** A user's own working time: their calendar (null when they keep the agreement's) and absences. */
export type OwnerCalendar = {
  readonly calendar: BusinessCalendar | null
  readonly outOfOffice: readonly { readonly from: Date; readonly to: Date }[]
}

export type UserAvailability = {
  readonly active?: boolean
  readonly outOfOffice?: readonly { readonly from: Date; readonly to: Date }[]
  readonly capacityPerDay?: number | null
  readonly capacityPer30Days?: number | null
  /** The user's own working hours and time zone; null goes back to the agreement's calendar. */
  readonly calendar?: BusinessCalendar | null
}

export const reviewStatuses = ['open', 'resolved'] as const
export const reviewResolutions = ['upheld', 'reopened'] as const
export type ReviewResolution = (typeof reviewResolutions)[number]

/** A disqualified meeting or opportunity waiting for (or given) a manager's review. */
export type LeadReview = {
  readonly id: string
  readonly personId: PersonId
  readonly kind: 'meeting' | 'opportunity'
  readonly fromStage: string
  readonly toStage: string
  readonly reasonCode: string | null
  readonly note: string | null
  readonly requestedBy: string
  readonly status: (typeof reviewStatuses)[number]
  readonly resolution: ReviewResolution | null
  readonly resolutionNote: string | null
  readonly resolvedBy: string | null
  readonly resolvedAt: Date | null
  readonly createdAt: Date
}

export const meetingStatuses = ['booked', 'held', 'no_show'] as const
export type MeetingStatus = (typeof meetingStatuses)[number]

export type Meeting = {
  readonly id: string
  readonly personId: PersonId
  readonly ownerId: UserId | null
  readonly scheduledAt: Date
  readonly status: MeetingStatus
  readonly note: string | null
  readonly bookedBy: string
}

/** Reviews, meetings and referral links: the records of the closed loop. */
export interface LoopStore {
  insertReview(
    review: Pick<
      LeadReview,
      'personId' | 'kind' | 'fromStage' | 'toStage' | 'reasonCode' | 'note' | 'requestedBy'
    >,
  ): Promise<LeadReview>
  findReview(
    id: string,
    options?: { readonly forUpdate?: boolean },
  ): Promise<LeadReview | undefined>
  listOpenReviews(page: PageRequest): Promise<Page<LeadReview>>
  resolveReview(
    id: string,
    resolution: {
      readonly resolution: ReviewResolution
      readonly note: string | null
      readonly by: string
      readonly at: Date
    },
  ): Promise<LeadReview>
  insertMeeting(meeting: Omit<Meeting, 'id' | 'status'>): Promise<Meeting>
  findMeeting(id: string, options?: { readonly forUpdate?: boolean }): Promise<Meeting | undefined>
  setMeetingStatus(id: string, status: MeetingStatus, at: Date): Promise<Meeting>
  /** True when the person has a booked or held meeting. */
  hasMeeting(personId: PersonId): Promise<boolean>
  /** Links a referred person to who referred them and keeps the original source. */
  linkReferral(
    personId: PersonId,
    referredBy: PersonId,
    originalSource: string | null,
  ): Promise<void>
  findReferral(
    personId: PersonId,
  ): Promise<
    { readonly referredBy: PersonId | null; readonly originalSource: string | null } | undefined
  >
  /** The SDR who last had the person, for a meeting that did not happen. */
  findLastOwner(personId: PersonId, team: Team): Promise<UserId | undefined>
}

export type Enrollment = {
  readonly id: string
  readonly personId: PersonId
  readonly program: string
  readonly status: 'active' | 'completed' | 'exited'
  readonly step: number
  readonly enrolledAt: Date
  readonly nextTouchAt: Date | null
  readonly endedAt: Date | null
  readonly reason: string | null
}

/** Nurture programs (named as the agreement names them) and who is enrolled. */
export interface NurtureStore {
  /** Creates the program by name when new, keeping its touch months current; returns its id. */
  ensureProgram(name: string, touchMonths: readonly number[]): Promise<string>
  /** Enrols the person unless they are already active in the program. */
  enroll(enrollment: {
    readonly programId: string
    readonly personId: PersonId
    readonly enrolledAt: Date
    readonly nextTouchAt: Date | null
    readonly reason: string
  }): Promise<void>
  /** Ends every active enrolment of the person; returns how many ended. */
  exitActive(personId: PersonId, at: Date, reason: string): Promise<number>
  list(page: PageRequest, filter: { readonly status?: string }): Promise<Page<Enrollment>>
}

/** One lead in an owner's queue: the person, their current score, and their running clocks. */
export type QueueEntry = {
  readonly person: Person
  readonly score: number | null
  /** Running clocks only, soonest due first. */
  readonly clocks: readonly SlaClock[]
}

/** An owner's work: the leads assigned to them that are still in a stage they work. */
export interface QueueStore {
  /**
   * Up to `limit` people owned by `ownerId` in one of `stages`, the one whose running clock is due
   * soonest first; people without a running clock come last, oldest first.
   */
  listOwnerWork(
    ownerId: UserId,
    query: { readonly stages: readonly string[]; readonly limit: number },
  ): Promise<readonly QueueEntry[]>
}

/** One touch an owner's follow-up cadence asks for; open until done or cancelled. */
export type FollowUpTask = {
  readonly id: string
  readonly personId: PersonId
  readonly ownerId: UserId
  readonly cadence: string
  /** Index of the cadence step it is. */
  readonly step: number
  readonly channel: string
  readonly dueAt: Date
  readonly doneAt: Date | null
  readonly cancelledAt: Date | null
  readonly createdAt: Date
}

/** Follow-up tasks: at most one open per person, the owner's next touch. */
export interface FollowUpTaskStore {
  insert(
    task: Pick<FollowUpTask, 'personId' | 'ownerId' | 'cadence' | 'step' | 'channel' | 'dueAt'> & {
      readonly createdAt: Date
    },
  ): Promise<FollowUpTask>
  /** The person's open task, locked with `forUpdate`. */
  findOpen(
    personId: PersonId,
    options?: { readonly forUpdate?: boolean },
  ): Promise<FollowUpTask | undefined>
  complete(id: string, at: Date): Promise<void>
  /** Cancels the person's open tasks; returns how many. */
  cancelOpen(personId: PersonId, at: Date): Promise<number>
  /** The open task of each of these people that has one. */
  findOpenFor(personIds: readonly PersonId[]): Promise<ReadonlyMap<PersonId, FollowUpTask>>
  /** Every task of the person, oldest first. */
  listForPerson(personId: PersonId): Promise<readonly FollowUpTask[]>
}

/** Everything hand-off needs from the store, inside one workspace. */
export type HandoffStores = {
  readonly routing: RoutingStore
  readonly loop: LoopStore
  readonly nurture: NurtureStore
  readonly queue: QueueStore
  readonly tasks: FollowUpTaskStore
}
