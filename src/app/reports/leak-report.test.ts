import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestLeads } from '../intake/ingest-leads.ts'
import { ingestOpportunities } from '../intake/ingest-opportunity.ts'
import { leakReport } from './leak-report.ts'

const at = (day: string) => new Date(`2024-01-${day}T12:00:00Z`)

// By hand: four webinar MQLs in January, one (Ana) reaches SQL and wins a 2,000.00 deal. MQL->SQL is
// 25% against the agreement's 90%: (0.90 - 0.25) x 4 = 2.6, about 3 SQLs short; SQL->won is 100%,
// so about 3 x 1 x 2,000.00 = $6,000 lost. Nobody entered inquiry, so the 10% benchmark is unchecked.
describeEachBackend('leak report', (db) => {
  async function seeded(): Promise<UseCaseContext> {
    const ctx = {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'test',
      role: 'admin' as const,
    }
    await signedAgreement(ctx)
    const { outcomes } = await ingestLeads(
      ctx,
      ['ana@acme.com', 'bo@globex.com', 'cy@initech.com', 'dee@hooli.com'].map((email, i) => ({
        email,
        externalId: `L${i + 1}`,
        source: 'webinar',
        stage: 'mql',
        occurredAt: at(`0${i + 2}`),
        extra: {},
      })),
      { channel: 'test' },
    )
    const ana = outcomes[0]?.kind === 'rejected' ? '' : (outcomes[0]?.personId ?? '')
    await changeStage(ctx, {
      subject: { type: 'person', id: ana as never },
      toStage: 'sql',
      occurredAt: at('10'),
    })
    await ingestOpportunities(ctx, [
      {
        externalId: 'O1',
        name: null,
        accountName: null,
        personExternalId: 'L1',
        stage: 'Won',
        status: 'won',
        amountCents: 200_000,
        currency: 'USD',
        openedAt: at('12'),
        closedAt: at('20'),
        product: null,
        properties: {},
      },
    ])
    return ctx
  }

  it('prices the MQL->SQL gap against the agreement and leaves the unmeasured benchmark unchecked', async () => {
    const report = await leakReport(await seeded(), {
      from: '2024-01-01',
      to: '2024-02-01',
      by: 'source',
    })
    expect(report.averageDealCents).toBe(200_000)
    expect(report.leaks.map((l) => [l.group, l.missing, l.revenueLostCents, l.basis])).toEqual([
      [null, 3, 600_000, 'agreement'],
      ['webinar', 3, 600_000, 'agreement'],
    ])
    expect(report.leaks[1]?.sentence).toBe(
      'MQL->SQL from webinar is 25% against a 90% goal: about 3 SQLs and $6,000 lost in the period.',
    )
    expect(report.unchecked).toEqual([
      { goal: 'inquiry->mql 10%', reason: 'nobody entered inquiry in the period' },
    ])
  })

  it('finds nothing to price in an empty period', async () => {
    const report = await leakReport(await seeded(), { from: '2020-01-01', to: '2020-02-01' })
    expect(report).toMatchObject({ averageDealCents: null, leaks: [] })
    expect(report.unchecked.map((u) => u.reason)).toEqual([
      'nobody entered mql in the period',
      'nobody entered inquiry in the period',
    ])
  })
})
