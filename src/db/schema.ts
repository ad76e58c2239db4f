import type { ColumnType, Generated, GeneratedAlways } from 'kysely'

// Row types of the tables in migrations/, as Kysely sees them (snake_case; mapping to domain is in *.store.ts).
// Column types with a database default are optional on insert; Generated<> is kept for plain types.
type Timestamp = ColumnType<Date, Date | string, Date | string>
type TimestampDefault = ColumnType<Date, Date | string | undefined, Date | string>
type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Json = ColumnType<unknown, string, string>
type JsonDefault = ColumnType<unknown, string | undefined, string>
type Big = ColumnType<string | number, number | bigint | string, number | bigint | string>
type BigDefault = ColumnType<
  string | number,
  number | bigint | string | undefined,
  number | bigint | string
>
type Num = ColumnType<string | number, number | string, number | string>
type NumDefault = ColumnType<string | number, number | string | undefined, number | string>
type Day = ColumnType<string | Date, string, string>

type Owned = { workspace_id: string }
type Keyed = Owned & { id: Generated<string> }

export type WorkspaceTable = {
  id: Generated<string>
  workspace_id: GeneratedAlways<string | number>
  slug: string
  name: string
  created_at: CreatedAt
}

export type TeamTable = Keyed & { name: string; calendar: Json | null; created_at: CreatedAt }

export type UserTable = Keyed & {
  email: string
  name: string
  role: string
  team_id: string | null
  manager_id: string | null
  capacity_per_day: number | null
  capacity_per_30_days: number | null
  calendar: Json | null
  out_of_office: JsonDefault
  active: Generated<boolean>
  created_at: CreatedAt
}

export type ApiKeyTable = Keyed & {
  prefix: string
  secret_hash: string
  name: string
  role: string
  user_id: string | null
  created_at: CreatedAt
  last_used_at: Timestamp | null
  revoked_at: Timestamp | null
}

export type AgreementVersionTable = Keyed & {
  version: number
  status: string
  document: Json
  signatures: JsonDefault
  effective_from: Timestamp | null
  created_by: string
  created_at: CreatedAt
}

export type AccountTable = Keyed & {
  name: string
  domain: string | null
  industry: string | null
  employee_count: number | null
  annual_revenue_cents: Big | null
  country: string | null
  region: string | null
  owner_id: string | null
  stage: Generated<string>
  merged_into: string | null
  name_key: string | null
  external_id: string | null
  parent_id: string | null
  properties: JsonDefault
  created_at: CreatedAt
  updated_at: TimestampDefault
  score: Num | null
  scored_at: Timestamp | null
}

export type PersonTable = Keyed & {
  email: string | null
  email_normalized: string | null
  first_name: string | null
  last_name: string | null
  title: string | null
  phone: string | null
  company_name: string | null
  country: string | null
  account_id: string | null
  owner_id: string | null
  source: string | null
  stage: Generated<string>
  fit_score: NumDefault
  engagement_score: NumDefault
  intent_score: NumDefault
  scored_at: Timestamp | null
  score: Num | null
  score_band: string | null
  score_model_version: number | null
  do_not_contact: Generated<boolean>
  consent: JsonDefault
  merged_into: string | null
  external_id: string | null
  flags: JsonDefault
  quality_issues: JsonDefault
  properties: JsonDefault
  referred_by: string | null
  original_source: string | null
  created_at: CreatedAt
  updated_at: TimestampDefault
}

export type OpportunityTable = Keyed & {
  name: string
  account_id: string | null
  primary_person_id: string | null
  owner_id: string | null
  amount_cents: BigDefault
  currency: Generated<string>
  stage: string
  probability_pct: Num | null
  status: Generated<string>
  horizon: string | null
  source: string | null
  expected_close_on: Day | null
  closed_at: Timestamp | null
  close_reason: string | null
  last_activity_at: Timestamp | null
  external_id: string | null
  product: string | null
  properties: JsonDefault
  created_at: CreatedAt
  updated_at: TimestampDefault
}

export type ActivityTable = Owned & {
  id: GeneratedAlways<string | number>
  person_id: string | null
  account_id: string | null
  visitor_id: string | null
  type: string
  occurred_at: Timestamp
  recorded_at: CreatedAt
  source: string | null
  properties: JsonDefault
  idempotency_key: string | null
}

export type StageEventTable = Owned & {
  id: GeneratedAlways<string | number>
  subject_type: string
  person_id: string | null
  account_id: string | null
  opportunity_id: string | null
  from_stage: string | null
  to_stage: string
  occurred_at: Timestamp
  recorded_at: CreatedAt
  actor: string
  reason_code: string | null
  note: string | null
  agreement_version: number | null
}

