import type {
  CandidateStatus,
  DuplicateCandidate,
  DuplicateMatch,
  DuplicatePerson,
  MergeFields,
} from '../core/duplicates/index.ts'
import type { ImportStores } from './intake/import-ports.ts'
import type { ScoringStores } from './scoring/scoring-ports.ts'
import type { AnalyticsStores } from './reports/report-ports.ts'
import type { SiteDirectory, TrackingStore } from './tracking/tracking-ports.ts'
import type { SlaStores, SweepStore } from './sla/sla-ports.ts'
import type { PlanStore } from './planning/planning-ports.ts'
import type { ExperimentStore } from './experiments/experiment-ports.ts'
import type { PredictiveStore } from './predict/predictive-ports.ts'
import type { HandoffStores } from './handoff/handoff-ports.ts'
import type { PrivacyStore } from './privacy/privacy-ports.ts'
import type { EmailFlags, HygieneIssue } from '../core/hygiene/index.ts'
import type {
  CostFact,
  DealPipelineFacts,
  DispositionFact,
  FunnelDimension,
  FunnelFacts,
  PipelineDimension,
  QualityFacts,
  StagePair,
  VelocityFacts,
  StageInterval,
} from '../core/analytics/index.ts'
import type {
  AccountCreate,
  KnownAccount,
  PersonPatch,
  StoredPerson,
} from '../core/intake/index.ts'
import type { Agreement, AgreementVersion, SignaturePlan } from '../core/agreement/index.ts'
import type {
  StageEvent,
  StageEventDraft,
  StageSubject,
  StageSubjectType,
} from '../core/funnel/index.ts'
import type {
  Account,
  AccountFields,
  Opportunity,
  OpportunityFields,
  Person,
  PersonFields,
} from '../core/records/index.ts'
import type {
  AccountId,
  OpportunityId,
  Page,
  PageRequest,
  PersonId,
  UserId,
  WorkspaceId,
} from '../core/shared/index.ts'

/** The only source of "now" for use cases; tests pass a fixed one. */
export interface Clock {
  now(): Date
}

export type ReadOptions = { readonly forUpdate?: boolean }

export type NewPerson = PersonFields & {
  readonly emailNormalized: string | null
  readonly stage: string
}

/** People of one workspace. `insert` throws `person.email_taken` when the normalized email exists. */
export interface PersonStore {
  insert(person: NewPerson): Promise<Person>
  find(id: PersonId, options?: ReadOptions): Promise<Person | undefined>
  findByEmail(emailNormalized: string): Promise<Person | undefined>
  list(page: PageRequest, filter?: { readonly stage?: string }): Promise<Page<Person>>
  update(
    id: PersonId,
    fields: PersonFields & { readonly emailNormalized?: string | null },
  ): Promise<Person | undefined>
  setStage(id: PersonId, stage: string): Promise<void>
  /** People of the workspace, not counting records merged into another. */
  count(): Promise<number>
}

export type NewAccount = AccountFields & { readonly name: string; readonly stage?: string }

/** Accounts of one workspace. `insert` throws `account.domain_taken` when the domain exists. */
export interface AccountStore {
  insert(account: NewAccount): Promise<Account>
  find(id: AccountId, options?: ReadOptions): Promise<Account | undefined>
  list(page: PageRequest): Promise<Page<Account>>
  update(id: AccountId, fields: AccountFields): Promise<Account | undefined>
  setStage(id: AccountId, stage: string): Promise<void>
}

export type NewOpportunity = OpportunityFields & { readonly name: string; readonly stage: string }

export interface OpportunityStore {
  insert(opportunity: NewOpportunity): Promise<Opportunity>
  find(id: OpportunityId, options?: ReadOptions): Promise<Opportunity | undefined>
  list(page: PageRequest, filter?: { readonly status?: string }): Promise<Page<Opportunity>>
  update(id: OpportunityId, fields: OpportunityFields): Promise<Opportunity | undefined>
  setStage(id: OpportunityId, stage: string): Promise<void>
}

