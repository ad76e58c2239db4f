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

/** Agreement versions of one workspace; documents and signatures are stored as JSON. */
export function agreementStore(db: Kysely<Database>, workspaceId: WorkspaceId): AgreementStore {
  const mine = () =>
    db.selectFrom('agreement_version').selectAll().where('workspace_id', '=', workspaceId)
  const updating = (version: number) =>
    db
      .updateTable('agreement_version')
      .where('workspace_id', '=', workspaceId)
      .where('version', '=', version)
  return {
    async insertDraft(draft) {
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
      const row = await mine()
        .where('status', '=', 'signed')
        .where('effective_from', '<=', at)
        .orderBy('effective_from', 'desc')
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst()
      return row && toVersion(row)
    },
    async replaceDraft(version, document) {
      await updating(version)
        .set({ document: JSON.stringify(document), signatures: '[]' })
        .where('status', '=', 'draft')
        .execute()
    },
    async saveSignatures(version, plan) {
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
