import type { Selectable } from 'kysely'
import type { ClockKind } from '../core/agreement/index.ts'
import type { ClockOutcome, SlaClock } from '../core/sla/index.ts'
import type { OpportunityId, PersonId, UserId } from '../core/shared/index.ts'
import type { SlaClockTable } from './schema.ts'

/** A stored clock row as the domain sees it. */
export function toSlaClock(row: Selectable<SlaClockTable>): SlaClock {
  return {
    id: row.id,
    kind: row.kind as ClockKind,
    personId: row.person_id as PersonId | null,
    opportunityId: row.opportunity_id as OpportunityId | null,
    ownerId: row.owner_id as UserId | null,
    priority: row.priority,
    startedAt: row.started_at,
    dueAt: row.due_at,
    stoppedAt: row.stopped_at,
    outcome: row.outcome as ClockOutcome | null,
    escalationLevel: row.escalation_level,
    nextCheckAt: row.next_check_at,
    agreementVersion: row.agreement_version,
  }
}
