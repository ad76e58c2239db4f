import { sql, type Kysely, type Selectable } from 'kysely'
import type { SegmentMember, SegmentQuery, SegmentStore } from '../app/segments/segment-ports.ts'
import type { Segment, SegmentFilter, SegmentSubject } from '../core/segments/index.ts'
import { isUuid, type WorkspaceId } from '../core/shared/index.ts'
import { fromCursor, toLimit, toPage } from './page-cursor.ts'
import type { Database, SegmentTable } from './schema.ts'
import { segmentFilterSql } from './segment-filter-sql.ts'
import { translating } from './store-error.ts'

function toSegment(row: Selectable<SegmentTable>): Segment {
  return {
    id: row.id,
    name: row.name,
    subject: row.subject as SegmentSubject,
    description: row.description,
    filter: row.definition as SegmentFilter,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }
}

type MemberRow = {
  id: string
  name: string | null
  email: string | null
  company: string | null
  stage: string | null
  score: string | number | null
  created_at: Date
}

const toMember = (row: MemberRow): SegmentMember => ({
  id: row.id,
  name: row.name,
  email: row.email,
  company: row.company,
  stage: row.stage,
  score: row.score === null ? null : Number(row.score),
  createdAt: row.created_at,
})

// A merged record lives on as history of its survivor, not as a member of its own.
function membersFrom(workspaceId: WorkspaceId, query: SegmentQuery) {
  const where = segmentFilterSql(query.filter, query.subject, query.now)
  if (query.subject === 'account') {
    return {
      select: sql`a.id, a.name, NULL::text AS email, a.domain AS company, a.stage, a.score, a.created_at`,
      from: sql`account a WHERE a.workspace_id = ${workspaceId} AND a.merged_into IS NULL AND ${where}`,
      alias: sql`a`,
    }
  }
  return {
    select: sql`p.id,
      coalesce(nullif(trim(concat_ws(' ', p.first_name, p.last_name)), ''), p.email) AS name,
      p.email, coalesce(p.company_name, a.name) AS company, p.stage, p.score, p.created_at`,
    from: sql`person p LEFT JOIN account a ON a.workspace_id = p.workspace_id AND a.id = p.account_id
      WHERE p.workspace_id = ${workspaceId} AND p.merged_into IS NULL AND ${where}`,
    alias: sql`p`,
  }
}

/** Saved segments of one workspace, and their members evaluated on every read. */
export function segmentStore(db: Kysely<Database>, workspaceId: WorkspaceId): SegmentStore {
  const mine = () => db.selectFrom('segment').selectAll().where('workspace_id', '=', workspaceId)
  return {
    insert: (segment) =>
      translating(async () => {
        const row = await db
          .insertInto('segment')
          .values({
            workspace_id: workspaceId,
            name: segment.name,
            subject: segment.subject,
            description: segment.description,
            definition: JSON.stringify(segment.filter),
            created_by: segment.createdBy,
          })
          .returningAll()
          .executeTakeFirstOrThrow()
        return toSegment(row)
      }),
    async find(id) {
      if (!isUuid(id)) return undefined
      const row = await mine().where('id', '=', id).executeTakeFirst()
      return row && toSegment(row)
    },
    async findByName(name) {
      const row = await mine().where('name', '=', name).executeTakeFirst()
      return row && toSegment(row)
    },
    async list() {
      return (await mine().orderBy('name').execute()).map(toSegment)
    },
    async members(query, page) {
      const limit = toLimit(page)
      const { select, from, alias } = membersFrom(workspaceId, query)
      const after = page.cursor === undefined ? undefined : fromCursor(page.cursor)
      const { rows } = await sql<MemberRow>`
        SELECT ${select} FROM ${from}
        ${after === undefined ? sql`` : sql`AND (${alias}.created_at, ${alias}.id) > (${after.at}, ${after.id}::uuid)`}
        ORDER BY ${alias}.created_at, ${alias}.id LIMIT ${limit + 1}`.execute(db)
      return toPage(rows, limit, toMember, (row) => ({ at: row.created_at, id: row.id }))
    },
    async count(query) {
      const { from } = membersFrom(workspaceId, query)
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${from}`.execute(db)
      return rows[0]?.n ?? 0
    },
  }
}
