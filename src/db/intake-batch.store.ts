import { randomUUID } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { IntakeBatchStore } from '../app/ports.ts'
import { companyNameNumbers } from '../core/hygiene/index.ts'
import type { KnownAccount, StoredPerson } from '../core/intake/index.ts'
import type { AccountId, PersonId, WorkspaceId } from '../core/shared/index.ts'
import { personColumns, toKnownAccount, toKnownPerson } from './intake.store.ts'
import type { Database } from './schema.ts'
import { analyzeAsTablesGrow } from './analyze-as-tables-grow.ts'
import { translating } from './store-error.ts'
import { unnestRows } from './unnest-rows.ts'

const personTypes = {
  workspace_id: 'uuid',
  id: 'uuid',
  email: 'text',
  email_normalized: 'text',
  external_id: 'text',
  first_name: 'text',
  last_name: 'text',
  title: 'text',
  phone: 'text',
  company_name: 'text',
  country: 'text',
  source: 'text',
  account_id: 'uuid',
  do_not_contact: 'boolean',
  stage: 'text',
  flags: 'jsonb',
  quality_issues: 'jsonb',
  properties: 'jsonb',
} as const

const activityTypes = {
  workspace_id: 'uuid',
  person_id: 'uuid',
  type: 'text',
  occurred_at: 'timestamptz',
  source: 'text',
  properties: 'jsonb',
  idempotency_key: 'text',
} as const

/** The least trigram similarity of a stored company name worth scoring against a new one. */
export const similarAccountTrigrams = 0.5

// A name with a number of three digits or more ("company 12345") can only be the same company as a
// name with the same numbers (companyNameSimilarity), so its lookup also asks for them: a LIKE the
// trigram index answers with the number's own trigrams, instead of rechecking every stored name that
// shares its words ("company") from the table. Shorter numbers have no trigram of their own.
function numberPattern(key: string): string {
  const numbers = companyNameNumbers(key)
  return numbers.some((n) => n.length >= 3) ? `%${numbers.join('%')}%` : ''
}

type SimilarRow = {
  query_key: string
  id: string
  name: string
  name_key: string | null
  domain: string | null
}

