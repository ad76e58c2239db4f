import { sql, type Kysely, type Selectable } from 'kysely'
import type { NewPerson, PersonStore } from '../app/ports.ts'
import type { Person, PersonFields } from '../core/records/index.ts'
import type { AccountId, PersonId, UserId, WorkspaceId } from '../core/shared/index.ts'
import { afterCursor, toLimit, toPage } from './page-cursor.ts'
import type { Database, PersonTable } from './schema.ts'
import { translating } from './store-error.ts'

/** Maps a stored person row to the domain record. */
export function toPerson(row: Selectable<PersonTable>): Person {
  return {
    id: row.id as PersonId,
    email: row.email,
    emailNormalized: row.email_normalized,
    firstName: row.first_name,
    lastName: row.last_name,
    title: row.title,
    phone: row.phone,
    companyName: row.company_name,
    country: row.country,
    accountId: row.account_id as AccountId | null,
    ownerId: row.owner_id as UserId | null,
    source: row.source,
    stage: row.stage,
    doNotContact: row.do_not_contact,
    mergedInto: row.merged_into as PersonId | null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toColumns(fields: PersonFields & { readonly emailNormalized?: string | null }) {
  return {
    email: fields.email,
    email_normalized: fields.emailNormalized,
    first_name: fields.firstName,
    last_name: fields.lastName,
    title: fields.title,
    phone: fields.phone,
    company_name: fields.companyName,
    country: fields.country,
    account_id: fields.accountId,
    owner_id: fields.ownerId,
    source: fields.source,
    do_not_contact: fields.doNotContact,
  }
}

/** People of one workspace; every statement is filtered by `workspaceId`. */
export function personStore(db: Kysely<Database>, workspaceId: WorkspaceId): PersonStore {
  const mine = () => db.selectFrom('person').selectAll().where('workspace_id', '=', workspaceId)
  return {
    insert: (person: NewPerson) =>
      translating(async () => {
        const values = { ...toColumns(person), stage: person.stage, workspace_id: workspaceId }
        return toPerson(
          await db.insertInto('person').values(values).returningAll().executeTakeFirstOrThrow(),
        )
      }),
    async find(id, options = {}) {
      const query = mine().where('id', '=', id)
      const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
      return row && toPerson(row)
    },
    async findByEmail(emailNormalized) {
      const row = await mine().where('email_normalized', '=', emailNormalized).executeTakeFirst()
      return row && toPerson(row)
    },
    async list(page, filter = {}) {
      const limit = toLimit(page)
      // A merged record lives on as history of its survivor, not as a person of its own.
      let query = mine()
        .where('merged_into', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit + 1)
      if (filter.stage !== undefined) query = query.where('stage', '=', filter.stage)
      if (page.cursor !== undefined) query = query.where(afterCursor(page.cursor))
      const rows = await query.execute()
      return toPage(rows, limit, toPerson, (row) => ({ at: row.created_at, id: row.id }))
    },
    update: (id, fields) =>
      translating(async () => {
        const row = await db
          .updateTable('person')
          .set({ ...toColumns(fields), updated_at: sql<Date>`now()` })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst()
        return row && toPerson(row)
      }),
    async setStage(id, stage) {
      await db
        .updateTable('person')
        .set({ stage, updated_at: sql<Date>`now()` })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute()
    },
    async count() {
      const row = await db
        .selectFrom('person')
        .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
        .where('workspace_id', '=', workspaceId)
        .where('merged_into', 'is', null)
        .executeTakeFirstOrThrow()
      return row.n
    },
  }
}
