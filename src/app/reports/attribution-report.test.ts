import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestEvents } from '../intake/ingest-event.ts'
import { ingestLeads } from '../intake/ingest-leads.ts'
import { ingestOpportunities } from '../intake/ingest-opportunity.ts'
import { attributionReport } from './attribution-report.ts'

const at = (day: string) => new Date(`2024-${day}T12:00:00Z`)
const deal = (id: string, person: string | null, cents: number, opened: string, won?: string) => ({
  externalId: id,
  name: null,
  accountName: null,
  personExternalId: person,
  stage: won === undefined ? 'Engaging' : 'Won',
  status: won === undefined ? 'open' : 'won',
  amountCents: cents,
  currency: 'USD',
  openedAt: at(opened),
  closedAt: won === undefined ? null : at(won),
  product: null,
  properties: {},
})

// By hand. Ana (webinar lead, Jan 1) was touched by paid search (Jan 3), email (Jan 5, the last
// touch before she became an MQL on Jan 8) and a webinar (Jan 10); a logged rep conversation on
// Jan 11 is sales work. Her deal O1 (1,000.00) opened Jan 15 and was won Feb 1. Bo came from sales
// prospecting (his capture is no marketing touch) and attended a webinar on Jan 12 before his deal
// O2 (500.00) opened Jan 20: influenced, not sourced. O4 (300.00) has no people.
// O1 credit: first and last touch webinar; linear webinar 1/2, paid search 1/4, email 1/4;
// W-shaped webinar 30% + 30% (first and opportunity touch), email 30% (lead touch), paid search 10%.
describeEachBackend('attribution report', (db) => {
  async function seeded(): Promise<UseCaseContext> {
    const ctx = {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'test',
      role: 'admin' as const,
    }
    await signedAgreement(ctx)
    const lead = (externalId: string, email: string, source: string, day: string) => ({
      externalId,
      email,
      source,
      occurredAt: at(day),
      extra: {},
    })
    const { outcomes } = await ingestLeads(
      ctx,
      [
        lead('L1', 'ana@acme.com', 'webinar', '01-01'),
        lead('L2', 'bo@globex.com', 'sales', '01-02'),
      ],
      { channel: 'test' },
    )
    const touch = (person: string, type: string, day: string, utm?: string) => ({
      personExternalId: person,
      type,
      occurredAt: at(day).toISOString(),
      properties: (utm === undefined ? {} : { utm_source: utm }) as Record<string, string>,
    })
    const events = await ingestEvents(
      ctx,
      [
        touch('L1', 'page_view', '01-03', 'Paid Search'),
        touch('L1', 'email_click', '01-05', 'email'),
        touch('L1', 'webinar_attended', '01-10', 'webinar'),
        touch('L1', 'conversations', '01-11'),
        touch('L2', 'webinar_attended', '01-12', 'webinar'),
      ],
      'test',
    )
    expect(events.map((e) => e.kind)).toEqual([
      'created',
      'created',
      'created',
      'created',
      'created',
    ])
    const ana = outcomes[0]?.kind === 'rejected' ? '' : (outcomes[0]?.personId ?? '')
    await changeStage(ctx, {
      subject: { type: 'person', id: ana as never },
      toStage: 'mql',
      occurredAt: at('01-08'),
    })
    await ingestOpportunities(ctx, [
      deal('O1', 'L1', 100_000, '01-15', '02-01'),
      deal('O2', 'L2', 50_000, '01-20'),
      deal('O4', null, 30_000, '01-22'),
    ])
    return ctx
  }

  it('splits January pipeline into sourced, influenced and untouched, and credits each model', async () => {
    const report = await attributionReport(await seeded(), { from: '2024-01-01', to: '2024-02-01' })
    expect(report.pipeline).toEqual({
      opportunities: 3,
      amountCents: 180_000,
      sourcedOpportunities: 1,
      sourcedCents: 100_000,
      influencedOpportunities: 2,
      influencedCents: 150_000,
      sourcedShare: { value: 100_000 / 180_000 },
      influencedShare: { value: 150_000 / 180_000 },
      untouchedCents: 30_000,
    })
    const credit = (model: keyof typeof report.models) =>
      Object.fromEntries(report.models[model].map((row) => [row.channel, row.pipelineCents]))
    expect(credit('firstTouch')).toEqual({ webinar: 150_000 })
    expect(credit('lastTouch')).toEqual({ webinar: 150_000 })
    expect(credit('linear')).toEqual({ webinar: 100_000, 'paid search': 25_000, email: 25_000 })
    expect(credit('wShaped')).toEqual({ webinar: 110_000, email: 30_000, 'paid search': 10_000 })
    expect(report.models.wShaped[0]?.pipelineShare.value).toBeCloseTo(110 / 150, 9)
    expect(report.revenue.opportunities).toBe(0)
    expect(report.revenue.sourcedShare).toEqual({
      value: null,
      reason: 'no opportunity was won in the period',
    })
    expect(report.models.linear[0]?.revenueShare).toEqual({
      value: null,
      reason: 'no revenue was credited',
    })
  })

  it('credits revenue to the touches before the won deal opened', async () => {
    const report = await attributionReport(await seeded(), { from: '2024-02-01', to: '2024-03-01' })
    expect(report.pipeline.opportunities).toBe(0)
    expect(report.revenue).toMatchObject({
      opportunities: 1,
      sourcedCents: 100_000,
      influencedCents: 100_000,
    })
    const revenue = Object.fromEntries(
      report.models.wShaped.map((row) => [row.channel, row.revenueCents]),
    )
    expect(revenue).toEqual({ webinar: 60_000, email: 30_000, 'paid search': 10_000 })
  })
})
