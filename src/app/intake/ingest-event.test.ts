import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { createPerson } from '../records/people.ts'
import { ingestEvents } from './ingest-event.ts'

describeEachBackend('ingestEvents', (db) => {
  async function context(): Promise<UseCaseContext> {
    return {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'import',
      role: 'admin' as const,
    }
  }
  async function activities(ctx: UseCaseContext) {
    const { rows } = await sql<{ type: string; url: string | null; email: string }>`
      SELECT a.type, a.properties->>'url' AS url, p.email FROM activity a JOIN person p
        ON p.workspace_id = a.workspace_id AND p.id = a.person_id
      WHERE a.workspace_id = ${ctx.store.workspaceId} ORDER BY a.occurred_at, a.type`.execute(
      db().opened.db,
    )
    return rows
  }
  async function people(ctx: UseCaseContext) {
    const ana = await createPerson(ctx, { email: 'ana@acme.com' })
    await createPerson(ctx, { email: 'bo@globex.com' })
    await sql`UPDATE person SET external_id = 'lead-7' WHERE id = ${ana.id}`.execute(db().opened.db)
  }

  it('puts events on the timeline of the person named by source id or email, once', async () => {
    const ctx = await context()
    await people(ctx)
    const events = [
      {
        personExternalId: 'lead-7',
        type: 'Page View',
        occurredAt: '2026-01-05T10:00:00Z',
        url: 'https://acme.com/pricing',
      },
      { email: 'BO+news@Globex.com', type: 'email_opened', occurredAt: '2026-01-06 08:00:00' },
      {
        email: 'bo@globex.com',
        type: 'webinar',
        occurredAt: '2026-01-07',
        idempotencyKey: 'zoom-991',
      },
    ]
    const first = await ingestEvents(ctx, events, 'import:web.csv')
    expect(first.map((o) => o.kind)).toEqual(['created', 'created', 'created'])
    expect(await activities(ctx)).toEqual([
      { type: 'page_view', url: 'https://acme.com/pricing', email: 'ana@acme.com' },
      { type: 'email_opened', url: null, email: 'bo@globex.com' },
      { type: 'webinar', url: null, email: 'bo@globex.com' },
    ])
    const again = await ingestEvents(ctx, events, 'import:web.csv')
    expect(again.map((o) => o.kind)).toEqual(['merged', 'merged', 'merged'])
    // The client's key decides for an event that has one, even if its time is restated.
    const moved = await ingestEvents(ctx, [{ ...events[2], occurredAt: '2026-01-08' }], 'api')
    expect(moved[0]?.kind).toBe('merged')
    expect(await activities(ctx)).toHaveLength(3)
  })

  it('counts a repeat inside one batch once', async () => {
    const ctx = await context()
    await people(ctx)
    const click = { email: 'ana@acme.com', type: 'click', occurredAt: '2026-02-01T00:00:00Z' }
    const outcomes = await ingestEvents(ctx, [click, click], 'api')
    expect(outcomes.map((o) => o.kind)).toEqual(['created', 'merged'])
  })

  it('rejects an event for a person it does not know, naming them and the fix', async () => {
    const ctx = await context()
    await people(ctx)
    const outcomes = await ingestEvents(
      ctx,
      [
        { personExternalId: 'lead-404', type: 'visit', occurredAt: '2026-01-01' },
        { email: 'nobody@acme.com', type: 'visit', occurredAt: '2026-01-01' },
        { email: 'ana@acme.com', type: 'visit', occurredAt: 'yesterday' },
        { email: 'ana@acme.com', type: 'visit', occurredAt: '2026-01-01' },
      ],
      'api',
    )
    expect(outcomes.slice(0, 3)).toEqual([
      {
        kind: 'rejected',
        reason: 'person.unknown',
        message: expect.stringMatching(
          /no person has source id "lead-404" — fix: import the leads first/,
        ),
      },
      {
        kind: 'rejected',
        reason: 'person.unknown',
        message: expect.stringContaining('email "nobody@acme.com"'),
      },
      {
        kind: 'rejected',
        reason: 'event.bad_time',
        message: expect.stringContaining('occurredAt "yesterday" is not a date'),
      },
    ])
    expect(outcomes[3]?.kind).toBe('created')
    expect(await activities(ctx)).toHaveLength(1)
  })
})
