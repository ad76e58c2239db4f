import type { AccountId, OpportunityId, PersonId, UserId } from '../shared/index.ts'

/** A lead or contact. `stage` mirrors the latest stage event; history lives in the events. */
export type Person = {
  readonly id: PersonId
  readonly email: string | null
  readonly emailNormalized: string | null
  readonly firstName: string | null
  readonly lastName: string | null
  readonly title: string | null
  readonly phone: string | null
  readonly companyName: string | null
  readonly country: string | null
  readonly accountId: AccountId | null
  readonly ownerId: UserId | null
  readonly source: string | null
  readonly stage: string
  readonly doNotContact: boolean
  /** Set when this record was found to be another person and merged into them (see duplicates). */
  readonly mergedInto: PersonId | null
  readonly createdAt: Date
  readonly updatedAt: Date
}

export type PersonFields = {
  readonly email?: string | null
  readonly firstName?: string | null
  readonly lastName?: string | null
  readonly title?: string | null
  readonly phone?: string | null
  readonly companyName?: string | null
  readonly country?: string | null
  readonly accountId?: AccountId | null
  readonly ownerId?: UserId | null
  readonly source?: string | null
  readonly doNotContact?: boolean
}

/** A company; the registrable domain is unique per workspace when known. */
export type Account = {
  readonly id: AccountId
  readonly name: string
  readonly domain: string | null
  readonly industry: string | null
  readonly employeeCount: number | null
  readonly annualRevenueCents: number | null
  readonly country: string | null
  readonly region: string | null
  readonly ownerId: UserId | null
  readonly stage: string
  readonly createdAt: Date
  readonly updatedAt: Date
}

export type AccountFields = {
  readonly name?: string
  readonly domain?: string | null
  readonly industry?: string | null
  readonly employeeCount?: number | null
  readonly annualRevenueCents?: number | null
  readonly country?: string | null
  readonly region?: string | null
  readonly ownerId?: UserId | null
}

export const opportunityStatuses = ['open', 'won', 'lost'] as const
export type OpportunityStatus = (typeof opportunityStatuses)[number]
export const opportunityHorizons = ['near', 'mid', 'long'] as const
export type OpportunityHorizon = (typeof opportunityHorizons)[number]
export const opportunitySources = ['marketing', 'sdr', 'sales', 'partner'] as const
export type OpportunitySource = (typeof opportunitySources)[number]

/** A deal in the pipeline; `stage` is the agreement's sales stage, `probabilityPct` its weight. */
export type Opportunity = {
  readonly id: OpportunityId
  readonly name: string
  readonly accountId: AccountId | null
  readonly primaryPersonId: PersonId | null
  readonly ownerId: UserId | null
  readonly amountCents: number
  readonly currency: string
  readonly stage: string
  readonly probabilityPct: number | null
  readonly status: OpportunityStatus
  readonly horizon: OpportunityHorizon | null
  readonly source: OpportunitySource | null
  readonly expectedCloseOn: string | null
  readonly closedAt: Date | null
  readonly closeReason: string | null
  readonly createdAt: Date
  readonly updatedAt: Date
}

export type OpportunityFields = {
  readonly name?: string
  readonly accountId?: AccountId | null
  readonly primaryPersonId?: PersonId | null
  readonly ownerId?: UserId | null
  readonly amountCents?: number
  readonly currency?: string
  readonly probabilityPct?: number | null
  readonly horizon?: OpportunityHorizon | null
  readonly source?: OpportunitySource | null
  readonly expectedCloseOn?: string | null
}
