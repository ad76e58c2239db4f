import type { Person } from '../records/index.ts'
import type { PersonId } from '../shared/index.ts'

/** A stored person as duplicate matching, merging and the review queue see them. */
export type DuplicatePerson = Person &
  Pick<MergeFields, 'consent' | 'properties'> & {
    /** The survivor this person was merged into; null while the person stands on its own. */
    readonly mergedInto: PersonId | null
  }

/** The fields a merge may fill on the survivor, from the person merged into it. */
export type MergeFields = Pick<
  Person,
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'phone'
  | 'companyName'
  | 'country'
  | 'accountId'
  | 'ownerId'
  | 'source'
  | 'doNotContact'
> & {
  /** Consent flags by purpose; `false` is an opt-out. */
  readonly consent: Readonly<Record<string, unknown>>
  readonly properties: Readonly<Record<string, unknown>>
}

export type MergeField = keyof MergeFields

/** One field a merge changed on the survivor: its value before and the value the merge wrote. */
export type FieldChange = {
  readonly field: MergeField
  readonly before: unknown
  readonly after: unknown
}

export type MatchField = 'email' | 'first_name' | 'last_name' | 'phone' | 'company' | 'title'

/**
 * How a field compared: `same` after folding case, accents and punctuation; `nickname` (Bill and
 * William); `partial` (one name is the start of the other: "Ana" and "Ana María"); `initial` ("J."
 * and "John"); `different` when both are present and disagree.
 */
export type MatchVerdict = 'same' | 'nickname' | 'partial' | 'initial' | 'different'

export type MatchEvidence = {
  readonly field: MatchField
  readonly verdict: MatchVerdict
  /** What the score gained (or lost, for a disagreement) from this field. */
  readonly points: number
  /** e.g. "domain acme.com" for a company. */
  readonly detail?: string
}

export type MatchTier = 'strong' | 'weak' | 'none'

/**
 * Why a pair can never match, whatever the score: their only common ground is a role address
 * (info@, sales@), or different addresses at one company under different first names.
 */
export type MatchBlock = 'role_address' | 'different_people'

export type DuplicateMatch = {
  readonly tier: MatchTier
  readonly score: number
  /** Every field that agreed or disagreed, with the points it carried. */
  readonly evidence: readonly MatchEvidence[]
  readonly blockedBy: MatchBlock | null
}

/** A pair waiting for a person (`open`), or what was decided about it. */
export type CandidateStatus = 'open' | 'merged' | 'dismissed'

/** A pair of people that may be one, as the review queue holds it (lower person id first). */
export type DuplicateCandidate = {
  readonly id: string
  readonly personAId: PersonId
  readonly personBId: PersonId
  readonly score: number
  readonly tier: MatchTier
  readonly evidence: readonly MatchEvidence[]
  readonly status: CandidateStatus
  readonly decidedBy: string | null
  readonly decidedAt: Date | null
  readonly createdAt: Date
}
