// The wire shapes the dashboard reads, taken from the API's own schemas (types only: nothing of the
// server reaches the bundle).
import type { z } from '@hono/zod-openapi'
import type {
  AgreementDiffBody,
  AgreementValidationBody,
  AgreementVersionBody,
  AgreementVersionSummaryBody,
} from '../../../src/http/agreement.schema.ts'
import type { LeakReportBody } from '../../../src/http/analytics.schema.ts'
import type { CandidateViewBody } from '../../../src/http/duplicate.schema.ts'
import type {
  DispositionReportBody,
  FunnelReportBody,
  PipelineReportBody,
} from '../../../src/http/funnel.schema.ts'
import type {
  PlanBody,
  PlanSummaryBody,
  PlanTrackingBody,
  PlanWhatIfBody,
} from '../../../src/http/plan.schema.ts'
import type { OwnerHistoryBody } from '../../../src/http/owner-history.routes.ts'
import type { QueueBody } from '../../../src/http/queue.routes.ts'
import type { ClockBody } from '../../../src/http/sla.schema.ts'
import type { SlaReportBody } from '../../../src/http/sla-report.schema.ts'
import type { PersonBody } from '../../../src/http/person.schema.ts'
import type { ScoreExplanationBody, ScoreModelBody } from '../../../src/http/scoring.schema.ts'
import type { StageEventBody } from '../../../src/http/stage-event.schema.ts'

export type FunnelReport = z.infer<typeof FunnelReportBody>
export type DispositionReport = z.infer<typeof DispositionReportBody>
export type PipelineReport = z.infer<typeof PipelineReportBody>
export type AgreementVersion = z.infer<typeof AgreementVersionBody>
export type AgreementSummary = z.infer<typeof AgreementVersionSummaryBody>
export type AgreementDiff = z.infer<typeof AgreementDiffBody>
export type AgreementValidation = z.infer<typeof AgreementValidationBody>
export type Agreement = AgreementVersion['document']
export type Finding = AgreementValidation['errors'][number]
export type ScoreExplanation = z.infer<typeof ScoreExplanationBody>
export type ScoreModel = z.infer<typeof ScoreModelBody>
export type Person = z.infer<typeof PersonBody>
export type StageEvent = z.infer<typeof StageEventBody>
export type DuplicatePair = z.infer<typeof CandidateViewBody>

export type Role = 'admin' | 'marketing' | 'sdr' | 'sales' | 'viewer'
export type Me = { workspaceId: string; role: Role; actor: string }
export type Page<T> = { items: T[]; nextCursor?: string }
export type User = { id: string; email: string; name: string; role: Role; active: boolean }
export type Activity = {
  id: string
  type: string
  occurredAt: string
  url: string | null
  properties: Record<string, string>
}
export type ImportPreset = {
  name: string
  entity: string
  description: string | null
  delimiter: string | null
  skipRows: number
  columns: string[]
  target: { path: string; key: string }
}
export type MappedRows = {
  mapping: string
  entity: string
  target: { path: string; key: string }
  rows: { rowNumber: number; body?: Record<string, unknown>; reason?: string; message?: string }[]
}
export type ImportOutcome = {
  index: number
  kind: 'created' | 'updated' | 'merged' | 'rejected'
  reason?: string
  message?: string
  notes?: string[]
}

export type StoredPlan = PlanBody
export type PlanSummary = PlanSummaryBody
export type PlanTracking = PlanTrackingBody
export type PlanWhatIf = PlanWhatIfBody
export type Clock = z.infer<typeof ClockBody>
export type OwnerQueue = z.infer<typeof QueueBody>
export type QueueItem = OwnerQueue['items'][number]
export type OwnerSpell = z.infer<typeof OwnerHistoryBody>['items'][number]
export type LeakReport = z.infer<typeof LeakReportBody>
export type Leak = LeakReport['leaks'][number]
export type SlaReport = z.infer<typeof SlaReportBody>
