import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { rejectionOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestOpportunities } from '../intake/ingest-opportunity.ts'
import { pipelineReport } from './pipeline-report.ts'

const deal = (
  id: string,
  stage: string,
  status: string,
  cents: number,
  opened: string,
  closed?: string,
) => ({
  externalId: id,
  name: null,
  accountName: null,
  personExternalId: null,
  stage,
  status,
  amountCents: cents,
  currency: 'USD',
  openedAt: new Date(`${opened}T00:00:00Z`),
  closedAt: closed === undefined ? null : new Date(`${closed}T00:00:00Z`),
  product: id === 'D3' ? 'GTX Pro' : 'MG Special',
  properties: {},
})

// By hand: opened in the period D1 (open, recent), D2 (open, silent since June), D3 (won after 20
// days), D4 (lost after 10 days).
const deals = [
  deal('D1', 'Engaging', 'open', 100_000, '2024-01-10'),
  deal('D2', 'Engaging', 'open', 300_000, '2023-06-01'),
  deal('D3', 'Won', 'won', 500_000, '2024-01-01', '2024-01-21'),
  deal('D4', 'Lost', 'lost', 0, '2024-01-05', '2024-01-15'),
]

describeEachBackend('pipeline report', (db) => {
  async function seeded(): Promise<UseCaseContext> {
    const ctx = {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'test',
      role: 'admin' as const,
    }
    const outcomes = await ingestOpportunities(ctx, deals)
    expect(outcomes.map((o) => o.kind)).toEqual(['created', 'created', 'created', 'created'])
    return ctx
  }

  it('counts deals by stage, silent ones apart, and closes: win rate, average deal, cycle', async () => {
    const report = await pipelineReport(await seeded(), { from: '2023-01-01', to: '2024-02-01' })
    const { total } = report
    expect(total.stages.find((s) => s.stage === 'Engaging')).toMatchObject({
      status: 'open',
      deals: 2,
      amountCents: 400_000,
      silentDeals: 1,
      probability: null,
      weightedCents: null,
    })
    expect(total).toMatchObject({
      created: { deals: 4, amountCents: 900_000 },
      openCents: 400_000,
      weightedOpenCents: null,
      unweightedStages: ['Engaging'],
      won: 1,
      lost: 1,
      wonAmountCents: 500_000,
      winRate: { value: 0.5 },
      averageDealCents: 500_000,
      salesCycleDays: { median: 15, p75: 17.5, p90: 19 },
    })
  })

  it('splits by product and gives null with a reason where nothing closed', async () => {
    const ctx = await seeded()
    const report = await pipelineReport(ctx, {
      by: 'product',
      from: '2024-01-08',
      to: '2024-01-12',
    })
    const special = report.groups.find((g) => g.group === 'MG Special')
    expect(special).toMatchObject({ created: { deals: 1 }, won: 0, lost: 0 })
    expect(special?.winRate).toEqual({
      value: null,
      reason: 'no deal was won or lost in the period',
    })
    expect(special?.averageDealCents).toBeNull()
  })

  it('refuses an unknown split and a silent window out of range', async () => {
    const ctx = await seeded()
    expect((await rejectionOf(pipelineReport(ctx, { by: 'origin' }))).message).toMatch(
      /use one of product, owner, cohort/,
    )
    expect((await rejectionOf(pipelineReport(ctx, { silentAfterDays: 0 }))).message).toMatch(
      /silentAfterDays must be/,
    )
  })
})
