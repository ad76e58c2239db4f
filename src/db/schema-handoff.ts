import type { Generated, GeneratedAlways } from 'kysely'
import type { Timestamp, TimestampDefault, CreatedAt, Owned, Keyed } from './schema-columns.ts'

// Hand-off: routing pools and turns, assignments, holds, reviews, meetings and follow-ups.
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
