import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestSpend } from './ingest-spend.ts'

describeEachBackend('ingestSpend', (db) => {
  async function context(): Promise<UseCaseContext> {
    return {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'import',
      role: 'admin' as const,
    }
  }
  async function spend(ctx: UseCaseContext) {
    const { rows } = await sql<{ channel: string; period: string; cents: string }>`
      SELECT channel, period_start::text || '..' || period_end::text AS period, amount_cents::text AS cents
      FROM spend WHERE workspace_id = ${ctx.store.workspaceId} ORDER BY channel, period_start`.execute(
      db().opened.db,
    )
    return rows
  }
  const january = {
    channel: 'Paid Search',
    periodStart: '2026-01-01',
    periodEnd: '2026-01-31',
    amountCents: 500_000,
  }

  it('keeps one row per channel and period; the same row again changes nothing', async () => {
    const ctx = await context()
    const rows = [january, { ...january, channel: 'Webinar', amountCents: '120000' }]
    expect((await ingestSpend(ctx, rows)).map((o) => o.kind)).toEqual(['created', 'created'])
    expect((await ingestSpend(ctx, rows)).map((o) => o.kind)).toEqual(['merged', 'merged'])
    expect(await spend(ctx)).toEqual([
      { channel: 'paid search', period: '2026-01-01..2026-01-31', cents: '500000' },
      { channel: 'webinar', period: '2026-01-01..2026-01-31', cents: '120000' },
    ])
  })

  it('takes a corrected amount for a known channel and period as an update', async () => {
    const ctx = await context()
    await ingestSpend(ctx, [january])
    const outcomes = await ingestSpend(ctx, [{ ...january, channel: 'ppc', amountCents: 450_000 }])
    expect(outcomes[0]?.kind).toBe('updated')
    expect(await spend(ctx)).toEqual([
      { channel: 'paid search', period: '2026-01-01..2026-01-31', cents: '450000' },
    ])
  })

  it('rejects negative spend, a period that ends before it starts and unreadable dates', async () => {
    const ctx = await context()
    const outcomes = await ingestSpend(ctx, [
      { ...january, amountCents: -100 },
      { ...january, periodStart: '2026-02-01' },
      { ...january, periodEnd: '31/01/2026' },
      january,
    ])
    expect(outcomes.map((o) => (o.kind === 'rejected' ? o.reason : o.kind))).toEqual([
      'spend.negative_amount',
      'spend.period_reversed',
      'spend.bad_date',
      'created',
    ])
    expect(outcomes[1]).toMatchObject({
      message: expect.stringContaining('ends 2026-01-31, before it starts 2026-02-01 — fix:'),
    })
    expect(await spend(ctx)).toHaveLength(1)
  })
})
