import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestLeads } from '../intake/ingest-leads.ts'
import { ingestSpend } from '../intake/ingest-spend.ts'
import { costReport } from './cost-report.ts'

// By hand, for January 2024: webinar spend 3,100.00 over the whole month and 1,000.00 in February;
// three webinar inquiries, two of them MQLs, one won; paid search 500.00 and one inquiry; sales
// spend 900.00. Cost per webinar inquiry 1,033.33, per MQL 1,550.00, per customer 3,100.00; per
// customer overall (3,600 marketing + 900 sales) / 1 = 4,500.00.
describeEachBackend('cost report', (db) => {
  async function seeded(): Promise<UseCaseContext> {
    const ctx = {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'test',
      role: 'admin' as const,
    }
    const at = (day: string) => new Date(`2024-01-${day}T12:00:00Z`)
    const { outcomes } = await ingestLeads(
      ctx,
      [
        { email: 'ana@acme.com', source: 'webinar', occurredAt: at('05'), extra: {} },
        { email: 'bo@globex.com', source: 'webinar', occurredAt: at('06'), extra: {} },
        { email: 'cy@initech.com', source: 'webinar', occurredAt: at('07'), extra: {} },
        { email: 'dee@hooli.com', source: 'paid search', occurredAt: at('08'), extra: {} },
      ],
      { channel: 'test' },
    )
    const [ana, bo] = outcomes.map((o) => (o.kind === 'rejected' ? '' : o.personId))
    for (const [id, stage, day] of [
      [ana, 'mql', '10'],
      [bo, 'mql', '11'],
      [ana, 'won', '20'],
    ] as const) {
      await changeStage(ctx, {
        subject: { type: 'person', id: id as never },
        toStage: stage,
        occurredAt: at(day),
      })
    }
    const spend = await ingestSpend(ctx, [
      {
        channel: 'webinar',
        periodStart: '2024-01-01',
        periodEnd: '2024-01-31',
        amountCents: 310_000,
        currency: 'USD',
      },
      {
        channel: 'webinar',
        periodStart: '2024-02-01',
        periodEnd: '2024-02-29',
        amountCents: 100_000,
        currency: 'USD',
      },
      {
        channel: 'paid search',
        periodStart: '2024-01-01',
        periodEnd: '2024-01-31',
        amountCents: 50_000,
        currency: 'USD',
      },
      {
        channel: 'sales',
        periodStart: '2024-01-01',
        periodEnd: '2024-01-31',
        amountCents: 90_000,
        currency: 'USD',
      },
    ])
    expect(spend.map((s) => s.kind)).toEqual(['created', 'created', 'created', 'created'])
    return ctx
  }

  it('divides each channel spend by what its leads became, and sales plus marketing by customers', async () => {
    const report = await costReport(await seeded(), { from: '2024-01-01', to: '2024-02-01' })
    expect(report).toMatchObject({ marketingSpendCents: 360_000, salesSpendCents: 90_000 })
    const webinar = report.byChannel.find((row) => row.channel === 'webinar')
    expect(webinar).toMatchObject({
      spendCents: 310_000,
      inquiries: 3,
      mqls: 2,
      customers: 1,
      perInquiry: { cents: 103_333 },
      perMql: { cents: 155_000 },
      perCustomer: { cents: 310_000 },
      perOpportunity: { cents: null, reason: 'no opportunities in the period' },
    })
    expect(report.total).toMatchObject({
      inquiries: 4,
      customers: 1,
      perCustomer: { cents: 450_000 },
    })
  })

  it('prorates spend by the days of its period that fall in the report period', async () => {
    const report = await costReport(await seeded(), { from: '2024-01-16', to: '2024-02-15' })
    const webinar = report.byChannel.find((row) => row.channel === 'webinar')
    // 16 of January's 31 days of 3,100.00, and 14 of February's 29 days of 1,000.00.
    expect(webinar?.spendCents).toBe(Math.round((310_000 * 16) / 31 + (100_000 * 14) / 29))
  })
})
