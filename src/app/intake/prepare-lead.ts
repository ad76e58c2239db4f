import {
  cleanLead,
  cleanText,
  type CleanLead,
  type HygieneIssue,
} from '../../core/hygiene/index.ts'
import type { LeadInput } from '../../core/intake/index.ts'
import type { AccountId, PersonId } from '../../core/shared/index.ts'

export type IngestOptions = {
  /** ISO country for national phone numbers when a lead names none. */
  readonly defaultCountry?: string
  /** Where the leads came from, recorded on each capture activity (e.g. "api", "import:Leads.csv"). */
  readonly channel: string
}

export type IngestOutcome =
  | {
      readonly kind: 'created' | 'updated' | 'merged'
      readonly personId: PersonId
      readonly accountId: AccountId | null
      readonly issues: readonly HygieneIssue[]
    }
  | {
      readonly kind: 'rejected'
      readonly reason: string
      readonly message: string
      readonly issues: readonly HygieneIssue[]
    }

/** A lead after hygiene, ready for a batch: its source id, and why it is refused if it is. */
export type PreparedLead = {
  readonly input: LeadInput
  readonly clean: CleanLead
  readonly externalId: string | null
  readonly reject?: { readonly reason: string; readonly message: string }
}

/**
 * Cleans one lead (pure, no store): a lead with neither usable contact nor source id is refused here,
 * before any batch touches the store.
 */
export function prepareLead(input: LeadInput, options: IngestOptions): PreparedLead {
  const clean = cleanLead(
    input,
    options.defaultCountry === undefined ? {} : { defaultCountry: options.defaultCountry },
  )
  const externalId = cleanText(input.externalId) || null
  if (clean.rejectReason !== null && externalId === null) {
    const message =
      'The lead has no valid email, no valid phone, and not both a name and a company; nobody could contact it.'
    return { input, clean, externalId, reject: { reason: clean.rejectReason, message } }
  }
  return { input, clean, externalId }
}
