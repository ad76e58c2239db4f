import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { rejectionOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { sharedDataPath } from '../../../test/shared-data.ts'
import { createPlan } from './plans.ts'
import { ratesFromHistory } from './rates-from-history.ts'

const olist = (file: string) => sharedDataPath('olist-marketing-funnel', file)
let dir = ''
afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true })
})

describeEachBackend('rates from the Olist funnel history', (db) => {
  it('derives rates per origin with their samples, and says what the data cannot give', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'baton-olist-rates-'))
    const { store, slug } = await db().workspace()
    const rejects = path.join(dir, 'rejects.csv')
    for (const [entity, file, map] of [
      ['leads', 'olist_marketing_qualified_leads_dataset.csv', 'olist-mql'],
      ['opportunities', 'olist_closed_deals_dataset.csv', 'olist-deals'],
    ] as const) {
      const run = await runDbCli(
        db(),
        slug,
        'import',
        entity,
        olist(file),
        '--map',
        map,
        '--rejects',
        rejects,
        '--json',
      )
      if (run.code !== 0) throw new Error(run.err)
    }
    // MQLs run 2017-06-14 .. 2018-05-31 (PROVENANCE.md): the 12 months before 2018-06-01 hold them all.
    const ctx = {
      store,
      clock: fixedClock('2018-06-01T00:00:00Z'),
      actor: 'test',
      role: 'admin' as const,
    }
    const rates = await ratesFromHistory(ctx, { months: 12 })
    const cohort = (source: string | null) =>
      (source === null ? rates.total : rates.bySource.find((s) => s.leadSource === source))
        ?.conversion.mql_to_sql
    // The MQL counts per origin of PROVENANCE.md are the samples; nobody was recorded as an SQL.
    expect(cohort(null)).toMatchObject({ value: null, cohort: 8000, reached: 0 })
    expect(cohort('organic search')).toMatchObject({ cohort: 2296, reached: 0 })
    expect(cohort('other publicities')?.cohort).toBe(65)
    expect(cohort('organic search')?.reason).toMatch(
      /none of the 2296 .* reached sql \(the stage is skipped or not recorded\)/,
    )
    // Of the 842 deals (won 2017-12-05 .. 2018-11-14), 665 closed inside the window; none has an amount.
    expect(rates.total.averageDealCents).toMatchObject({ value: null, deals: 665 })
    expect(rates.total.averageDealCents.reason).toMatch(/665 deals won .* carry no amounts/)
    // A plan that leans on this history for MQL->SQL is refused, naming the rate.
    const plan = {
      name: 'Olist sellers',
      history: { months: 12 },
      channels: [
        {
          name: 'organic',
          source: 'marketing',
          leadSource: 'organic search',
          averageDealCents: 100_000,
          rates: { sql_to_opportunity: 0.5, opportunity_to_won: 0.5 },
        },
      ],
      targets: [{ name: 'H2', period: '2018-H2', revenueCents: 10_000_000 }],
    }
    const error = await rejectionOf(createPlan(ctx, plan))
    expect(error.message).toMatch(/Channel "organic": the MQL->SQL \(mql_to_sql\) rate is missing/)
  }, 600_000)
})
