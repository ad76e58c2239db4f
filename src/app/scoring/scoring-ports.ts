import type {
  PersonBand,
  ScoreState,
  ScoringAccount,
  ScoringEvent,
  ScoringPerson,
} from '../../core/scoring/index.ts'
import type { AccountId, PersonId, UserId } from '../../core/shared/index.ts'

export const scoreModelStatuses = ['draft', 'live', 'retired'] as const
export type ScoreModelStatus = (typeof scoreModelStatuses)[number]

/** 'rules' models are documents of fit, engagement and intent rules; 'predictive' comes with issue 9. */
export type ScoreModelKind = 'rules' | 'predictive'

/** One version in the model registry; `document` is the model as stored (checked again on publish). */
export type StoredScoreModel = {
  readonly name: string
  readonly kind: ScoreModelKind
  readonly version: number
  readonly status: ScoreModelStatus
  readonly document: unknown
  readonly metrics: unknown
  readonly createdBy: string
  readonly createdAt: Date
  readonly publishedAt: Date | null
  /** When a predictive model was trained (null for rules). */
  readonly trainedAt: Date | null
  /** The live version of the same kind this one replaced when it was made live. */
  readonly replacesVersion: number | null
}

/** The registry of score-model versions, numbered per workspace; at most one is live. */
export interface ScoreModelStore {
  /** Stores a draft as the next version number. */
  insertDraft(draft: {
    readonly name: string
    readonly kind: ScoreModelKind
    readonly document: unknown
    readonly createdBy: string
    readonly metrics?: unknown
    readonly trainedAt?: Date
  }): Promise<StoredScoreModel>
  find(version: number): Promise<StoredScoreModel | undefined>
  /** The live version of a kind (rules unless told). */
  findLive(kind?: ScoreModelKind): Promise<StoredScoreModel | undefined>
  list(): Promise<readonly StoredScoreModel[]>
  /**
   * Retires the live version of the same kind (if any) and makes `version` live, at `at`; it
   * remembers the version it replaced, unless `restore` (a rollback keeps the older link).
   */
  publish(version: number, at: Date, options?: { readonly restore?: boolean }): Promise<void>
}

/** A person as scoring reads them: facts for fit rules, where they stand, and their last score. */
export type ScoringRow = {
  readonly id: PersonId
  readonly stage: string
  readonly ownerId: UserId | null
  readonly accountId: AccountId | null
  readonly person: ScoringPerson
  readonly account: ScoringAccount | null
  readonly score: number | null
  readonly scoreModelVersion: number | null
  readonly scoredAt: Date | null
  /** What the last score kept of the history to fold new events in; null: score it all again. */
  readonly scoreState?: ScoreState | null
}

/** A scoring row with the keys events name its person by. */
export type KeyedScoringRow = {
  readonly row: ScoringRow
  readonly externalId: string | null
  readonly emailNormalized: string | null
}

/** An event as stored, with the key it was recorded under. */
export type StoredEvent = ScoringEvent & { readonly key: string | null }

export type PersonScoreUpdate = {
  readonly id: PersonId
  readonly fit: number
  readonly engagement: number
  readonly intent: number
  readonly total: number
  readonly band: PersonBand
  readonly modelVersion: number
  readonly scoredAt: Date
  /** Saved with the score; without one the next score reads the whole history. */
  readonly state?: ScoreState | null
}

export type Notification = {
  readonly topic: string
  readonly target: string
  readonly payload: Readonly<Record<string, unknown>>
  /** A second notification with the same key is dropped. */
  readonly dedupeKey: string
}

/** Set-based reads and writes for scoring: a batch of people costs a few statements, not a few each. */
export interface PersonScoreStore {
  /** Live people by id with their account facts, locked in id order when `forUpdate`. */
  findRows(
    ids: readonly PersonId[],
    options?: { readonly forUpdate?: boolean },
  ): Promise<ScoringRow[]>
  /**
   * Live people named by source id or canonical email, with those keys, locked in id order: an event
   * batch finds and locks its people in one statement.
   */
  lockRowsByKeys(keys: {
    readonly externalIds: readonly string[]
    readonly emails: readonly string[]
  }): Promise<KeyedScoringRow[]>
  /** Every event of these people, grouped by person. */
  findEvents(ids: readonly PersonId[]): Promise<ReadonlyMap<PersonId, readonly StoredEvent[]>>
  saveScores(updates: readonly PersonScoreUpdate[]): Promise<void>
  /** The current totals of every live person at these accounts. */
  findAccountPeople(
    accountIds: readonly AccountId[],
  ): Promise<ReadonlyMap<AccountId, readonly { personId: PersonId; total: number }[]>>
  saveAccountScores(
    scores: readonly { readonly id: AccountId; readonly score: number }[],
    at: Date,
  ): Promise<void>
  /** Live people ids after `afterId` in id order, at most `limit`, for rebuilds in chunks. */
  listIds(afterId: PersonId | null, limit: number): Promise<readonly PersonId[]>
  countLive(): Promise<number>
  /** Which of these people ever entered `stage`. */
  findReached(ids: readonly PersonId[], stage: string): Promise<ReadonlySet<PersonId>>
  notify(notifications: readonly Notification[]): Promise<void>
}

export type ScoringStores = {
  readonly models: ScoreModelStore
  readonly people: PersonScoreStore
}
