import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { ingestOpportunities } from '../../app/intake/ingest-opportunity.ts'

describeEachBackend('baton report segments', (db) => {
  async function seeded() {
    const { store, slug } = await db().workspace()
    const ctx = { store, clock: fixedClock(), actor: 'test', role: 'admin' as const }
    const deal = (
      externalId: string,
      accountName: string,
      status: 'won' | 'lost',
      cents: number,
    ) => ({
      externalId,
      name: `${accountName} deal`,
      accountName,
      personExternalId: null,
      stage: status,
      status,
      amountCents: cents,
      currency: 'USD',
      openedAt: new Date('2024-01-02T00:00:00Z'),
      closedAt: new Date('2024-01-20T00:00:00Z'),
      product: null,
      properties: {},
    })
    await ingestOpportunities(ctx, [
      deal('W1', 'Acme', 'won', 85_000),
      deal('W2', 'Globex', 'won', 15_000),
      deal('L1', 'Hooli', 'lost', 40_000),
    ])
    await store.people.insert({
      email: 'ana@acme.com',
      emailNormalized: 'ana@acme.com',
      stage: 'inquiry',
    })
    return (...argv: string[]) => runDbCli(db(), slug, ...argv)
  }

  it('prints classes, activity, ICP reason, top customers and lost deals; CSV of customers; JSON', async () => {
    const run = await seeded()
    const table = await run(
      'report',
      'segments',
      '--from',
      '2024-01-01',
      '--to',
      '2024-02-01',
      '--inactive-days',
      '90',
    )
    expect(table.code, table.err).toBe(0)
    expect(table.out).toMatch(
      /^segments 2024-01-01 \.\. 2024-02-01: 1 people, 3 accounts, 2 customers\n/,
    )
    expect(table.out).toContain('pareto by won revenue in the period (1000.00)')
    expect(table.out).toMatch(/\nA\s+1\s+850\.00\s+85\.0%\nB\s+1\s+150\.00\s+15\.0%\n/)
    expect(table.out).toContain(
      'active: 0 of 1 people engaged in the last 90 days (0.0%); inactive 1, never engaged 1',
    )
    expect(table.out).toContain('ICP coverage: - (no agreement is in force)')
    expect(table.out).toMatch(/Acme\s+A\s+850\.00\s+12\s+1\s+850\.00\s+5\s+5\s+5\s+555/)
    expect(table.out).toMatch(
      /lost deals: 1, 400\.00\ndeal\s+customer.*\n.*\nHooli deal\s+Hooli\s+400\.00\s+2024-01-20/,
    )
    const csv = await run(
      'report',
      'segments',
      '--csv',
      '--from',
      '2024-01-01',
      '--to',
      '2024-02-01',
      '--limit',
      '1',
    )
    expect(csv.out.trim().split('\n')).toEqual([
      'customer,class,revenue,recency_days,won_deals,lifetime,r,f,m,rfm',
      'Acme,A,850.00,12,1,850.00,5,5,5,555',
    ])
    const json = await run('--json', 'report', 'segments', '--to', '2024-02-01')
    expect(JSON.parse(json.out)).toMatchObject({
      inactiveAfterDays: 180,
      universe: { customers: 2 },
    })
  })

  it('refuses a window out of range before asking Baton', async () => {
    const run = await seeded()
    const bad = await run('report', 'segments', '--inactive-days', '0')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--inactive-days takes a whole number from 1 to 3650')
  })
})
