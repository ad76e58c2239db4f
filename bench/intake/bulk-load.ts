// The baseline intake is compared with: the same leads loaded raw, as a bulk load would, into
// person_copy, a table identical to person in the same database (LIKE person INCLUDING ALL: its
// columns, defaults, NOT NULL and CHECK constraints, primary key and every index, the trigram GIN
// and the partial and expression ones included). LIKE copies neither foreign keys nor triggers, so
// the load checks no account or workspace and runs no suppression trigger. A raw load does no
// hygiene, so it fills no email_normalized: rows whose addresses differ only in case would
// otherwise break person's unique index on it, as the same rows could not be loaded raw into person.
import type { PGlite } from '@electric-sql/pglite'
import { sql, type Kysely } from 'kysely'
import type { LeadInput } from '../../src/core/intake/index.ts'
import type { Database, PersonTable } from '../../src/db/schema.ts'

const copyColumns = [
  'workspace_id',
  'email',
  'email_normalized',
  'first_name',
  'last_name',
  'title',
  'phone',
  'company_name',
  'country',
  'source',
  'properties',
] as const

export type CopyRow = { readonly [K in (typeof copyColumns)[number]]: string | null } & {
  readonly workspace_id: string
  readonly properties: string
}

/** Loads rows into person_copy; `method` names how, for the report. */
export type BulkLoader = {
  readonly method: string
  load(rows: readonly CopyRow[]): Promise<void>
}

const copyChunkRows = 50_000
const insertChunkRows = 1_000

/** The lead's fields as they arrive, with no hygiene: what a raw bulk load would store. */
export function toCopyRow(lead: LeadInput, workspaceId: string): CopyRow {
  const email = lead.email ?? null
  return {
    workspace_id: workspaceId,
    email,
    email_normalized: null,
    first_name: lead.firstName ?? null,
    last_name: lead.lastName ?? lead.fullName ?? null,
    title: lead.title ?? null,
    phone: lead.phone ?? null,
    company_name: lead.company ?? null,
    country: lead.country ?? null,
    source: lead.source ?? null,
    properties: JSON.stringify(lead.extra),
  }
}

export async function createCopyTable(db: Kysely<Database>): Promise<void> {
  await sql`CREATE TABLE person_copy (LIKE person INCLUDING ALL)`.execute(db)
}

export async function emptyCopyTable(db: Kysely<Database>): Promise<void> {
  await sql`TRUNCATE person_copy`.execute(db)
}

export async function countCopyRows(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ count: string }>`SELECT count(*) AS count FROM person_copy`.execute(
    db,
  )
  return Number(rows[0]?.count ?? 0)
}

// CSV: an unquoted empty field is NULL, a quoted one is text.
function csvField(value: string | null): string {
  return value === null ? '' : `"${value.replaceAll('"', '""')}"`
}

/** PGlite: COPY ... FROM '/dev/blob', the CSV handed over in memory, 50,000 rows per COPY. */
export function copyLoader(client: PGlite): BulkLoader {
  const columns = copyColumns.join(', ')
  return {
    method: `COPY person_copy FROM '/dev/blob' (CSV, ${copyChunkRows} rows per COPY)`,
    async load(rows) {
      for (let start = 0; start < rows.length; start += copyChunkRows) {
        const lines = rows
          .slice(start, start + copyChunkRows)
          .map((row) => copyColumns.map((column) => csvField(row[column])).join(','))
        const blob = new Blob([`${lines.join('\n')}\n`])
        await client.query(`COPY person_copy (${columns}) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
          blob,
        })
      }
    },
  }
}

/** Any backend: multi-row INSERTs of 1,000 rows (COPY FROM STDIN needs pg-copy-streams). */
export function insertLoader(db: Kysely<Database>): BulkLoader {
  const copy = db.withTables<{ person_copy: PersonTable }>()
  return {
    method: `multi-row INSERT INTO person_copy (${insertChunkRows} rows per statement; no COPY FROM STDIN without pg-copy-streams)`,
    async load(rows) {
      for (let start = 0; start < rows.length; start += insertChunkRows) {
        await copy
          .insertInto('person_copy')
          .values(rows.slice(start, start + insertChunkRows))
          .execute()
      }
    },
  }
}
