import type { Generated } from 'kysely'
import type {
  Timestamp,
  TimestampDefault,
  CreatedAt,
  Big,
  Day,
  Owned,
  Keyed,
} from './schema-columns.ts'

// Market sizes, site tracking, experiment arms and suppressed addresses.
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
