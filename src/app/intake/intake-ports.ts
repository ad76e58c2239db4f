import type { EmailFlags, HygieneIssue } from '../../core/hygiene/index.ts'
import type {
  AccountCreate,
  KnownAccount,
  PersonPatch,
  StoredPerson,
} from '../../core/intake/index.ts'
import type { AccountId, PersonId } from '../../core/shared/index.ts'

/** A person as intake writes it: the patch plus identity keys, flags and what hygiene found. */
export type IntakePerson = PersonPatch & {
  readonly emailNormalized: string | null
  readonly externalId: string | null
  readonly accountId: AccountId | null
  readonly stage: string
  readonly flags: EmailFlags
  readonly qualityIssues: readonly HygieneIssue[]
  readonly properties: Readonly<Record<string, string>>
}

export type IntakeActivity = {
  readonly personId: PersonId
  readonly type: string
  readonly occurredAt: Date
  readonly source: string | null
  readonly properties: Readonly<Record<string, unknown>>
  /** Recording the same key twice keeps the first: a re-imported file adds no behaviour. */
  readonly idempotencyKey: string | null
}

/**
 * Intake's set-based reads and writes: a batch of leads costs a handful of statements, not a few per
 * lead. Inserts return the new ids in input order.
 */
export interface IntakeBatchStore {
  /** Every person one of these source ids or canonical emails names; a merged one as its survivor. */
  findPeopleByKeys(keys: {
    readonly externalIds: readonly string[]
    readonly emails: readonly string[]
  }): Promise<readonly StoredPerson[]>
  findAccountsByDomains(domains: readonly string[]): Promise<readonly KnownAccount[]>
  /** Per name key, the earliest-created live account with it. */
  findAccountsByNameKeys(nameKeys: readonly string[]): Promise<readonly KnownAccount[]>
  /**
   * Per name key, live accounts with a similar name key by trigram, best first, at most `limit`; a key
   * with a number of three digits or more gets only names with the same numbers (never the same
   * company otherwise, by companyNameSimilarity).
   */
  findSimilarAccountsByNameKeys(
    nameKeys: readonly string[],
    limit: number,
  ): Promise<ReadonlyMap<string, readonly KnownAccount[]>>
  insertAccounts(accounts: readonly AccountCreate[]): Promise<readonly AccountId[]>
  insertPeople(people: readonly IntakePerson[]): Promise<readonly PersonId[]>
  /** Activities whose idempotency key is already recorded are skipped. */
  recordActivities(activities: readonly IntakeActivity[]): Promise<void>
}

/** The lookups and writes intake needs, inside one workspace (and usually one transaction). */
export interface IntakeStore extends IntakeBatchStore {
  updatePerson(
    id: PersonId,
    changes: PersonPatch & { readonly accountId?: AccountId; readonly emailNormalized?: string },
  ): Promise<void>
  /** The person's current stage and account, by their source id. */
  findPersonStage(
    externalId: string,
  ): Promise<
    | { readonly id: PersonId; readonly stage: string; readonly accountId: AccountId | null }
    | undefined
  >
}
