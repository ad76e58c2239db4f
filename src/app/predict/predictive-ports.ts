import type { CaptureFacts, OutcomeFacts } from '../../core/predict/index.ts'
import type { AccountId, PersonId } from '../../core/shared/index.ts'

/** One person's history summed up for training: outcome facts and what was known at capture. */
export type PersonOutcomeFacts = {
  readonly personId: PersonId
  readonly outcome: OutcomeFacts
  readonly capture: CaptureFacts
}

/** An account's firmographics, as look-alike profiling compares them. */
export type AccountProfileRow = {
  readonly id: AccountId
  readonly name: string
  readonly industry: string | null
  readonly employeeCount: number | null
  readonly annualRevenueCents: number | null
  readonly country: string | null
  readonly region: string | null
}

/** Set-based reads for predictive scoring, in one workspace. */
export interface PredictiveStore {
  /** Every live person captured at or after `since` (all when null), oldest capture first. */
  findOutcomeFacts(since: Date | null): Promise<readonly PersonOutcomeFacts[]>
  /** Capture facts of live people by id (people without a stage event are left out). */
  findCaptureFacts(ids: readonly PersonId[]): Promise<ReadonlyMap<PersonId, CaptureFacts>>
  /** Every live account, by name. */
  listAccountProfiles(): Promise<readonly AccountProfileRow[]>
}
