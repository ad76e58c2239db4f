import type { Kysely, Selectable } from 'kysely'
import type { StageEventStore } from '../app/ports.ts'
import type { StageEvent, StageEventDraft, StageSubject } from '../core/funnel/index.ts'
import type { AccountId, OpportunityId, PersonId, WorkspaceId } from '../core/shared/index.ts'
import { AppError } from '../core/shared/index.ts'
import { toLimit } from './page-cursor.ts'
import type { Database, StageEventTable } from './schema.ts'
import { translating } from './store-error.ts'
import { unnestRows } from './unnest-rows.ts'

function toSubject(row: Selectable<StageEventTable>): StageSubject {
  if (row.person_id !== null) return { type: 'person', id: row.person_id as PersonId }
  if (row.account_id !== null) return { type: 'account', id: row.account_id as AccountId }
  return { type: 'opportunity', id: row.opportunity_id as OpportunityId }
}

function toStageEvent(row: Selectable<StageEventTable>): StageEvent {
  return {
    id: String(row.id),
    subject: toSubject(row),
    fromStage: row.from_stage,
    toStage: row.to_stage,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    actor: row.actor,
    reasonCode: row.reason_code,
    note: row.note,
    agreementVersion: row.agreement_version,
  }
}

const subjectColumn = {
  person: 'person_id',
  account: 'account_id',
  opportunity: 'opportunity_id',
} as const

// The log pages by its identity column: ids only grow, so "after id N" is the recording order.
function toEventCursor(cursor: string): string {
  if (!/^\d{1,19}$/.test(cursor)) {
    throw new AppError(
      'request.invalid',
      'The cursor is not one Baton returned; pass `nextCursor` as it is.',
      {
        details: { field: 'cursor' },
      },
    )
  }
  return cursor
}

const eventTypes = {
  workspace_id: 'uuid',
  subject_type: 'text',
  person_id: 'uuid',
  account_id: 'uuid',
  opportunity_id: 'uuid',
  from_stage: 'text',
  to_stage: 'text',
  occurred_at: 'timestamptz',
  actor: 'text',
  reason_code: 'text',
  note: 'text',
  agreement_version: 'integer',
} as const

/** The append-only stage history of one workspace. */
export function stageEventStore(db: Kysely<Database>, workspaceId: WorkspaceId): StageEventStore {
  const toRow = (event: StageEventDraft) => ({
    workspace_id: workspaceId,
    subject_type: event.subject.type,
    [subjectColumn[event.subject.type]]: event.subject.id,
    from_stage: event.fromStage,
    to_stage: event.toStage,
    occurred_at: event.occurredAt,
    actor: event.actor,
    reason_code: event.reasonCode,
    note: event.note,
    agreement_version: event.agreementVersion,
  })
  return {
    append: (event) =>
      translating(async () => {
        const row = await db
          .insertInto('stage_event')
          .values(toRow(event))
          .returningAll()
          .executeTakeFirstOrThrow()
        return toStageEvent(row)
      }),
    appendMany: (events) =>
      translating(async () => {
        if (events.length === 0) return
        // One statement for the lot; ids follow the order given, as the log's order requires.
        const { columns, select } = unnestRows(
          eventTypes,
          events.map((event) => ({
            person_id: null,
            account_id: null,
            opportunity_id: null,
            ...toRow(event),
          })),
        )
        await db.insertInto('stage_event').columns(columns).expression(select).execute()
      }),
    async list(page, filter = {}) {
      const limit = toLimit(page)
      let query = db
        .selectFrom('stage_event')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .limit(limit + 1)
      if (filter.subject)
        query = query.where(subjectColumn[filter.subject.type], '=', filter.subject.id)
      if (filter.subjectType) query = query.where('subject_type', '=', filter.subjectType)
      if (filter.toStage !== undefined) query = query.where('to_stage', '=', filter.toStage)
      if (page.cursor !== undefined) query = query.where('id', '>', toEventCursor(page.cursor))
      const rows = await query.execute()
      const items = rows.slice(0, limit).map(toStageEvent)
      const last = items.at(-1)
      return rows.length > limit && last ? { items, nextCursor: last.id } : { items }
    },
  }
}