export type StageEventFilter = {
  readonly subject?: StageSubject
  readonly subjectType?: StageSubjectType
  readonly toStage?: string
}

/** The append-only lifecycle history; there is no update or delete. */
export interface StageEventStore {
  append(event: StageEventDraft): Promise<StageEvent>
  /** Appends many events in one go, e.g. the first stages of a batch of new leads. */
  appendMany(events: readonly StageEventDraft[]): Promise<void>
  list(page: PageRequest, filter?: StageEventFilter): Promise<Page<StageEvent>>
}

/** Versions of the agreement; only drafts change, and only through these methods. */
export interface AgreementStore {
  /** Inserts a draft as the next version number. */
  insertDraft(draft: {
    readonly document: Agreement
    readonly createdBy: string
  }): Promise<AgreementVersion>
  find(version: number, options?: ReadOptions): Promise<AgreementVersion | undefined>
  list(): Promise<readonly AgreementVersion[]>
  /** The signed version with the latest effective date at or before `at`. */
  findInForce(at: Date): Promise<AgreementVersion | undefined>
  replaceDraft(version: number, document: Agreement): Promise<void>
  saveSignatures(version: number, plan: SignaturePlan): Promise<void>
}

export type User = {
  readonly id: UserId
  readonly email: string
  readonly name: string
  readonly role: Role
  readonly active: boolean
}

/** Users of one workspace. `insert` throws `user.email_taken` when the email exists. */
export interface UserStore {
  insert(user: {
    readonly email: string
    readonly name: string
    readonly role: Role
  }): Promise<User>
  findByEmail(email: string): Promise<User | undefined>
  list(): Promise<readonly User[]>
  /** Turns a user off (their API keys stop working) or on again; undefined when there is no such user. */
  setActive(email: string, active: boolean): Promise<User | undefined>
}

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
  /** Per name key, live accounts with a similar name key by trigram, best first, at most `limit`. */
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

export type StoredResponse = {
  readonly requestHash: string
  readonly status: number
  readonly body: unknown
}

/** Which write an Idempotency-Key names: the same key on another method or path is another write. */
export type IdempotencyScope = {
  readonly key: string
  readonly method: string
  readonly path: string
}

/** What claiming a key found: it is now ours, another request holds it, or it has an answer. */
export type IdempotencyClaim =
  | { readonly kind: 'claimed' }
  | { readonly kind: 'pending'; readonly requestHash: string }
  | { readonly kind: 'done'; readonly response: StoredResponse }

/** Responses remembered by Idempotency-Key, so a retried request returns the first answer. */
export interface IdempotencyStore {
  /**
   * Claims the key for a request with this hash, atomically: only one of concurrent requests gets
   * `claimed`. A claim older than `staleBefore` whose request never finished is taken over.
   */
  claim(scope: IdempotencyScope, requestHash: string, staleBefore: Date): Promise<IdempotencyClaim>
  /** Stores the answer of a claimed key. */
  complete(scope: IdempotencyScope, response: StoredResponse, at: Date): Promise<void>
  /** Gives a claimed key up (the request failed on our side), so a retry runs again. */
  release(scope: IdempotencyScope): Promise<void>
}

export type ImportRunRecord = {
  readonly entity: string
  readonly sourceName: string
  readonly mapping: string
  readonly dryRun: boolean
  readonly counts: Readonly<Record<string, number>>
  readonly rejectedByReason: Readonly<Record<string, number>>
  readonly startedAt: Date
  readonly finishedAt: Date
}

/** Reads for reports, computed from stored facts. */
export interface ReportStore {
  /** Data-quality counts per source; records with no activity or stage event since `staleBefore` are stale. */
  qualityFacts(staleBefore: Date): Promise<QualityFacts>
  /** Remembers a finished import and refreshes the planner's statistics for what it wrote. */
  recordImportRun(run: ImportRunRecord): Promise<void>
  /** Refreshes the planner's statistics for the tables imports grow (the embedded database has no autovacuum). */
  refreshStatistics(): Promise<void>
}

