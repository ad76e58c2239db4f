import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { handRaiserDocument, scoringContext } from '../../../test/scoring-fixture.ts'
import { seededRandom } from '../../core/predict/seeded-random.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { EventInput } from '../../core/imports/index.ts'
import { ingestEvents } from '../intake/ingest-event.ts'
import { createPerson } from '../records/people.ts'
import { explainScore } from './explain-score.ts'
import { addScoreModel, publishScoreModel } from './score-models.ts'

const dayMs = 86_400_000

// Events as the API receives them: some older than the person's last, some repeated, with page
// URLs, intent signals and unsubscribes among them.
function randomEvents(
  random: () => number,
  emails: readonly string[],
  count: number,
  atMs: number,
) {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T
  return Array.from({ length: count }, (): EventInput => {
    const type = pick([
      'email_open',
      'email_click',
      'page_visit',
      'demo_request',
      'intent_signal',
      'unsubscribe',
      'form_fill',
    ])
    const occurredAt = new Date(atMs - Math.floor(random() * 60 * dayMs)).toISOString()
    const base = {
      email: pick(emails),
      type,
      occurredAt,
      idempotencyKey: `k${Math.floor(random() * 400)}`,
    }
    if (type === 'page_visit')
      return { ...base, url: pick(['https://acme.com/pricing', 'https://acme.com/blog']) }
    if (type === 'intent_signal')
      return { ...base, properties: { topic: 'crm', strength: String(Math.floor(random() * 100)) } }
    return base
  })
}

describeEachBackend('real-time scoring from kept score states', (db) => {
  const run = <T>(query: ReturnType<typeof sql<T>>) => query.execute(db().opened.db)

  async function setUp() {
    const scoring = await scoringContext((await db().workspace()).store)
    await publishScoreModel(
      scoring.ctx,
      (await addScoreModel(scoring.ctx, handRaiserDocument())).version,
    )
    return scoring
  }
  async function stored(id: PersonId) {
    const { rows } = await run(sql<{
      total: string
      fit: string
      engagement: string
      intent: string
      band: string
      state: string | null
    }>`
      SELECT score::text AS total, fit_score::text AS fit, engagement_score::text AS engagement,
        intent_score::text AS intent, score_band AS band, score_state AS state
      FROM person WHERE id = ${id}`)
    return rows[0]
  }
  // The explanation scores the whole stored history again, at the instant and version stored.
  async function expectWholeHistoryScore(ctx: Parameters<typeof explainScore>[0], id: PersonId) {
    const row = await stored(id)
    const whole = await explainScore(ctx, id)
    expect(row).toMatchObject({
      total: String(whole.total),
      fit: String(whole.fit),
      engagement: String(whole.engagement),
      intent: String(whole.intent),
      band: whole.band.name,
    })
    return row
  }

  it('stores, batch after batch, the score the whole history gives', async () => {
    const { ctx, clock } = await setUp()
    const emails = ['ana@acme.com', 'bo@acme.com', 'cy@gmail.com']
    const people = await Promise.all(
      emails.map((email, i) =>
        createPerson(ctx, { email, firstName: `P${i}`, title: i === 0 ? 'VP Sales' : 'Engineer' }),
      ),
    )
    const random = seededRandom(11)
    for (let batch = 0; batch < 8; batch += 1) {
      clock.advance(Math.floor(random() * 3 * dayMs))
      const atMs = ctx.clock.now().getTime()
      await ingestEvents(
        ctx,
        randomEvents(random, emails, 1 + Math.floor(random() * 12), atMs),
        'api',
      )
      for (const person of people) await expectWholeHistoryScore(ctx, person.id)
    }
    const kept = await Promise.all(people.map((person) => stored(person.id)))
    expect(kept.every((row) => row?.state !== null)).toBe(true)
  })

  it('counts events recorded outside real-time scoring: their writer clears the kept state', async () => {
    const { ctx } = await setUp()
    const ana = await createPerson(ctx, {
      email: 'ana@acme.com',
      firstName: 'Ana',
      title: 'VP Sales',
    })
    const open = { email: 'ana@acme.com', type: 'email_open' }
    await ingestEvents(ctx, [{ ...open, occurredAt: '2026-11-20T10:00:00Z' }], 'api')
    expect((await stored(ana.id))?.state).not.toBeNull()
    await ctx.store.intake.recordActivities([
      {
        personId: ana.id,
        type: 'demo_request',
        occurredAt: new Date('2026-11-21T10:00:00Z'),
        source: 'form',
        properties: {},
        idempotencyKey: 'intake:demo',
      },
    ])
    expect((await stored(ana.id))?.state).toBeNull()
    await ingestEvents(ctx, [{ ...open, occurredAt: '2026-11-22T10:00:00Z' }], 'api')
    const row = await expectWholeHistoryScore(ctx, ana.id)
    expect(Number(row?.engagement)).toBeGreaterThan(40)
    expect(row?.state).not.toBeNull()
  })
})
