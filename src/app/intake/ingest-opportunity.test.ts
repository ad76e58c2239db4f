import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { createPerson } from '../records/people.ts'
import { ingestOpportunities, type OpportunityInput } from './ingest-opportunity.ts'
import { ingestProducts } from './ingest-product.ts'
import { ingestTeamMembers } from './ingest-team-member.ts'

const deal = (fields: Partial<OpportunityInput>): OpportunityInput => ({
  externalId: null,
  name: null,
  accountName: null,
  personExternalId: null,
  stage: null,
  status: null,
  amountCents: null,
  currency: null,
  openedAt: new Date('2017-01-02T00:00:00Z'),
  closedAt: null,
  product: null,
  properties: {},
  ...fields,
})

describeEachBackend('ingestOpportunities', (db) => {
  async function context(): Promise<UseCaseContext> {
    return {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'import',
      role: 'admin' as const,
    }
  }
  async function deals(ctx: UseCaseContext) {
    const { rows } = await sql<{
      external_id: string
      product: string | null
      owner: string | null
      account: string | null
    }>`
      SELECT o.external_id, o.product, u.name AS owner, a.name AS account FROM opportunity o
      LEFT JOIN "user" u ON u.workspace_id = o.workspace_id AND u.id = o.owner_id
      LEFT JOIN account a ON a.workspace_id = o.workspace_id AND a.id = o.account_id
      WHERE o.workspace_id = ${ctx.store.workspaceId} ORDER BY o.external_id`.execute(
      db().opened.db,
    )
    return rows
  }

  it('links owner by name or email, account by name and product by key, and notes what it could not', async () => {
    const ctx = await context()
    await ingestTeamMembers(ctx, [
      { name: 'Darcel Schlecht', team: 'Central' },
      { name: 'Ana Ruiz', email: 'ana@acme.com' },
    ])
    await ingestProducts(ctx, [{ name: 'GTX Pro', listPriceCents: 482_100 }])
    const outcomes = await ingestOpportunities(ctx, [
      deal({
        externalId: 'd1',
        ownerName: 'darcel  SCHLECHT',
        product: 'GTXPro',
        accountName: 'Isdom',
      }),
      deal({
        externalId: 'd2',
        ownerEmail: 'ANA@acme.com',
        product: 'GTX Pro',
        accountName: 'isdom inc.',
      }),
      deal({ externalId: 'd3', ownerName: 'Nobody Known', product: 'Widget' }),
    ])
    expect(outcomes).toEqual([
      { kind: 'created', id: expect.any(String) },
      { kind: 'created', id: expect.any(String) },
      {
        kind: 'created',
        id: expect.any(String),
        notes: ['no_account', 'owner_unknown', 'product_not_in_catalog'],
      },
    ])
    expect(await deals(ctx)).toEqual([
      { external_id: 'd1', product: 'GTX Pro', owner: 'Darcel Schlecht', account: 'Isdom' },
      { external_id: 'd2', product: 'GTX Pro', owner: 'Ana Ruiz', account: 'Isdom' },
      { external_id: 'd3', product: 'Widget', owner: null, account: null },
    ])
  })

  it('aligns deals to a catalog imported after them, and a re-import changes nothing', async () => {
    const ctx = await context()
    const rows = [
      deal({ externalId: 'e1', product: 'GTXPro' }),
      deal({ externalId: 'e2', product: 'MG Special' }),
    ]
    await ingestOpportunities(ctx, rows)
    await ingestProducts(ctx, [{ name: 'GTX Pro' }, { name: 'MG Special' }])
    expect((await deals(ctx)).map((d) => d.product)).toEqual(['GTX Pro', 'MG Special'])
    expect((await ingestOpportunities(ctx, rows)).map((o) => o.kind)).toEqual(['merged', 'merged'])
    expect((await ingestProducts(ctx, [{ name: 'GTX Pro' }])).map((o) => o.kind)).toEqual([
      'merged',
    ])
  })

  it('closes the loop on the lead a won deal came from', async () => {
    const ctx = await context()
    const lead = await createPerson(ctx, { email: 'lead@acme.com' })
    await sql`UPDATE person SET external_id = 'mql-1' WHERE id = ${lead.id}`.execute(db().opened.db)
    const closedAt = new Date('2017-03-01T00:00:00Z')
    await ingestOpportunities(ctx, [
      deal({ externalId: 'w1', personExternalId: 'mql-1', status: 'won', closedAt }),
    ])
    const { rows } = await sql<{
      stage: string
    }>`SELECT stage FROM person WHERE id = ${lead.id}`.execute(db().opened.db)
    expect(rows[0]?.stage).toBe('won')
  })

  it('rejects deals it cannot use, naming the fix, and keeps the rest', async () => {
    const ctx = await context()
    const outcomes = await ingestOpportunities(ctx, [
      deal({ externalId: 'r1', personExternalId: 'mql-404' }),
      deal({ externalId: 'r2', status: 'won' }),
      deal({ externalId: 'r3', openedAt: new Date('not a date') }),
      deal({ externalId: 'r4', amountCents: -5 }),
      deal({ externalId: 'r5', status: 'pending' }),
      deal({ externalId: 'r6' }),
    ])
    expect(outcomes.map((o) => (o.kind === 'rejected' ? o.reason : o.kind))).toEqual([
      'unknown_person',
      'missing_close_date',
      'bad_date',
      'bad_amount',
      'bad_status',
      'created',
    ])
    expect(await deals(ctx)).toHaveLength(1)
  })
})
