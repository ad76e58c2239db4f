import type { AccountId, PersonId, WorkspaceId } from '../../core/shared/index.ts'

/** An IP range an account browses from, in CIDR notation as stored (the network, e.g. 203.0.113.0/24). */
export type AccountIpRange = {
  readonly cidr: string
  readonly accountId: AccountId
  readonly createdAt: Date
}

/** A page view of a visitor no one has named yet. */
export type AnonymousActivity = {
  readonly visitorId: string
  readonly accountId: AccountId | null
  readonly type: string
  readonly occurredAt: Date
  readonly properties: Readonly<Record<string, string>>
  readonly idempotencyKey: string
}

/** One row of a person's timeline: an activity, with the visitor it came from when tracked. */
export type TimelineEntry = {
  readonly id: string
  readonly type: string
  readonly occurredAt: Date
  readonly visitorId: string | null
  readonly accountId: AccountId | null
  readonly properties: Readonly<Record<string, unknown>>
}

/** A visitor named by an identified event: its anonymous activities now belong to the person. */
export type VisitorIdentity = { readonly visitorId: string; readonly personId: PersonId }

/** Site settings, visitors and their page views in one workspace. */
export interface TrackingStore {
  findSiteKey(): Promise<string | undefined>
  /** Keeps the first key saved; returns the key in force. */
  saveSiteKey(siteKey: string): Promise<string>
  listOrigins(): Promise<readonly string[]>
  /** True when the origin was not listed before. */
  addOrigin(origin: string): Promise<boolean>
  /** True when the origin was listed. */
  removeOrigin(origin: string): Promise<boolean>
  /** Records a range for an account; throws `track.ip_range_taken` when another account has it. */
  addIpRange(accountId: AccountId, cidr: string): Promise<AccountIpRange>
  listIpRanges(accountId?: AccountId): Promise<readonly AccountIpRange[]>
  /** True when the range was recorded. */
  removeIpRange(cidr: string): Promise<boolean>
  /** The account of the narrowest recorded range holding `ip`, else of a live account with `domain`. */
  findVisitAccount(visit: {
    readonly ip: string | null
    readonly domain: string | null
  }): Promise<AccountId | null>
  /** Notes the visitor seen at `at` (first and last seen); returns the person it is known as. */
  touchVisitor(visitorId: string, at: Date, accountId: AccountId | null): Promise<PersonId | null>
  /** Stores an anonymous page view unless its key is recorded; true when stored. */
  recordAnonymous(activity: AnonymousActivity): Promise<boolean>
  /**
   * Names visitors: later page views go to the person, and earlier anonymous activities move to
   * them; returns the keys of the moved activities by person.
   */
  identify(
    identities: readonly VisitorIdentity[],
    at: Date,
  ): Promise<ReadonlyMap<PersonId, ReadonlySet<string>>>
  /** A person's activities (and those of people merged into them), newest first. */
  timeline(personId: PersonId, limit: number): Promise<readonly TimelineEntry[]>
}

/** Finds the workspace a public site key belongs to (the script tag carries it, not an API key). */
export interface SiteDirectory {
  findWorkspace(siteKey: string): Promise<WorkspaceId | undefined>
}
