import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestLeads } from '../intake/ingest-leads.ts'
import { sendDueDigests } from './send-due-digests.ts'

// Thursday 2026-12-03 16:00 UTC; the fixture's calendar is New York.
const thursday = '2026-12-03T16:00:00.000Z'

describeEachBackend('the weekly digest through the outbox', (db) => {
  const digests = async (workspaceId: string) =>
    (
      await sql<{ target: string; dedupe_key: string; payload: Record<string, unknown> }>`
        SELECT target, dedupe_key, payload FROM outbox
        WHERE workspace_id = ${workspaceId} AND topic = 'report.digest' ORDER BY id`.execute(
        db().opened.db,
      )
    ).rows

  async function workspace(schedule: boolean) {
    const { store } = await db().workspace()
    const clock = fixedClock('2026-11-20T12:00:00.000Z')
    const ctx: UseCaseContext = { store, clock, actor: 'test', role: 'admin' }
    const digest = { weekday: 'mon', at: '08:00', target: 'weekly-meeting' } as const
    await signedAgreement(ctx, { ...agreementFixture(), ...(schedule ? { digest } : {}) })
    const at = new Date('2026-11-27T15:00:00Z')
    clock.set(thursday)
    await ingestLeads(
      ctx,
      [
        { email: 'ana@acme.com', stage: 'mql', occurredAt: at, extra: {} },
        { email: 'bo@globex.com', stage: 'mql', occurredAt: at, extra: {} },
      ],
      { channel: 'test' },
    )
    return { store, clock }
  }

  it('queues the week ending Monday 08:00 New York once, with a chat-ready text', async () => {
    const { store, clock } = await workspace(true)
    const deps = { storage: db().storage, clock }
    expect(await sendDueDigests(deps)).toBeGreaterThanOrEqual(1)
    const [first, ...more] = await digests(store.workspaceId)
    expect(more).toEqual([])
    // Monday 2026-11-30 08:00 EST is 13:00 UTC; the digest covers the 7 days before it.
    expect(first).toMatchObject({
      target: 'weekly-meeting',
      dedupe_key: 'digest:2026-11-30T13:00:00.000Z',
      payload: { from: '2026-11-23T13:00:00.000Z', to: '2026-11-30T13:00:00.000Z' },
    })
    const text = String(first?.payload['text'])
    expect(text.split('\n')[0]).toBe('Baton weekly digest, 2026-11-23 to 2026-11-30')
    expect(text).toContain('- MQLs: 2 (last week 0')

    // Every later pass that week adds nothing; next Monday's digest is queued once it is due.
    await sendDueDigests(deps)
    expect(await digests(store.workspaceId)).toHaveLength(1)
    clock.set('2026-12-07T12:59:00.000Z')
    await sendDueDigests(deps)
    expect(await digests(store.workspaceId)).toHaveLength(1)
    clock.set('2026-12-07T13:00:00.000Z')
    await sendDueDigests(deps)
    expect((await digests(store.workspaceId)).map((d) => d.dedupe_key)).toEqual([
      'digest:2026-11-30T13:00:00.000Z',
      'digest:2026-12-07T13:00:00.000Z',
    ])
  })

  it('sends nothing for an agreement without a digest schedule', async () => {
    const { store, clock } = await workspace(false)
    await sendDueDigests({ storage: db().storage, clock })
    expect(await digests(store.workspaceId)).toEqual([])
  })
})
