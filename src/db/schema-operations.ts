import type { ColumnType, Generated, GeneratedAlways } from 'kysely'
import type {
  Timestamp,
  TimestampDefault,
  CreatedAt,
  Json,
  JsonDefault,
  Big,
  Day,
  Owned,
  Keyed,
} from './schema-columns.ts'

// Scoring models, segments, nurture, plans and experiments, delivery, audit, idempotency, imports,
// duplicates, products and webhooks.
export type ScoreModelTable = Keyed & {
  name: string
  kind: string
  version: number
  status: Generated<string>
  document: Json
  metrics: Json | null
  trained_at: Timestamp | null
  created_by: Generated<string>
  published_at: Timestamp | null
  created_at: CreatedAt
  replaces_version: number | null
}

export type SegmentTable = Keyed & {
  name: string
  definition: Json
  created_at: CreatedAt
  subject: Generated<string>
  description: string | null
  created_by: string | null
}

export type NurtureProgramTable = Keyed & {
  name: string
  touch_months: Generated<number[]>
  definition: JsonDefault
  active: Generated<boolean>
  created_at: CreatedAt
}

export type EnrollmentTable = Keyed & {
  program_id: string
  person_id: string
  status: Generated<string>
  step: Generated<number>
  enrolled_at: Timestamp
  next_touch_at: Timestamp | null
  ended_at: Timestamp | null
  reason: string | null
}

export type PlanTable = Keyed & {
  name: string
  period_start: Day
  period_end: Day
  assumptions: Json
  result: Json | null
  created_by: string
  created_at: CreatedAt
  document: JsonDefault
}

export type ExperimentTable = Keyed & {
  name: string
  design: Json
  status: Generated<string>
  started_at: Timestamp | null
  stopped_at: Timestamp | null
  created_at: CreatedAt
  created_by: Generated<string>
}

export type OutboxTable = Owned & {
  id: GeneratedAlways<string | number>
  topic: string
  target: string
  payload: Json
  status: Generated<string>
  attempts: Generated<number>
  next_attempt_at: TimestampDefault
  last_error: string | null
  dedupe_key: string | null
  created_at: CreatedAt
  delivered_at: Timestamp | null
  delivered_to: JsonDefault
}

export type AuditLogTable = Owned & {
  id: GeneratedAlways<string | number>
  at: TimestampDefault
  actor: string
  action: string
  subject_type: string
  subject_id: string | null
  details: JsonDefault
}

export type IdempotencyKeyTable = Owned & {
  key: string
  method: string
  path: string
  request_hash: string
  status: number | null
  response: Json | null
  created_at: CreatedAt
  completed_at: Timestamp | null
}

export type ImportRunTable = Keyed & {
  entity: string
  source_name: string
  mapping: string
  dry_run: Generated<boolean>
  counts: JsonDefault
  rejected_by_reason: JsonDefault
  started_at: CreatedAt
  finished_at: Timestamp | null
}

export type DuplicateCandidateTable = Keyed & {
  person_a_id: string
  person_b_id: string
  score: number
  tier: string
  evidence: JsonDefault
  status: Generated<string>
  decided_by: string | null
  decided_at: Timestamp | null
  created_at: CreatedAt
}

export type ProductTable = Keyed & {
  name: string
  product_key: string
  series: string | null
  list_price_cents: Big | null
  currency: Generated<string>
  properties: JsonDefault
  created_at: CreatedAt
  updated_at: TimestampDefault
}

export type WebhookTable = Keyed & {
  name: string
  url: string
  secret: string
  topics: ColumnType<string[], string[] | undefined, string[]>
  format: Generated<string>
  max_attempts: Generated<number>
  active: Generated<boolean>
  created_at: CreatedAt
}
