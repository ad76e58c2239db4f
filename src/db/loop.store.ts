import { sql, type Kysely, type Selectable } from 'kysely'
import type {
  LeadReview,
  LoopStore,
  Meeting,
  MeetingStatus,
  ReviewResolution,
} from '../app/handoff/handoff-ports.ts'
import type { PersonId, UserId, WorkspaceId } from '../core/shared/index.ts'
import { afterCursor, toLimit, toPage } from './page-cursor.ts'
import type { Database, LeadReviewTable, MeetingTable } from './schema.ts'

function toReview(row: Selectable<LeadReviewTable>): LeadReview {
  return {
    id: row.id,
    personId: row.person_id as PersonId,
    kind: row.kind as LeadReview['kind'],
    fromStage: row.from_stage,
    toStage: row.to_stage,
    reasonCode: row.reason_code,
    note: row.note,
    requestedBy: row.requested_by,
    status: row.status as LeadReview['status'],
    resolution: row.resolution as ReviewResolution | null,
    resolutionNote: row.resolution_note,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
  }
}

function toMeeting(row: Selectable<MeetingTable>): Meeting {
  return {
    id: row.id,
    personId: row.person_id as PersonId,
    ownerId: row.owner_id as UserId | null,
    scheduledAt: row.scheduled_at,
    status: row.status as MeetingStatus,
    note: row.note,
    bookedBy: row.booked_by,
  }
}

/** Reviews, meetings and referral links of one workspace. */
export function loopStore(db: Kysely<Database>, workspaceId: WorkspaceId): LoopStore {
  const reviews = () =>
    db.selectFrom('lead_review').selectAll().where('workspace_id', '=', workspaceId)
  const meetings = () =>
    db.selectFrom('meeting').selectAll().where('workspace_id', '=', workspaceId)
  return {
    async insertReview(review) {
      const row = await db
        .insertInto('lead_review')
        .values({
          workspace_id: workspaceId,
          person_id: review.personId,
          kind: review.kind,
          from_stage: review.fromStage,
          to_stage: review.toStage,
          reason_code: review.reasonCode,
          note: review.note,
          requested_by: review.requestedBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toReview(row)
    },
    async findReview(id, options = {}) {
      const query = reviews().where('id', '=', id)
      const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
      return row && toReview(row)
    },
    async listOpenReviews(page) {
      const limit = toLimit(page)
      let query = reviews()
        .where('status', '=', 'open')
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit + 1)
      if (page.cursor !== undefined) query = query.where(afterCursor(page.cursor))
      const rows = await query.execute()
      return toPage(rows, limit, toReview, (row) => ({ at: row.created_at, id: row.id }))
    },
    async resolveReview(id, { resolution, note, by, at }) {
      const row = await db
        .updateTable('lead_review')
        .set({
          status: 'resolved',
          resolution,
          resolution_note: note,
          resolved_by: by,
          resolved_at: at,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow()
      return toReview(row)
    },
    async insertMeeting(meeting) {
      const row = await db
        .insertInto('meeting')
        .values({
          workspace_id: workspaceId,
          person_id: meeting.personId,
          owner_id: meeting.ownerId,
          scheduled_at: meeting.scheduledAt,
          note: meeting.note,
          booked_by: meeting.bookedBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toMeeting(row)
    },
    async findMeeting(id, options = {}) {
      const query = meetings().where('id', '=', id)
      const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
      return row && toMeeting(row)
    },
    async setMeetingStatus(id, status, at) {
      const row = await db
        .updateTable('meeting')
        .set({ status, updated_at: at })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow()
      return toMeeting(row)
    },
    async hasMeeting(personId) {
      const row = await meetings()
        .where('person_id', '=', personId)
        .where('status', 'in', ['booked', 'held'])
        .executeTakeFirst()
      return row !== undefined
    },
    async linkReferral(personId, referredBy, originalSource) {
      await db
        .updateTable('person')
        .set({ referred_by: referredBy, original_source: originalSource })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', personId)
        .execute()
    },
    async findReferral(personId) {
      const row = await db
        .selectFrom('person')
        .select(['referred_by', 'original_source'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', personId)
        .executeTakeFirst()
      return (
        row && {
          referredBy: row.referred_by as PersonId | null,
          originalSource: row.original_source,
        }
      )
    },
    async findLastOwner(personId, team) {
      const { rows } = await sql<{ user_id: string }>`SELECT user_id FROM assignment
        WHERE workspace_id = ${workspaceId} AND person_id = ${personId} AND team = ${team}
        ORDER BY assigned_at DESC, id DESC LIMIT 1`.execute(db)
      return rows[0]?.user_id as UserId | undefined
    },
  }
}
