import type { CleanLead, RawLead } from '../hygiene/index.ts'
import type { AccountId, PersonId } from '../shared/index.ts'

/** One lead as it arrives from the API or a file row, before hygiene. */
export type LeadInput = RawLead & {
  /** The lead's id in the system it came from (e.g. a CRM or form tool). */
  readonly externalId?: string | null
  readonly stage?: string | null
  /** When the lead was captured there; defaults to now. */
  readonly occurredAt?: Date | null
  readonly doNotContact?: boolean | null
  /** The tracking script's visitor id when a site form captured the lead: its page views join it. */
  readonly visitorId?: string | null
}

/** What intake knows of an existing person when deciding an upsert. */
export type KnownPerson = {
  readonly id: PersonId
  readonly email: string | null
  readonly firstName: string | null
  readonly lastName: string | null
  readonly title: string | null
  readonly phone: string | null
  readonly companyName: string | null
  readonly country: string | null
  readonly source: string | null
  readonly accountId: AccountId | null
  readonly doNotContact: boolean
}

export type PersonPatch = {
  readonly email?: string | null
  readonly firstName?: string | null
  readonly lastName?: string | null
  readonly title?: string | null
  readonly phone?: string | null
  readonly companyName?: string | null
  readonly country?: string | null
  readonly source?: string | null
  readonly doNotContact?: boolean
}

/** Create a new person, fill what an existing one lacks, or record the repeat only. */
export type LeadUpsert =
  | { readonly kind: 'create'; readonly fields: PersonPatch }
  | { readonly kind: 'update'; readonly personId: PersonId; readonly changes: PersonPatch }
  | { readonly kind: 'unchanged'; readonly personId: PersonId }

export type KnownAccount = {
  readonly id: AccountId
  readonly name: string
  readonly nameKey: string | null
  readonly domain: string | null
}

/** Which account a lead belongs to, and by which rule; or why none. */
export type AccountMatch =
  | {
      readonly kind: 'existing'
      readonly accountId: AccountId
      readonly rule: 'domain' | 'name' | 'fuzzy_name'
    }
  | {
      readonly kind: 'create'
      readonly name: string
      readonly domain: string
      readonly nameKey: string | null
    }
  | {
      readonly kind: 'none'
      readonly reason: 'no_company' | 'free_mail_domain' | 'weak_name_match' | 'no_corporate_domain'
    }

export type { CleanLead }
