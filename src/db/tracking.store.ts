import { sql, type Kysely } from 'kysely'
import type {
  AccountIpRange,
  SiteDirectory,
  TrackingStore,
} from '../app/tracking/tracking-ports.ts'
import { AppError, type AccountId, type PersonId, type WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { trackingTimeline } from './tracking-timeline.ts'

type RangeRow = { cidr: string; account_id: string; created_at: Date }

const toRange = (row: RangeRow): AccountIpRange => ({
  cidr: row.cidr,
  accountId: row.account_id as AccountId,
  createdAt: row.created_at,
})

/** Finds workspaces by their public site key. */
export function siteDirectory(db: Kysely<Database>): SiteDirectory {
  return {
    async findWorkspace(siteKey) {
      const row = await db
        .selectFrom('tracking_site')
        .select('workspace_id')
        .where('site_key', '=', siteKey)
        .executeTakeFirst()
      return row?.workspace_id as WorkspaceId | undefined
    },
  }
}

async function addIpRange(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  accountId: AccountId,
  cidr: string,
): Promise<AccountIpRange> {
  const { rows } = await sql<RangeRow & { inserted: boolean }>`
    WITH added AS (
      INSERT INTO account_ip_range (workspace_id, cidr, account_id)
      VALUES (${workspaceId}, network(${cidr}::inet), ${accountId})
      ON CONFLICT (workspace_id, cidr) DO NOTHING
      RETURNING cidr::text, account_id, created_at, true AS inserted)
    SELECT * FROM added
    UNION ALL
    SELECT cidr::text, account_id, created_at, false FROM account_ip_range
    WHERE workspace_id = ${workspaceId} AND cidr = network(${cidr}::inet)
      AND NOT EXISTS (SELECT 1 FROM added)`.execute(db)
  const row = rows[0]
  if (row === undefined) throw new Error('An IP range insert returned no row.')
  if (row.account_id !== accountId)
    throw new AppError(
      'track.ip_range_taken',
      `The range ${row.cidr} is already recorded for account ${row.account_id} — fix: remove it there first (baton track ip-ranges remove ${row.cidr}).`,
      { details: { cidr: row.cidr, accountId: row.account_id } },
    )
  return toRange(row)
}

/** Tracking's reads and writes in one workspace: site key, origins, IP ranges, visitors. */
export function trackingStore(db: Kysely<Database>, workspaceId: WorkspaceId): TrackingStore {
  return {
    async findSiteKey() {
      const row = await db
        .selectFrom('tracking_site')
        .select('site_key')
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst()
      return row?.site_key
    },
    async saveSiteKey(siteKey) {
      await db
        .insertInto('tracking_site')
        .values({ workspace_id: workspaceId, site_key: siteKey })
        .onConflict((c) => c.column('workspace_id').doNothing())
        .execute()
      return (await this.findSiteKey()) ?? siteKey
    },
    async listOrigins() {
      const rows = await db
        .selectFrom('tracking_origin')
        .select('origin')
        .where('workspace_id', '=', workspaceId)
        .orderBy('origin')
        .execute()
      return rows.map((row) => row.origin)
    },
    async addOrigin(origin) {
      const rows = await db
        .insertInto('tracking_origin')
        .values({ workspace_id: workspaceId, origin })
        .onConflict((c) => c.columns(['workspace_id', 'origin']).doNothing())
        .returning('origin')
        .execute()
      return rows.length > 0
    },
    async removeOrigin(origin) {
      const result = await db
        .deleteFrom('tracking_origin')
        .where('workspace_id', '=', workspaceId)
        .where('origin', '=', origin)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },
    addIpRange: (accountId, cidr) => addIpRange(db, workspaceId, accountId, cidr),
    async listIpRanges(accountId) {
      const { rows } = await sql<RangeRow>`
        SELECT cidr::text, account_id, created_at FROM account_ip_range
        WHERE workspace_id = ${workspaceId}
          ${accountId === undefined ? sql`` : sql`AND account_id = ${accountId}`}
        ORDER BY cidr`.execute(db)
      return rows.map(toRange)
    },
    async removeIpRange(cidr) {
      const { rows } = await sql<{ cidr: string }>`
        DELETE FROM account_ip_range
        WHERE workspace_id = ${workspaceId} AND cidr = network(${cidr}::inet)
        RETURNING cidr::text`.execute(db)
      return rows.length > 0
    },
    async findVisitAccount({ ip, domain }) {
      if (ip === null && domain === null) return null
      const { rows } = await sql<{ account_id: string }>`
        SELECT account_id FROM (
          SELECT r.account_id, 0 AS rank, masklen(r.cidr) AS width FROM account_ip_range r
          WHERE ${ip === null} = false AND r.workspace_id = ${workspaceId}
            AND r.cidr >>= ${ip ?? '0.0.0.0'}::inet
          UNION ALL
          SELECT a.id, 1, 0 FROM account a
          WHERE a.workspace_id = ${workspaceId} AND a.domain = ${domain ?? ''}
            AND a.merged_into IS NULL) m
        ORDER BY rank, width DESC LIMIT 1`.execute(db)
      return (rows[0]?.account_id as AccountId | undefined) ?? null
    },
    async touchVisitor(visitorId, at, accountId) {
      // A person merged into another since the visit identified them hands it to the survivor.
      const { rows } = await sql<{ person_id: string | null }>`
        WITH v AS (
          INSERT INTO visitor (workspace_id, visitor_id, account_id, first_seen_at, last_seen_at)
          VALUES (${workspaceId}, ${visitorId}, ${accountId}, ${at.toISOString()}, ${at.toISOString()})
          ON CONFLICT (workspace_id, visitor_id) DO UPDATE SET
            last_seen_at = greatest(visitor.last_seen_at, excluded.last_seen_at),
            account_id = coalesce(excluded.account_id, visitor.account_id)
          RETURNING person_id)
        SELECT coalesce(p.merged_into, v.person_id) AS person_id
        FROM v LEFT JOIN person p ON p.workspace_id = ${workspaceId} AND p.id = v.person_id`.execute(
        db,
      )
      return (rows[0]?.person_id as PersonId | null | undefined) ?? null
    },
    async recordAnonymous(activity) {
      const rows = await db
        .insertInto('activity')
        .values({
          workspace_id: workspaceId,
          person_id: null,
          account_id: activity.accountId,
          visitor_id: activity.visitorId,
          type: activity.type,
          occurred_at: activity.occurredAt,
          source: 'tracking',
          properties: JSON.stringify(activity.properties),
          idempotency_key: activity.idempotencyKey,
        })
        .onConflict((c) =>
          c
            .columns(['workspace_id', 'idempotency_key'])
            .where('idempotency_key', 'is not', null)
            .doNothing(),
        )
        .returning('id')
        .execute()
      return rows.length > 0
    },
    async identify(identities, at) {
      const moved = new Map<PersonId, Set<string>>()
      if (identities.length === 0) return moved
      const last = new Map(identities.map((i) => [i.visitorId, i.personId]))
      const visitors = [...last.keys()]
      const people = [...last.values()]
      await sql`
        INSERT INTO visitor (workspace_id, visitor_id, person_id, first_seen_at, last_seen_at, identified_at)
        SELECT ${workspaceId}, v, p, ${at.toISOString()}, ${at.toISOString()}, ${at.toISOString()}
        FROM unnest(${visitors}::text[], ${people}::uuid[]) AS x(v, p)
        ON CONFLICT (workspace_id, visitor_id) DO UPDATE SET
          person_id = excluded.person_id, identified_at = excluded.identified_at`.execute(db)
      const { rows } = await sql<{ person_id: string; key: string | null }>`
        UPDATE activity a SET person_id = x.p
        FROM unnest(${visitors}::text[], ${people}::uuid[]) AS x(v, p)
        WHERE a.workspace_id = ${workspaceId} AND a.visitor_id = x.v AND a.person_id IS NULL
        RETURNING a.person_id, a.idempotency_key AS key`.execute(db)
      for (const row of rows) {
        const keys = moved.get(row.person_id as PersonId) ?? new Set<string>()
        if (row.key !== null) keys.add(row.key)
        moved.set(row.person_id as PersonId, keys)
      }
      return moved
    },
    timeline: (personId, limit) => trackingTimeline(db, workspaceId, personId, limit),
  }
}
