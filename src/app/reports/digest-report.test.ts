import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestLeads } from '../intake/ingest-leads.ts'
import { ingestOpportunities } from '../intake/ingest-opportunity.ts'
import { digestReport } from './digest-report.ts'

// Now is Monday 23 November 2026, 15:00 UTC: this week is from 16 November 15:00, last week before it.
describeEachBackend('weekly digest', (db) => {
  async function seeded() {
    const store = (await db().workspace()).store
    const ctx: UseCaseContext = { store, clock: fixedClock(), actor: 'test', role: 'admin' }
    const lead = (email: string, stage: string, day: string) => ({
      email,
      source: 'webinar',
      stage,
      occurredAt: new Date(`2026-11-${day}T12:00:00Z`),
      extra: {},
    })
    // Last week two MQLs became SQLs; this week two more MQLs, one of them an SQL, and an inquiry.
    await ingestLeads(
      ctx,
      [
        lead('d@globex.com', 'mql', '10'),
        lead('e@globex.com', 'mql', '11'),
        lead('a@acme.com', 'mql', '17'),
        lead('b@acme.com', 'mql', '18'),
        lead('c@acme.com', 'inquiry', '19'),
      ],
      { channel: 'test' },
    )
    for (const [email, day] of [
      ['d@globex.com', '12'],
      ['e@globex.com', '13'],
      ['a@acme.com', '19'],
    ] as const) {
      const person = await store.people.findByEmail(email)
      if (!person) throw new Error(`no ${email}`)
      await changeStage(ctx, {
        subject: { type: 'person', id: person.id },
        toStage: 'sql',
        occurredAt: new Date(`2026-11-${day}T12:00:00Z`),
      })
    }
    await ingestOpportunities(ctx, [
      {
        externalId: 'W1',
        name: null,
        accountName: 'Acme',
        personExternalId: null,
        stage: 'Won',
        status: 'won',
        amountCents: 1_200_000,
        currency: 'USD',
        openedAt: new Date('2026-10-01T00:00:00Z'),
        closedAt: new Date('2026-11-20T00:00:00Z'),
        product: null,
        properties: {},
      },
    ])
    await signedAgreement(ctx)
    return ctx
  }

  it('sets the week against the week before and the agreement goals', async () => {
    const ctx = await seeded()
    const digest = await digestReport(ctx, {})
    expect(digest.from.toISOString()).toBe('2026-11-16T15:00:00.000Z')
    const kpi = (name: string) => digest.kpis.find((k) => k.name === name)
    expect(kpi('Inquiries')).toMatchObject({ thisWeek: 1, lastWeek: 0, change: 1 })
    expect(kpi('MQLs')).toMatchObject({ thisWeek: 2, lastWeek: 2 })
    expect(kpi('SQLs')).toMatchObject({ thisWeek: 1, lastWeek: 2, change: -1 })
    expect(kpi('Won revenue')).toMatchObject({
      thisWeek: 1_200_000,
      lastWeek: 0,
      change: 1_200_000,
    })
    // One of the week's two MQLs reached SQL: 50% against the agreement's 90%; last week 2 of 2.
    expect(kpi('mql->sql')).toEqual({
      name: 'mql->sql',
      unit: 'rate',
      thisWeek: 0.5,
      lastWeek: 1,
      change: -0.5,
      changeShare: null,
      goal: 0.9,
      status: 'below',
    })
    expect(kpi('Answered within the response target')).toMatchObject({
      status: 'no_data',
      goal: 0.95,
    })
    expect(digest.topLeaks[0]).toMatch(/^MQL->SQL is 50% against a 90% goal/)
    expect(digest.slaBreachesByTeam).toEqual([])
  })

  it('reads a past week from --to', async () => {
    const ctx = await seeded()
    const digest = await digestReport(ctx, { to: '2026-11-16' })
    expect(digest.from.toISOString()).toBe('2026-11-09T00:00:00.000Z')
    expect(digest.kpis.find((k) => k.name === 'SQLs')).toMatchObject({ thisWeek: 2, lastWeek: 0 })
  })
})