/** A pair for the review queue or a decision on it; the store orders the pair. */
export type CandidatePair = {
  readonly personIds: readonly [PersonId, PersonId]
  readonly match: Pick<DuplicateMatch, 'score' | 'tier' | 'evidence'>
}

export type CandidateDecision = {
  readonly status: Exclude<CandidateStatus, 'open'>
  readonly decidedBy: string
  readonly decidedAt: Date
}

/** An open candidate with both people, for the review queue. */
export type DuplicateCandidateView = DuplicateCandidate & {
  readonly personA: DuplicatePerson
  readonly personB: DuplicatePerson
}

/** One append-only audit_log row: who changed what. */
export type AuditEntry = {
  readonly at: Date
  readonly actor: string
  readonly action: string
  readonly subjectType: string
  readonly subjectId: string
  readonly details: Readonly<Record<string, unknown>>
}

/** Duplicate people beyond email: candidate search, the review queue, merges and their audit. */
export interface DuplicateStore {
  /**
   * Pairs of live people where one is in `personIds` and they share an E.164 phone or a folded
   * last name at one account; a bounded number per person and key, in a few statements for all.
   */
  findCandidatePairs(personIds: readonly PersonId[]): Promise<readonly [PersonId, PersonId][]>
  /** People by id, merged ones too; with `forUpdate` locked in id order. */
  findPeople(ids: readonly PersonId[], options?: ReadOptions): Promise<readonly DuplicatePerson[]>
  /** Queues pairs for review; a pair already recorded (open or decided) keeps its row. */
  insertCandidates(pairs: readonly CandidatePair[]): Promise<void>
  /** Records a decision on a pair, adding the pair when it was never queued. */
  recordDecision(pair: CandidatePair, decision: CandidateDecision): Promise<DuplicateCandidate>
  findCandidate(id: string, options?: ReadOptions): Promise<DuplicateCandidate | undefined>
  /** Open candidates, oldest first, with both people; with `personId`, only pairs with them. */
  listOpen(
    page: PageRequest,
    filter?: { readonly personId?: PersonId },
  ): Promise<Page<DuplicateCandidateView>>
  /**
   * Writes the survivor's merged fields and points the loser, and everyone merged into it, at the
   * survivor; returns the ids moved from the loser to the survivor.
   */
  merge(merge: {
    readonly survivorId: PersonId
    readonly loserId: PersonId
    readonly survivorFields: Partial<MergeFields>
  }): Promise<readonly PersonId[]>
  /** Puts the survivor's fields back, frees the loser, and points `rejoin` at the loser again. */
  unmerge(unmerge: {
    readonly survivorId: PersonId
    readonly loserId: PersonId
    readonly survivorFields: Partial<MergeFields>
    readonly rejoin: readonly PersonId[]
  }): Promise<void>
  appendAudit(entry: AuditEntry): Promise<void>
  /** The latest audit entry of this action on this subject. */
  findLatestAudit(subject: {
    readonly action: string
    readonly subjectType: string
    readonly subjectId: string
  }): Promise<AuditEntry | undefined>
}

/** What the funnel and velocity reports ask of the store: counts and times, never raw rows. */
export type MetricsQuery = {
  readonly from: Date
  readonly to: Date
  readonly by: FunnelDimension | null
  readonly pairs: readonly StagePair[]
}

export type PipelineQuery = {
  readonly from: Date
  readonly to: Date
  readonly by: PipelineDimension | null
  /** Open deals whose stage has not moved since then count as silent. */
  readonly silentBefore: Date
}

/** Funnel, velocity and pipeline facts; the whole report comes back under `totalGroup`. */
export interface MetricsStore {
  funnelFacts(query: MetricsQuery): Promise<FunnelFacts>
  velocityFacts(query: MetricsQuery): Promise<VelocityFacts>
  /** Each forward move of the velocity cohort: when the subject entered `from` and reached `to`. */
  velocityIntervals(query: MetricsQuery): Promise<readonly StageInterval[]>
  pipelineFacts(query: PipelineQuery): Promise<DealPipelineFacts>
  costFacts(query: CostQuery): Promise<readonly CostFact[]>
  /** Moves into these stages in the period, by stage, reason code and lead source. */
  dispositionFacts(query: CostQuery, stages: readonly string[]): Promise<readonly DispositionFact[]>
}

