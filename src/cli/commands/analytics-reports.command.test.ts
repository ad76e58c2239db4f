import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { ingestOpportunities } from '../../app/intake/ingest-opportunity.ts'

describeEachBackend('baton report customers|attribution and baton market', (db) => {
  async function seeded() {
    const { store, slug } = await db().workspace()
    const ctx = { store, clock: fixedClock(), actor: 'test', role: 'admin' as const }
    await ingestOpportunities(ctx, [
      {
        externalId: 'W1',
        name: null,
        accountName: 'Acme',
        personExternalId: null,
        stage: 'Won',
        status: 'won',
        amountCents: 250_000,
        currency: 'USD',
        openedAt: new Date('2024-01-02T00:00:00Z'),
        closedAt: new Date('2024-01-20T00:00:00Z'),
        product: null,
        properties: {},
      },
    ])
    return (...argv: string[]) => runDbCli(db(), slug, ...argv)
  }

  it('records a market size, then prints customers as a table, CSV and JSON', async () => {
    const run = await seeded()
    const set = await run('market', 'set', '--period', '2024-01', '--amount', '25000.00')
    expect(set.code, set.err).toBe(0)
    expect(set.out).toMatch(/^created\n/)
    expect(set.out).toContain('2024-01-01  2024-01-31  25000.00  USD')
    const table = await run('report', 'customers', '--from', '2024-01-01', '--to', '2024-02-01')
    expect(table.code, table.err).toBe(0)
    expect(table.out).toMatch(
      /^customers 2024-01-01 \.\. 2024-02-01; market share 10\.0% of 25000\.00\n/,
    )
    const csv = await run(
      'report',
      'customers',
      '--csv',
      '--from',
      '2024-01-01',
      '--to',
      '2024-02-01',
    )
    expect(csv.out.split('\n')[0]).toBe(
      'group,customers,new_customers,ltv_average,ltv_median,won_deals,new_revenue,expansion_revenue,renewal_revenue,existing_share',
    )
    expect(csv.out).toContain('(all),1,1,2500.00,2500.00,1,2500.00,0.00,0.00,0.0%')
    const attribution = await run(
      'report',
      'attribution',
      '--from',
      '2024-01-01',
      '--to',
      '2024-02-01',
    )
    expect(attribution.code, attribution.err).toBe(0)
    expect(attribution.out).toMatch(
      /^attribution 2024-01-01 \.\. 2024-02-01 \(W-shaped 30\/30\/30, 10 between\)\n/,
    )
    expect(attribution.out).toContain(
      'pipeline opened: 1 deals 2500.00; marketing-sourced 0 0.00 (0.0%)',
    )
    const credit = await run('report', 'attribution', '--csv')
    expect(credit.out.split('\n')[0]).toBe(
      'model,channel,pipeline,pipeline_share,revenue,revenue_share',
    )
    const leaks = await run('report', 'leaks', '--from', '2024-01-01', '--by', 'source')
    expect(leaks.code, leaks.err).toBe(0)
    expect(leaks.out).toMatch(/^leaks 2024-01-01 \.\. .* by source; average won deal 2500\.00\n/)
    expect(leaks.out).toContain('No conversion is below its goal or benchmark.')
    const json = await run('--json', 'market', 'list')
    expect(JSON.parse(json.out)).toEqual([
      {
        periodStart: '2024-01-01',
        periodEnd: '2024-01-31',
        amountCents: 2_500_000,
        currency: 'USD',
        note: null,
      },
    ])
  })

  it('exits non-zero naming a bad amount or period', async () => {
    const run = await seeded()
    const amount = await run('market', 'set', '--period', '2024', '--amount', 'lots')
    expect(amount.code).not.toBe(0)
    expect(amount.err).toMatch(/--amount takes a non-negative amount/)
    const period = await run('market', 'set', '--period', '2024-Q7', '--amount', '10')
    expect(period.code).toBe(2)
    expect(period.err).toMatch(/Period "2024-Q7" is not one Baton reads/)
  })
})
