import { sql, type Kysely } from 'kysely'
import type { IntakeStore } from '../app/ports.ts'
import type { KnownAccount, KnownPerson } from '../core/intake/index.ts'
import type { AccountId, PersonId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { intakeBatchStore } from './intake-batch.store.ts'
import { translating } from './store-error.ts'

export const personColumns = [
  'id',
  'email',
  'first_name',
  'last_name',
  'title',
  'phone',
  'company_name',
  'country',
  'source',
  'account_id',
  'do_not_contact',
] as const

export type PersonRow = {
  [K in (typeof personColumns)[number]]: K extends 'do_not_contact' ? boolean : string | null
}

/** A person row as intake decides on it. */
export function toKnownPerson(row: PersonRow): KnownPerson {
  return {
    id: row.id as PersonId,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    title: row.title,
    phone: row.phone,
    companyName: row.company_name,
    country: row.country,
    source: row.source,
    accountId: row.account_id as AccountId | null,
    doNotContact: row.do_not_contact,
  }
}

/** An account row as intake matches on it. */
export function toKnownAccount(row: {
  id: string
  name: string
  name_key: string | null
  domain: string | null
}): KnownAccount {
  return { id: row.id as AccountId, name: row.name, nameKey: row.name_key, domain: row.domain }
}

/** Intake lookups and writes for one workspace. */
export function intakeStore(db: Kysely<Database>, workspaceId: WorkspaceId): IntakeStore {
  const batch = intakeBatchStore(db, workspaceId)
  return {
    ...batch,
    updatePerson: (id, changes) =>
      translating(async () => {
        await db
          .updateTable('person')
          .set({
            email: changes.email,
            email_normalized: changes.emailNormalized,
            first_name: changes.firstName,
            last_name: changes.lastName,
            title: changes.title,
            phone: changes.phone,
            company_name: changes.companyName,
            country: changes.country,
            source: changes.source,
            do_not_contact: changes.doNotContact,
            account_id: changes.accountId,
            updated_at: sql<Date>`now()`,
          })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .execute()
      }),
    async findPersonStage(externalId) {
      const row = await db
        .selectFrom('person')
        .select(['id', 'stage', 'account_id'])
        .where('workspace_id', '=', workspaceId)
        .where('external_id', '=', externalId)
        .executeTakeFirst()
      return (
        row && {
          id: row.id as PersonId,
          stage: row.stage,
          accountId: row.account_id as AccountId | null,
        }
      )
    },
  }
}