/** Set-based intake: a batch's lookups and writes in a handful of statements, whatever its size. */
export function intakeBatchStore(db: Kysely<Database>, workspaceId: WorkspaceId): IntakeBatchStore {
  const accounts = () =>
    db
      .selectFrom('account')
      .select(['id', 'name', 'name_key', 'domain'])
      .where('workspace_id', '=', workspaceId)
      .where('merged_into', 'is', null)
  const people = () =>
    db
      .selectFrom('person')
      .select([...personColumns, 'external_id', 'email_normalized', 'merged_into'])
      .where('workspace_id', '=', workspaceId)

  // The `limit` stored names most similar to each key (`byNumber`: also LIKE its number pattern).
  async function similarAccounts(
    keys: readonly { key: string; pattern: string }[],
    limit: number,
    byNumber: boolean,
  ): Promise<SimilarRow[]> {
    if (keys.length === 0) return []
    const numbers = byNumber ? sql`AND name_key LIKE k.pattern` : sql``
    const { rows } = await sql<SimilarRow>`SELECT k.query_key, a.id, a.name, a.name_key, a.domain
      FROM unnest(${keys.map((k) => k.key)}::text[], ${keys.map((k) => k.pattern)}::text[])
        AS k(query_key, pattern)
      CROSS JOIN LATERAL (
        SELECT id, name, name_key, domain FROM account
        WHERE workspace_id = ${workspaceId} AND merged_into IS NULL AND name_key % k.query_key
          ${numbers}
        ORDER BY similarity(name_key, k.query_key) DESC, id
        LIMIT ${limit}) a`.execute(db)
    return rows
  }

  // A merged person's keys lead to the person it was merged into (following chains of merges).
  async function survivorsOf(ids: readonly string[]) {
    const found = new Map<
      string,
      Awaited<ReturnType<ReturnType<typeof people>['execute']>>[number]
    >()
    let wanted = [...new Set(ids)]
    while (wanted.length > 0) {
      const rows = await people().where('id', 'in', wanted).execute()
      for (const row of rows) found.set(row.id, row)
      wanted = rows.flatMap((row) =>
        row.merged_into !== null && !found.has(row.merged_into) ? [row.merged_into] : [],
      )
    }
    return (id: string) => {
      let row = found.get(id)
      for (let hops = 0; row?.merged_into != null && hops < 100; hops++)
        row = found.get(row.merged_into)
      return row
    }
  }

  return {
    async findPeopleByKeys({ externalIds, emails }) {
      if (externalIds.length === 0 && emails.length === 0) return []
      const rows = await people()
        .where((eb) =>
          eb.or([
            ...(externalIds.length > 0 ? [eb('external_id', 'in', [...externalIds])] : []),
            ...(emails.length > 0 ? [eb('email_normalized', 'in', [...emails])] : []),
          ]),
        )
        .execute()
      const merged = rows.flatMap((row) => (row.merged_into === null ? [] : [row.merged_into]))
      const survivor = merged.length === 0 ? () => undefined : await survivorsOf(merged)
      return rows.map((row): StoredPerson => {
        const current = row.merged_into === null ? row : (survivor(row.merged_into) ?? row)
        return {
          ...toKnownPerson(current),
          externalId: row.external_id,
          emailNormalized: row.email_normalized,
        }
      })
    },
    async findAccountsByDomains(domains) {
      if (domains.length === 0) return []
      return (
        await accounts()
          .where('domain', 'in', [...domains])
          .execute()
      ).map(toKnownAccount)
    },
    async findAccountsByNameKeys(nameKeys) {
      if (nameKeys.length === 0) return []
      const rows = await accounts()
        .where('name_key', 'in', [...nameKeys])
        .orderBy('name_key')
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      const earliest = new Map<string, KnownAccount>()
      for (const row of rows)
        if (row.name_key !== null && !earliest.has(row.name_key))
          earliest.set(row.name_key, toKnownAccount(row))
      return [...earliest.values()]
    },
    async findSimilarAccountsByNameKeys(nameKeys, limit) {
      const similar = new Map<string, KnownAccount[]>()
      if (nameKeys.length === 0) return similar
      // Names alike enough for the strong tier (companyNameSimilarity >= 0.92) share at least half
      // their trigrams (intake-batch.store.test.ts holds this), so the trigram index is asked for
      // that much: a quarter of the work of its 0.3 default on names that share words like "labs".
      await sql`SET LOCAL pg_trgm.similarity_threshold = ${sql.lit(similarAccountTrigrams)}`.execute(
        db,
      )
      const keys = [...new Set(nameKeys)].map((key) => ({ key, pattern: numberPattern(key) }))
      const rows = [
        ...(await similarAccounts(
          keys.filter((k) => k.pattern === ''),
          limit,
          false,
        )),
        ...(await similarAccounts(
          keys.filter((k) => k.pattern !== ''),
          limit,
          true,
        )),
      ]
      await sql`RESET pg_trgm.similarity_threshold`.execute(db)
      for (const row of rows) {
        const list = similar.get(row.query_key) ?? []
        list.push(toKnownAccount(row))
        similar.set(row.query_key, list)
      }
      return similar
    },
    insertAccounts: (rows) =>
      translating(async () => {
        const ids = rows.map(() => randomUUID() as AccountId)
        if (rows.length === 0) return ids
        const { columns, select } = unnestRows(
          { workspace_id: 'uuid', id: 'uuid', name: 'text', domain: 'text', name_key: 'text' },
          rows.map((account, i) => ({
            workspace_id: workspaceId,
            id: ids[i],
            name: account.name,
            domain: account.domain,
            name_key: account.nameKey,
          })),
        )
        await db.insertInto('account').columns(columns).expression(select).execute()
        await analyzeAsTablesGrow(db, 'account', rows.length)
        return ids
      }),
    insertPeople: (rows) =>
      translating(async () => {
        const ids = rows.map(() => randomUUID() as PersonId)
        if (rows.length === 0) return ids
        const { columns, select } = unnestRows(
          personTypes,
          rows.map((person, i) => ({
            workspace_id: workspaceId,
            id: ids[i],
            email: person.email ?? null,
            email_normalized: person.emailNormalized,
            external_id: person.externalId,
            first_name: person.firstName ?? null,
            last_name: person.lastName ?? null,
            title: person.title ?? null,
            phone: person.phone ?? null,
            company_name: person.companyName ?? null,
            country: person.country ?? null,
            source: person.source ?? null,
            account_id: person.accountId,
            do_not_contact: person.doNotContact ?? false,
            stage: person.stage,
            flags: JSON.stringify(person.flags),
            quality_issues: JSON.stringify(person.qualityIssues),
            properties: JSON.stringify(person.properties),
          })),
        )
        await db.insertInto('person').columns(columns).expression(select).execute()
        await analyzeAsTablesGrow(db, 'person', rows.length)
        return ids
      }),
    async recordActivities(activities) {
      if (activities.length === 0) return
      const { columns, select } = unnestRows(
        activityTypes,
        activities.map((activity) => ({
          workspace_id: workspaceId,
          person_id: activity.personId,
          type: activity.type,
          occurred_at: activity.occurredAt,
          source: activity.source,
          properties: JSON.stringify(activity.properties),
          idempotency_key: activity.idempotencyKey,
        })),
      )
      await db
        .insertInto('activity')
        .columns(columns)
        .expression(select)
        .onConflict((conflict) =>
          conflict
            .columns(['workspace_id', 'idempotency_key'])
            .where('idempotency_key', 'is not', null)
            .doNothing(),
        )
        .execute()
      // Events recorded outside real-time scoring: those people's next score reads their history.
      const people = [...new Set(activities.map((activity) => activity.personId))]
      if (people.length > 0)
        await sql`UPDATE person SET score_state = NULL WHERE workspace_id = ${workspaceId}
          AND id = ANY(${people}::uuid[]) AND score_state IS NOT NULL`.execute(db)
    },
  }
}