export type SlaClockTable = Keyed & {
  kind: string
  person_id: string | null
  opportunity_id: string | null
  owner_id: string | null
  priority: string | null
  started_at: Timestamp
  due_at: Timestamp
  stopped_at: Timestamp | null
  outcome: string | null
  escalation_level: Generated<number>
  next_check_at: Timestamp | null
  agreement_version: number | null
  created_at: CreatedAt
}

export type SpendTable = Keyed & {
  channel: string
  period_start: Day
  period_end: Day
  amount_cents: Big
  currency: Generated<string>
  note: string | null
  created_at: CreatedAt
}

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

export type RoutingPoolMemberTable = Owned & {
  pool: string
  user_id: string
  weight: Generated<number>
  created_at: CreatedAt
}

export type RoutingCursorTable = Owned & {
  pool: string
  last_user_id: string
  updated_at: TimestampDefault
}

export type AssignmentTable = Owned & {
  id: GeneratedAlways<string | number>
  person_id: string
  user_id: string
  team: string
  pool: string | null
  rule: string
  reason: string
  assigned_at: Timestamp
  actor: string
}

export type HandoffHoldTable = Owned & {
  person_id: string
  team: string
  reason: string
  held_at: Timestamp
}

export type LeadReviewTable = Keyed & {
  person_id: string
  kind: string
  from_stage: string
  to_stage: string
  reason_code: string | null
  note: string | null
  requested_by: string
  status: Generated<string>
  resolution: string | null
  resolution_note: string | null
  resolved_by: string | null
  resolved_at: Timestamp | null
  created_at: CreatedAt
}

export type MeetingTable = Keyed & {
  person_id: string
  owner_id: string | null
  scheduled_at: Timestamp
  status: Generated<string>
  note: string | null
  booked_by: string
  created_at: CreatedAt
  updated_at: TimestampDefault
}

export type FollowUpTaskTable = Keyed & {
  person_id: string
  owner_id: string
  cadence: string
  step: number
  channel: string
  due_at: Timestamp
  done_at: Timestamp | null
  cancelled_at: Timestamp | null
  created_at: CreatedAt
}

export type MarketSizeTable = Keyed & {
  period_start: Day
  period_end: Day
  amount_cents: Big
  currency: Generated<string>
  note: string | null
  created_at: CreatedAt
  updated_at: TimestampDefault
}

export type TrackingSiteTable = Owned & { site_key: string; created_at: CreatedAt }

export type TrackingOriginTable = Owned & { origin: string; created_at: CreatedAt }

export type VisitorTable = Owned & {
  visitor_id: string
  person_id: string | null
  account_id: string | null
  first_seen_at: Timestamp
  last_seen_at: Timestamp
  identified_at: Timestamp | null
}

export type AccountIpRangeTable = Owned & {
  cidr: string
  account_id: string
  created_at: CreatedAt
}

export type ExperimentAssignmentTable = Owned & {
  experiment_id: string
  person_id: string
  arm: string
  bucket: number
  assigned_at: Timestamp
}

export type SuppressedEmailTable = Owned & {
  email_hash: string
  reason: string
  created_at: CreatedAt
}

export type Database = {
  workspace: WorkspaceTable
  team: TeamTable
  user: UserTable
  api_key: ApiKeyTable
  agreement_version: AgreementVersionTable
  account: AccountTable
  person: PersonTable
  opportunity: OpportunityTable
  activity: ActivityTable
  stage_event: StageEventTable
  sla_clock: SlaClockTable
  spend: SpendTable
  score_model: ScoreModelTable
  segment: SegmentTable
  nurture_program: NurtureProgramTable
  enrollment: EnrollmentTable
  plan: PlanTable
  experiment: ExperimentTable
  outbox: OutboxTable
  audit_log: AuditLogTable
  idempotency_key: IdempotencyKeyTable
  import_run: ImportRunTable
  product: ProductTable
  duplicate_candidate: DuplicateCandidateTable
  webhook: WebhookTable
  routing_pool_member: RoutingPoolMemberTable
  routing_cursor: RoutingCursorTable
  assignment: AssignmentTable
  handoff_hold: HandoffHoldTable
  lead_review: LeadReviewTable
  meeting: MeetingTable
  follow_up_task: FollowUpTaskTable
  market_size: MarketSizeTable
  tracking_site: TrackingSiteTable
  tracking_origin: TrackingOriginTable
  visitor: VisitorTable
  account_ip_range: AccountIpRangeTable
  experiment_assignment: ExperimentAssignmentTable
  suppressed_email: SuppressedEmailTable
}