export type CostQuery = { readonly from: Date; readonly to: Date }

export type Stores = {
  readonly people: PersonStore
  readonly accounts: AccountStore
  readonly opportunities: OpportunityStore
  readonly stageEvents: StageEventStore
  readonly agreements: AgreementStore
  readonly users: UserStore
  readonly intake: IntakeStore
  readonly idempotency: IdempotencyStore
  readonly reports: ReportStore
  readonly metrics: MetricsStore
  readonly duplicates: DuplicateStore
  readonly imports: ImportStores
  readonly scoring: ScoringStores
  readonly analytics: AnalyticsStores
  readonly tracking: TrackingStore
  readonly sla: SlaStores
  readonly plans: PlanStore
  readonly experiments: ExperimentStore
  readonly predictive: PredictiveStore
  /** API keys (of every workspace: use cases pass their own `workspaceId`). */
  readonly apiKeys: ApiKeyStore
  readonly handoff: HandoffStores
  /** Privacy requests: export, erasure and suppressed addresses. */
  readonly privacy: PrivacyStore
  /**
   * Runs `work` atomically: inside a transaction as a savepoint (a failure undoes only `work`),
   * outside one as its own transaction.
   */
  atomic<T>(work: (stores: Stores) => Promise<T>): Promise<T>
}

/** Stores bound to one workspace: every query they run is confined to it. */
export type WorkspaceStorage = Stores & {
  readonly workspaceId: WorkspaceId
  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: (stores: Stores) => Promise<T>): Promise<T>
}

export type Workspace = { readonly id: WorkspaceId; readonly slug: string; readonly name: string }

export interface WorkspaceStore {
  insert(workspace: { readonly slug: string; readonly name: string }): Promise<Workspace>
  findBySlug(slug: string): Promise<Workspace | undefined>
  list(): Promise<readonly Workspace[]>
}

export { roles, type Role } from '../core/access/index.ts'
import type { Role } from '../core/access/index.ts'

export type ApiKeyRecord = {
  readonly id: string
  readonly workspaceId: WorkspaceId
  readonly prefix: string
  readonly secretHash: string
  readonly name: string
  readonly role: Role
  readonly revokedAt: Date | null
  /** The user the key acts as, if any, and whether that user is still active. */
  readonly userId: UserId | null
  readonly userActive: boolean
  readonly createdAt: Date
  readonly lastUsedAt: Date | null
}

export type NewApiKey = Pick<
  ApiKeyRecord,
  'workspaceId' | 'prefix' | 'secretHash' | 'name' | 'role' | 'userId'
>

export interface ApiKeyStore {
  insert(key: NewApiKey): Promise<ApiKeyRecord>
  findByPrefix(prefix: string): Promise<ApiKeyRecord | undefined>
  touch(id: string, at: Date): Promise<void>
  /** The workspace's keys, newest first, revoked ones too. */
  list(workspaceId: WorkspaceId): Promise<readonly ApiKeyRecord[]>
  /** Revokes a key of the workspace; undefined when the workspace has no such key. */
  revoke(workspaceId: WorkspaceId, id: string, at: Date): Promise<ApiKeyRecord | undefined>
}

/** Everything the app needs from persistence. */
export interface Storage {
  readonly kind: 'embedded' | 'server'
  readonly workspaces: WorkspaceStore
  readonly apiKeys: ApiKeyStore
  /** Public site keys of the tracking script, across workspaces. */
  readonly sites: SiteDirectory
  readonly sweeps: SweepStore
  forWorkspace(workspaceId: WorkspaceId): WorkspaceStorage
  /** Throws `store.unavailable` when the database does not answer. */
  ping(): Promise<void>
  close(): Promise<void>
}
