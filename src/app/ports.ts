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
import type { Role } from '../core/access/index.ts'
import type { ApiKeyStore } from './access/api-key-ports.ts'
import type { IdempotencyStore } from './access/idempotency-ports.ts'
import type { DuplicateStore } from './duplicates/duplicate-ports.ts'
import type { IntakeStore } from './intake/intake-ports.ts'

// The ports of each area live beside its use cases; they are named here too, as before.
export { roles, type Role } from '../core/access/index.ts'
export type { ApiKeyRecord, ApiKeyStore, NewApiKey } from './access/api-key-ports.ts'
export type {
  IdempotencyClaim,
  IdempotencyScope,
  IdempotencyStore,
  StoredResponse,
} from './access/idempotency-ports.ts'
export type {
  AuditEntry,
  CandidateDecision,
  CandidatePair,
  DuplicateCandidateView,
  DuplicateStore,
  DuplicateBatchStore,
  MergedPersonWrite,
} from './duplicates/duplicate-ports.ts'
export type {
  IntakeActivity,
  IntakeBatchStore,
  IntakePerson,
  IntakeStore,
} from './intake/intake-ports.ts'
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
