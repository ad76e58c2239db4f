import type { DraftResult } from '../app/agreement/agreements.ts'
import type { DuplicatePair } from '../app/duplicates/list-duplicates.ts'
import type { MergeResult } from '../app/duplicates/merge-people.ts'
import type { UnmergeResult } from '../app/duplicates/unmerge-duplicates.ts'
import type { DuplicateCandidate } from '../core/duplicates/index.ts'
import type { IngestOutcome } from '../app/intake/ingest-lead.ts'
import type { ImportBatch } from '../app/intake/import-batch.ts'
import type { RowOutcome } from '../app/intake/ingest-each.ts'
import type { LeadInput } from '../core/intake/index.ts'
import type { ImportRunRecord, User } from '../app/ports.ts'
import type {
  CostReport,
  DispositionReport,
  FunnelReport,
  PipelineReport,
  QualityReport,
  VelocityReport,
} from '../core/analytics/index.ts'
import type { PeriodRequest } from '../app/reports/report-period.ts'
import type { VelocityRequest } from '../app/reports/funnel-report.ts'

/** A pipeline report's period and split, and the days after which an open deal is silent. */
export type PipelineRequest = PeriodRequest & { readonly silentAfterDays?: number | undefined }
import type { Agreement, AgreementVersion } from '../core/agreement/index.ts'
import type { StageEvent } from '../core/funnel/index.ts'
import type { Person, PersonFields } from '../core/records/index.ts'
import type { Page, PageRequest } from '../core/shared/index.ts'
import type { ScoringBackend } from './scoring-backend.ts'
import type { AnalyticsBackend } from './analytics-backend.ts'
import type { TrackingBackend } from './tracking-backend.ts'
import type { PredictiveBackend } from './predictive-backend.ts'
import type { AccessBackend } from './access-backend.ts'
import type { PlanningBackend } from './planning-backend.ts'
import type { HandoffBackend } from './handoff-backend.ts'

/**
 * What CLI commands can ask of Baton. `main` provides it either over the database directly or, when a
 * running server holds the embedded database, over that server's HTTP API: the commands cannot tell.
 */
export interface CliBackend {
  /** Where the commands act, for messages: a directory, a server URL, or "server at <url>". */
  readonly description: string
  createPerson(input: PersonFields & { readonly stage?: string }): Promise<Person>
  getPerson(id: string): Promise<Person>
  listPeople(page: PageRequest & { readonly stage?: string }): Promise<Page<Person>>
  changePersonStage(
    id: string,
    change: { readonly toStage: string; readonly reasonCode?: string; readonly note?: string },
  ): Promise<StageEvent>
  draftAgreement(document: Agreement): Promise<DraftResult>
  signAgreement(version: number, signerEmail: string): Promise<AgreementVersion>
  listAgreements(): Promise<readonly AgreementVersion[]>
  getAgreement(version: number): Promise<AgreementVersion>
  addUser(input: {
    readonly email: string
    readonly name: string
    readonly role: string
  }): Promise<User>
  listUsers(): Promise<readonly User[]>
  /** Intake for a batch of leads, in order, one outcome each. */
  ingestLeads(leads: readonly LeadInput[], channel: string): Promise<readonly IngestOutcome[]>
  /** Imports a batch of accounts, events, spend, products, roster members or deals; one outcome each. */
  importBatch(batch: ImportBatch): Promise<readonly RowOutcome[]>
  /** The duplicate review queue, oldest first. */
  listDuplicates(page: PageRequest): Promise<Page<DuplicatePair>>
  /** Merges two people; the older survives. */
  mergeDuplicates(personId: string, intoPersonId: string): Promise<MergeResult>
  dismissDuplicate(candidateId: string): Promise<DuplicateCandidate>
  /** Undoes the merge of a person (admin only). */
  unmergePerson(personId: string): Promise<UnmergeResult>
  qualityReport(staleAfterMonths: number): Promise<QualityReport>
  funnelReport(request: PeriodRequest): Promise<FunnelReport>
  velocityReport(request: VelocityRequest): Promise<VelocityReport>
  pipelineReport(request: PipelineRequest): Promise<PipelineReport>
  costReport(request: PeriodRequest): Promise<CostReport>
  dispositionReport(request: PeriodRequest): Promise<DispositionReport>
  /** Remembers an import's counts for the data-quality report. */
  /** Refreshes planner statistics while a long import grows the tables (a no-op over the API). */
  refreshStatistics(): Promise<void>
  recordImportRun(run: ImportRunRecord): Promise<void>
  /** Score models, explanations and rebuilds. */
  readonly scoring: ScoringBackend
  /** Customer, attribution, leak, segment and activity reports, market sizes and segments. */
  readonly analytics: AnalyticsBackend
  /** Tracking: site key and origins, account IP ranges, timelines. */
  readonly tracking: TrackingBackend
  /** Predictive models: train on outcomes, register, promote, roll back; look-alikes. */
  readonly predictive: PredictiveBackend
  /** Users, API keys and privacy requests. */
  readonly access: AccessBackend
  /** Plans (reverse funnel, tracking, what-if) and experiments. */
  readonly planning: PlanningBackend
  /** Routing, the closed loop, nurture and the work queue. */
  readonly handoff: HandoffBackend
  close(): Promise<void>
}
