import type {
  AccountChanges,
  CleanProduct,
  CleanSpend,
  StoredAccount,
} from '../../core/imports/index.ts'
import type { AccountId, OpportunityId, PersonId, UserId } from '../../core/shared/index.ts'

/** Accounts as the account import reads and writes them, matched by source id, domain or name key. */
export interface AccountImportStore {
  findByExternalId(externalId: string): Promise<StoredAccount | undefined>
  findByDomain(domain: string): Promise<StoredAccount | undefined>
  /** The earliest-created live account with this name key. */
  findByNameKey(nameKey: string): Promise<StoredAccount | undefined>
  insert(account: Omit<StoredAccount, 'id'>): Promise<string>
  update(id: string, changes: AccountChanges): Promise<void>
}

/** An engagement event ready to store; the key makes a second recording of it a no-op. */
export type ImportedActivity = {
  readonly personId: PersonId
  readonly type: string
  readonly occurredAt: Date
  readonly properties: Readonly<Record<string, string>>
  readonly idempotencyKey: string
  /** The tracked visitor the event came from, and the account its page view was attributed to. */
  readonly visitorId?: string | null
  readonly accountId?: AccountId | null
}

export interface EventImportStore {
  /** Live people (not merged away) by source id and by canonical email. */
  findPeople(keys: {
    readonly externalIds: readonly string[]
    readonly emails: readonly string[]
  }): Promise<{
    readonly byExternalId: ReadonlyMap<string, PersonId>
    readonly byEmail: ReadonlyMap<string, PersonId>
  }>
  /** Stores the activities whose key is new; returns the keys it stored. */
  insertNew(activities: readonly ImportedActivity[]): Promise<ReadonlySet<string>>
}

/** Spend rows, one per channel and period. */
export interface SpendStore {
  /** Creates the row, or changes its amount and currency; says which, or that nothing changed. */
  upsert(spend: CleanSpend): Promise<'created' | 'updated' | 'unchanged'>
}

export type StoredProduct = CleanProduct & { readonly id: string }

/** The product catalog, keyed by product key. */
export interface ProductStore {
  findByKey(productKey: string): Promise<StoredProduct | undefined>
  list(): Promise<readonly StoredProduct[]>
  insert(product: CleanProduct): Promise<string>
  update(id: string, product: CleanProduct): Promise<void>
  /** The distinct product names written on opportunities. */
  listOpportunityProductNames(): Promise<readonly string[]>
  /** Renames the product on every opportunity that names one of `from`; returns how many changed. */
  renameOpportunityProducts(from: readonly string[], to: string): Promise<number>
}

export type RosterUser = {
  readonly id: UserId
  readonly email: string
  readonly name: string
  readonly teamId: string | null
  readonly managerId: UserId | null
}

/** Teams and users as a roster import sees them. */
export interface TeamImportStore {
  /** The team's id, creating the team when it is new. */
  teamId(name: string): Promise<string>
  listUsers(): Promise<readonly RosterUser[]>
  insertUser(user: Omit<RosterUser, 'id'> & { readonly role: string }): Promise<UserId>
  updateUser(
    id: UserId,
    changes: {
      readonly email?: string
      readonly teamId?: string | null
      readonly managerId?: UserId | null
    },
  ): Promise<void>
}

/** A deal as the opportunity import writes it. */
export type ImportedOpportunity = {
  readonly externalId: string | null
  readonly name: string
  readonly accountId: string | null
  readonly primaryPersonId: PersonId | null
  readonly ownerId: UserId | null
  readonly stage: string
  readonly status: 'open' | 'won' | 'lost'
  readonly amountCents: number
  readonly currency: string
  readonly closedAt: Date | null
  readonly product: string | null
  readonly createdAt: Date
  readonly properties: Readonly<Record<string, string>>
}

/** A lead a deal names by source id: who it is, where it stands, and its account. */
export type DealLead = {
  readonly id: PersonId
  readonly stage: string
  readonly accountId: string | null
}

export interface OpportunityImportStore {
  findByExternalId(externalId: string): Promise<OpportunityId | undefined>
  insert(opportunity: ImportedOpportunity): Promise<OpportunityId>
  /** Deals already stored, by source id. */
  findIdsByExternalIds(externalIds: readonly string[]): Promise<ReadonlyMap<string, OpportunityId>>
  /** Live leads by source id (a merged lead as the person it was merged into). */
  findLeads(externalIds: readonly string[]): Promise<ReadonlyMap<string, DealLead>>
  /** Writes many deals in one go; returns their ids in input order. */
  insertMany(opportunities: readonly ImportedOpportunity[]): Promise<readonly OpportunityId[]>
}

/** The stores the imports of accounts, events, spend, products, rosters and deals work through. */
export type ImportStores = {
  readonly accounts: AccountImportStore
  readonly events: EventImportStore
  readonly spend: SpendStore
  readonly products: ProductStore
  readonly teams: TeamImportStore
  readonly opportunities: OpportunityImportStore
}
