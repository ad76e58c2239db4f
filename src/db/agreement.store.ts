import { sql, type Kysely, type Selectable } from 'kysely'
import type { AgreementStore } from '../app/ports.ts'
import type {
  Agreement,
  AgreementStatus,
  AgreementVersion,
  Signature,
} from '../core/agreement/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { AgreementVersionTable, Database } from './schema.ts'

type StoredSignature = Omit<Signature, 'signedAt'> & { readonly signedAt: string }

function toVersion(row: Selectable<AgreementVersionTable>): AgreementVersion {
  const signatures = row.signatures as StoredSignature[]
  return {
    version: row.version,
    status: row.status as AgreementStatus,
    document: row.document as Agreement,
    signatures: signatures.map((s) => ({ ...s, signedAt: new Date(s.signedAt) })),
    effectiveFrom: row.effective_from,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }
}

// The version in force from `fromMs` until `untilMs` (exclusive; the next signed version's date).
type InForce = {
  readonly version: AgreementVersion | undefined
  readonly fromMs: number
  readonly untilMs: number
}

// The span query's row: the version in force (all its columns NULL when none is) and the next date.
type SpanRow = (Selectable<AgreementVersionTable> | { readonly version: null }) & {
  readonly next_from: Date | null
}

/**
 * Agreement versions of one workspace; documents and signatures are stored as JSON. With
 * `inTransaction`, the version found in force is kept with the span it is in force for, so later
 * reads for an instant in that span (a scored event batch reads it for its clocks and for its
 * thresholds) cost no query. Only a transaction may keep it (a store outside one would miss another
 * connection signing a version), and only until it writes a version: a write inside a savepoint
 * that rolls back must not leave a kept answer behind.
 */
export function agreementStore(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  inTransaction = false,
): AgreementStore {
  let kept: InForce | undefined
  let wrote = false
  const forget = () => {
    kept = undefined
    wrote = true
  }
  const mine = () =>
    db.selectFrom('agreement_version').selectAll().where('workspace_id', '=', workspaceId)
  const updating = (version: number) =>
    db
      .updateTable('agreement_version')
      .where('workspace_id', '=', workspaceId)
      .where('version', '=', version)
  return {
    async insertDraft(draft) {
      forget()
      // Version numbers come from the table under a workspace-scoped advisory lock, so concurrent
      // drafts get consecutive numbers instead of colliding on the unique key.
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`agreement:${workspaceId}`}))`.execute(db)
      const row = await db
        .insertInto('agreement_version')
        .values({
          workspace_id: workspaceId,
          version: sql<number>`(SELECT coalesce(max(version), 0) + 1 FROM agreement_version WHERE workspace_id = ${workspaceId})`,
          status: 'draft',
          document: JSON.stringify(draft.document),
          created_by: draft.createdBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toVersion(row)
    },
    async find(version, options = {}) {
      const query = mine().where('version', '=', version)
      const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
      return row && toVersion(row)
    },
    async list() {
      return (await mine().orderBy('version').execute()).map(toVersion)
    },
    async findInForce(at) {
      const atMs = at.getTime()
      if (kept !== undefined && kept.fromMs <= atMs && atMs < kept.untilMs) return kept.version
      if (!inTransaction || wrote) {
        const row = await mine()
          .where('status', '=', 'signed')
          .where('effective_from', '<=', at)
          .orderBy('effective_from', 'desc')
          .orderBy('version', 'desc')
          .limit(1)
          .executeTakeFirst()
        return row && toVersion(row)
      }
      // To keep it: one row even when none is in force, with the date the next signed version
      // takes over (a store that keeps nothing reads the version alone, ~0.36 vs ~0.51 ms embedded).
      const { rows } = await sql<SpanRow>`
        SELECT v.*, (SELECT min(n.effective_from) FROM agreement_version n
            WHERE n.workspace_id = ${workspaceId} AND n.status = 'signed'
              AND n.effective_from > ${at}) AS next_from
        FROM (VALUES (1)) AS one (x)
        LEFT JOIN LATERAL (SELECT * FROM agreement_version a
            WHERE a.workspace_id = ${workspaceId} AND a.status = 'signed'
              AND a.effective_from <= ${at}
            ORDER BY a.effective_from DESC, a.version DESC LIMIT 1) v ON true`.execute(db)
      const row = rows[0]
      if (row === undefined) return undefined
      const version = row.version === null ? undefined : toVersion(row)
      const fromMs = version?.effectiveFrom?.getTime() ?? -Infinity
      const untilMs = row.next_from === null ? Infinity : new Date(row.next_from).getTime()
      kept = { version, fromMs, untilMs }
      return version
    },
    async replaceDraft(version, document) {
      forget()
      await updating(version)
        .set({ document: JSON.stringify(document), signatures: '[]' })
        .where('status', '=', 'draft')
        .execute()
    },
    async saveSignatures(version, plan) {
      forget()
      await updating(version)
        .set({
          signatures: JSON.stringify(plan.signatures),
          status: plan.status,
          effective_from: plan.effectiveFrom,
        })
        .where('status', '=', 'draft')
        .execute()
    },
  }
}
