import type {
  ScoreModelTable,
  SegmentTable,
  NurtureProgramTable,
  EnrollmentTable,
  PlanTable,
  ExperimentTable,
  OutboxTable,
  AuditLogTable,
  IdempotencyKeyTable,
  ImportRunTable,
  DuplicateCandidateTable,
  ProductTable,
  WebhookTable,
} from './schema-operations.ts'
import type { Generated, GeneratedAlways } from 'kysely'
import type {
  Timestamp,
  TimestampDefault,
  CreatedAt,
  Json,
  JsonDefault,
  Big,
  BigDefault,
  Num,
  NumDefault,
  Day,
  Owned,
  Keyed,
} from './schema-columns.ts'
import type {
  RoutingPoolMemberTable,
  RoutingCursorTable,
  AssignmentTable,
  HandoffHoldTable,
  LeadReviewTable,
  MeetingTable,
  FollowUpTaskTable,
} from './schema-handoff.ts'
import type {
  MarketSizeTable,
  TrackingSiteTable,
  TrackingOriginTable,
  VisitorTable,
  AccountIpRangeTable,
  ExperimentAssignmentTable,
  SuppressedEmailTable,
} from './schema-tracking.ts'

// Row types of the tables in migrations/, as Kysely sees them (snake_case; mapping to domain is in *.store.ts).
export type * from './schema-handoff.ts'
export type * from './schema-tracking.ts'
export type * from './schema-operations.ts'

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
  score_state: string | null
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
