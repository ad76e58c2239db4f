import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestAccounts } from './ingest-account.ts'

describeEachBackend('ingestAccounts', (db) => {
  async function context(): Promise<UseCaseContext> {
    return {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'import',
      role: 'admin' as const,
    }
  }
  async function accounts(ctx: UseCaseContext) {
    const { rows } = await sql<{
      name: string
      parent: string | null
      employee_count: number | null
      country: string | null
      external_id: string | null
    }>`SELECT a.name, p.name AS parent, a.employee_count, a.country, a.external_id
       FROM account a LEFT JOIN account p ON p.workspace_id = a.workspace_id AND p.id = a.parent_id
       WHERE a.workspace_id = ${ctx.store.workspaceId} ORDER BY a.name`.execute(db().opened.db)
    return rows
  }

  it('creates accounts with their parent, whichever row comes first, and re-imports as no change', async () => {
    const ctx = await context()
    const rows = [
      { name: 'Bluth Company', parentName: 'Acme Corporation', employeeCount: '1000' },
      { name: 'Acme Corporation', employeeCount: 2822, country: 'United States' },
    ]
    const first = await ingestAccounts(ctx, rows)
    expect(first.map((o) => o.kind)).toEqual(['created', 'updated'])
    expect(await accounts(ctx)).toEqual([
      {
        name: 'Acme Corporation',
        parent: null,
        employee_count: 2822,
        country: 'US',
        external_id: null,
      },
      {
        name: 'Bluth Company',
        parent: 'Acme Corporation',
        employee_count: 1000,
        country: null,
        external_id: null,
      },
    ])
    const again = await ingestAccounts(ctx, rows)
    expect(again.map((o) => o.kind)).toEqual(['merged', 'merged'])
    const { rows: events } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM stage_event
      WHERE workspace_id = ${ctx.store.workspaceId} AND account_id IS NOT NULL`.execute(
      db().opened.db,
    )
    expect(events[0]?.n).toBe(2)
  })

  it('matches by source id, then domain, then the lead matcher name key', async () => {
    const ctx = await context()
    const [created] = await ingestAccounts(ctx, [
      { externalId: 'crm-1', name: 'GTXPro Inc.', website: 'https://gtxpro.com' },
    ])
    const outcomes = await ingestAccounts(ctx, [
      { externalId: 'crm-1', name: 'GTXPro Inc.', industry: 'hardware' },
      { name: 'GTXPro Inc.', domain: 'www.gtxpro.com', region: 'EMEA' },
      { name: 'gtxpro, inc', employeeCount: 50 },
    ])
    expect(outcomes.map((o) => o.kind)).toEqual(['updated', 'updated', 'updated'])
    const id = created?.kind === 'created' ? created.id : 'none'
    expect(outcomes.map((o) => (o.kind === 'rejected' ? o.reason : o.id))).toEqual([id, id, id])
    expect(await accounts(ctx)).toHaveLength(1)
  })

  it('notes what it could not read and rejects rows it cannot use, with the fix', async () => {
    const ctx = await context()
    const outcomes = await ingestAccounts(ctx, [
      { name: 'Bioholding', country: 'Philipines' },
      { name: '' },
      { name: 'Neg', employeeCount: -4 },
    ])
    expect(outcomes[0]).toMatchObject({ kind: 'created', notes: ['country_unknown'] })
    expect(outcomes[1]).toMatchObject({ kind: 'rejected', reason: 'account.missing_name' })
    expect(outcomes[2]).toMatchObject({ kind: 'rejected', reason: 'account.bad_number' })
    expect(await accounts(ctx)).toHaveLength(1)
  })

  it('rejects a row whose domain another account holds, and keeps the rest of the batch', async () => {
    const ctx = await context()
    await ingestAccounts(ctx, [{ name: 'Acme', domain: 'acme.com' }])
    const outcomes = await ingestAccounts(ctx, [
      { externalId: 'x-9', name: 'Globex' },
      { externalId: 'x-9', name: 'Globex', domain: 'acme.com' },
      { name: 'Initech' },
    ])
    expect(outcomes.map((o) => o.kind)).toEqual(['created', 'rejected', 'created'])
    expect(outcomes[1]).toMatchObject({ reason: 'account.domain_taken' })
    expect(await accounts(ctx)).toHaveLength(3)
  })
})
