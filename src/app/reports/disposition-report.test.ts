import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestLeads } from '../intake/ingest-leads.ts'
import { dispositionReport } from './disposition-report.ts'

describeEachBackend('disposition report', (db) => {
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
      ['ana@acme.com', 'bo@globex.com', 'cy@initech.com'].map((email, i) => ({
        email,
        source: i < 2 ? 'webinar' : 'purchased list',
        occurredAt: at('02'),
        extra: {},
      })),
      { channel: 'test' },
    )
    const ids = outcomes.map((o) => (o.kind === 'rejected' ? '' : o.personId))
    const moves = [
      [ids[0], 'disqualified', 'no_budget', 'Budget frozen until Q3', '05'],
      [ids[1], 'disqualified', 'no_budget', null, '06'],
      [ids[2], 'disqualified', 'bad_data', 'Number does not exist', '07'],
    ] as const
    for (const [id, stage, reasonCode, note, day] of moves) {
      await changeStage(ctx, {
        subject: { type: 'person', id: id as never },
        toStage: stage,
        reasonCode,
        note,
        occurredAt: at(day),
      })
    }
    return ctx
  }

  it('gives the reason mix per exit stage, by source, with the latest notes', async () => {
    const report = await dispositionReport(await seeded(), { from: '2024-01-01', to: '2024-02-01' })
    expect(report.stages).toHaveLength(1)
    const [disqualified] = report.stages
    expect(disqualified).toMatchObject({ stage: 'disqualified', moves: 3 })
    expect(disqualified?.reasons[0]).toMatchObject({
      reasonCode: 'no_budget',
      moves: 2,
      share: { value: 2 / 3 },
      bySource: [{ source: 'webinar', moves: 2 }],
      notes: ['Budget frozen until Q3'],
    })
    // Without an agreement in force, no code is known: all three are to fix at the source.
    expect(report.withoutKnownReason).toBe(3)
  })

  it('reports an empty period as no stages, not as a division by zero', async () => {
    const report = await dispositionReport(await seeded(), { from: '2025-01-01', to: '2025-02-01' })
    expect(report).toMatchObject({ stages: [], withoutKnownReason: 0 })
  })
})
