/** Why one row of an import cannot be used: a stable reason and a message that says how to fix it. */
export type Rejection = {
  readonly kind: 'rejected'
  readonly reason: string
  readonly message: string
}

/** A cell as it arrives: text from a file, a number or text from the API, or nothing. */
export type RawNumber = number | string | null | undefined
export type RawText = string | null | undefined

/** One company as it arrives from a file row or the API; money in cents. */
export type AccountInput = {
  readonly externalId?: RawText
  readonly name?: RawText
  readonly domain?: RawText
  readonly website?: RawText
  readonly industry?: RawText
  readonly employeeCount?: RawNumber
  readonly annualRevenueCents?: RawNumber
  readonly country?: RawText
  readonly region?: RawText
  readonly parentName?: RawText
  readonly properties?: Readonly<Record<string, string>>
}

/** An account as the import stores it: cleaned values and its matching keys. */
export type CleanAccount = {
  readonly externalId: string | null
  readonly name: string
  readonly nameKey: string | null
  readonly domain: string | null
  readonly industry: string | null
  readonly employeeCount: number | null
  readonly annualRevenueCents: number | null
  readonly country: string | null
  readonly region: string | null
  readonly parentName: string | null
  readonly parentKey: string | null
  readonly properties: Readonly<Record<string, string>>
}

/** What the store holds of an account the import matched. */
export type StoredAccount = Omit<CleanAccount, 'parentName' | 'parentKey'> & {
  readonly id: string
  readonly parentId: string | null
}

/** The columns an account import may change, with their new values. */
export type AccountChanges = Partial<Omit<StoredAccount, 'id'>>

/** Create the account, change what the file says differently, or leave it as it is. */
export type AccountUpsert =
  | { readonly kind: 'create' }
  | { readonly kind: 'update'; readonly id: string; readonly changes: AccountChanges }
  | { readonly kind: 'unchanged'; readonly id: string }

/** One engagement event (a visit, an email open, a webinar) as it arrives; the instant is ISO 8601. */
export type EventInput = {
  readonly personExternalId?: RawText
  readonly email?: RawText
  readonly type?: RawText
  readonly occurredAt?: RawText
  readonly url?: RawText
  readonly idempotencyKey?: RawText
  readonly properties?: Readonly<Record<string, string>>
  /** The tracking script's visitor id, when the event identifies a visitor (a form fill, a click). */
  readonly visitorId?: RawText
}

export type CleanEvent = {
  readonly personExternalId: string | null
  readonly emailCanonical: string | null
  readonly type: string
  readonly occurredAt: Date
  readonly url: string | null
  readonly idempotencyKey: string | null
  readonly properties: Readonly<Record<string, string>>
  readonly visitorId: string | null
}

/** Marketing spend on one channel over one period (dates, both days included); money in cents. */
export type SpendInput = {
  readonly channel?: RawText
  readonly periodStart?: RawText
  readonly periodEnd?: RawText
  readonly amountCents?: RawNumber
  readonly currency?: RawText
}

export type CleanSpend = {
  readonly channel: string
  /** YYYY-MM-DD. */
  readonly periodStart: string
  readonly periodEnd: string
  readonly amountCents: number
  readonly currency: string
}

/** One product of the catalog; the list price in cents. */
export type ProductInput = {
  readonly name?: RawText
  readonly series?: RawText
  readonly listPriceCents?: RawNumber
  readonly currency?: RawText
  readonly properties?: Readonly<Record<string, string>>
}

export type CleanProduct = {
  readonly name: string
  readonly productKey: string
  readonly series: string | null
  readonly listPriceCents: number | null
  readonly currency: string
  readonly properties: Readonly<Record<string, string>>
}

/** A member of a sales team as a roster file lists them: a name, maybe an email, a team, a manager. */
export type TeamMemberInput = {
  readonly name?: RawText
  readonly email?: RawText
  readonly team?: RawText
  readonly manager?: RawText
  readonly role?: RawText
}

export type CleanTeamMember = {
  readonly name: string
  readonly nameKey: string
  /** The member's email, or a reserved `.invalid` address when the roster has none. */
  readonly email: string
  readonly emailGiven: boolean
  readonly team: string | null
  readonly manager: string | null
  readonly managerKey: string | null
  readonly role: string
}
