import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { handRaiserDocument, scoringContext } from '../../../test/scoring-fixture.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestEvents } from '../intake/ingest-event.ts'
import { createPerson } from '../records/people.ts'
import { explainScore } from './explain-score.ts'
import { addScoreModel, publishScoreModel } from './score-models.ts'

describeEachBackend('real-time scoring', (db) => {
  const run = <T>(query: ReturnType<typeof sql<T>>) => query.execute(db().opened.db)

  async function setUp() {
    const scoring = await scoringContext((await db().workspace()).store)
    const model = await addScoreModel(scoring.ctx, handRaiserDocument())
    await publishScoreModel(scoring.ctx, model.version)
    return scoring
  }
  const vp = (ctx: UseCaseContext, email: string) =>
    createPerson(ctx, { email, firstName: 'Ana', title: 'VP Marketing' })
  const event = (email: string, type: string, occurredAt: string) => ({ email, type, occurredAt })

  async function stageEvents(id: PersonId) {
    const { rows } = await run(sql<{ to_stage: string; agreement_version: number; note: string }>`
      SELECT to_stage, agreement_version, note FROM stage_event WHERE person_id = ${id} ORDER BY id`)
    return rows
  }
  async function stored(id: PersonId) {
    const { rows } = await run(sql<{ score: string; score_band: string; v: number; stage: string }>`
      SELECT score::text, score_band, score_model_version AS v, stage FROM person WHERE id = ${id}`)
    return rows[0]
  }

  it('moves a person to mql exactly once when concurrent events cross the threshold', async () => {
    const { ctx, agreementVersion } = await setUp()
    const ana = await vp(ctx, 'ana@acme.com')
    const batches = ['10', '11', '12', '13', '14'].map((hour) => [
      event('ana@acme.com', 'demo_request', `2026-11-23T${hour}:00:00Z`),
    ])
    await Promise.all(batches.map((batch) => ingestEvents(ctx, batch, 'api')))
    const moves = (await stageEvents(ana.id)).filter((e) => e.to_stage === 'mql')
    expect(moves).toHaveLength(1)
    expect(moves[0]?.agreement_version).toBe(agreementVersion)
    expect(moves[0]?.note).toContain('score model version 1')
    expect(await stored(ana.id)).toMatchObject({ stage: 'mql', v: 1 })
  })

  it('stays below the threshold on opens and visits and keeps the person where they are', async () => {
    const { ctx } = await setUp()
    const bo = await createPerson(ctx, { email: 'bo@acme.com', firstName: 'Bo' })
    await ingestEvents(ctx, [event('bo@acme.com', 'email_open', '2026-11-22T10:00:00Z')], 'api')
    expect(await stored(bo.id)).toMatchObject({ score: '0.94', score_band: 'C4', stage: 'inquiry' })
  })

  it('explains a score with contributions that sum exactly to the stored score', async () => {
    const { ctx, clock } = await setUp()
    const ana = await vp(ctx, 'ana@acme.com')
    const events = [
      event('ana@acme.com', 'webinar_attended', '2026-10-01T10:00:00Z'),
      event('ana@acme.com', 'email_click', '2026-11-20T10:00:00Z'),
      event('ana@acme.com', 'page_visit', '2026-11-21T10:00:00Z'),
    ]
    await ingestEvents(ctx, events, 'api')
    clock.advance(86_400_000)
    const explained = await explainScore(ctx, ana.id)
    const cents = explained.contributions.reduce((sum, c) => sum + Math.round(c.points * 100), 0)
    expect(cents / 100).toBe(explained.total)
    expect(String(explained.total)).toBe((await stored(ana.id))?.score)
    expect(explained.contributions.map((c) => c.ruleId)).toEqual([
      'c-level-or-vp',
      'webinar-attended',
      'email-click',
      'page-visit',
    ])
    const webinar = explained.contributions[1]
    const ageDays = (Date.parse('2026-11-23T15:00Z') - Date.parse('2026-10-01T10:00Z')) / 86_400_000
    expect(webinar?.decayFactor).toBeCloseTo(0.5 ** (ageDays / 30), 12)
  })

  it('scores a second insert in one transaction from what the first left, not the rows first read', async () => {
    const { ctx } = await setUp()
    const ana = await vp(ctx, 'ana@acme.com')
    const bo = await vp(ctx, 'bo@acme.com')
    const first = { type: 'webinar_attended', occurredAt: new Date('2026-11-20T10:00:00Z') }
    const second = { type: 'email_reply', occurredAt: new Date('2026-11-21T10:00:00Z') }
    // Both have a kept score state already, which each insert folds its events into.
    const earlier = (email: string) => event(email, 'email_open', '2026-11-19T10:00:00Z')
    await ingestEvents(ctx, [earlier('ana@acme.com'), earlier('bo@acme.com')], 'api')
    await ctx.store.transaction(async (tx) => {
      const people = await tx.imports.events.findPeople({
        externalIds: [],
        emails: ['ana@acme.com'],
      })
      const personId = people.byEmail.get('ana@acme.com') ?? ana.id
      for (const [i, e] of [first, second].entries())
        await tx.imports.events.insertNew([
          { ...e, personId, properties: {}, idempotencyKey: `twice-${String(i)}` },
        ])
    })
    await ingestEvents(
      ctx,
      [first, second].map((e) => event('bo@acme.com', e.type, e.occurredAt.toISOString())),
      'api',
    )
    expect((await stored(ana.id))?.score).toBe((await stored(bo.id))?.score)
    expect(Number((await stored(ana.id))?.score)).toBeGreaterThan(40)
  })

  it('counts an event sent again once, beside new events of the same batch', async () => {
    const { ctx } = await setUp()
    const ana = await vp(ctx, 'ana@acme.com')
    const bo = await vp(ctx, 'bo@acme.com')
    const open = (email: string) => event(email, 'email_open', '2026-11-19T10:00:00Z')
    const reply = (email: string, at = '2026-11-21T10:00:00Z') => ({
      ...event(email, 'email_reply', at),
      idempotencyKey: `reply-${email}`,
    })
    const webinar = (email: string) => event(email, 'webinar_attended', '2026-11-20T10:00:00Z')
    await ingestEvents(ctx, [open('ana@acme.com'), reply('ana@acme.com')], 'api')
    // The reply's key is stored already (the retry carries another instant, which the stored event
    // keeps): the batch is folded as if it were new while it is inserted, and that fold is dropped.
    const retry = [reply('ana@acme.com', '2026-11-22T10:00:00Z'), webinar('ana@acme.com')]
    const again = await ingestEvents(ctx, retry, 'api')
    expect(again.map((outcome) => outcome.kind)).toEqual(['merged', 'created'])
    await ingestEvents(
      ctx,
      [open('bo@acme.com'), reply('bo@acme.com'), webinar('bo@acme.com')],
      'api',
    )
    expect((await stored(ana.id))?.score).toBe((await stored(bo.id))?.score)
    expect(Number((await stored(ana.id))?.score)).toBeGreaterThan(55)
  })

  it('rolls the people up to their account', async () => {
    const { ctx } = await setUp()
    const { rows } = await run(sql<{ id: string }>`
      INSERT INTO account (workspace_id, name) SELECT workspace_id, 'Acme' FROM person LIMIT 0
      RETURNING id`)
    expect(rows).toHaveLength(0)
    const ana = await vp(ctx, 'ana@acme.com')
    const bo = await vp(ctx, 'bo@acme.com')
    await run(sql`WITH a AS (INSERT INTO account (workspace_id, name)
        SELECT workspace_id, 'Acme' FROM person WHERE id = ${ana.id} RETURNING workspace_id, id)
      UPDATE person p SET account_id = a.id FROM a WHERE p.id IN (${ana.id}, ${bo.id})`)
    await ingestEvents(
      ctx,
      [
        event('ana@acme.com', 'demo_request', '2026-11-23T15:00:00Z'),
        event('bo@acme.com', 'email_reply', '2026-11-23T15:00:00Z'),
      ],
      'api',
    )
    const account = await run(sql<{ score: string }>`
      SELECT a.score::text FROM account a JOIN person p ON p.account_id = a.id WHERE p.id = ${ana.id}`)
    // Ana 65 (VP 15 + demo 50), Bo 45 (VP 15 + reply 30) is engaged: +10.
    expect(account.rows[0]?.score).toBe('75')
  })

  it('alerts the owner when a person silent for 90 days or more engages again', async () => {
    const { ctx } = await setUp()
    const ana = await vp(ctx, 'ana@acme.com')
    await ingestEvents(ctx, [event('ana@acme.com', 'email_open', '2026-07-01T10:00:00Z')], 'api')
    await ingestEvents(ctx, [event('ana@acme.com', 'email_open', '2026-08-01T10:00:00Z')], 'api')
    await ingestEvents(ctx, [event('ana@acme.com', 'email_click', '2026-11-20T10:00:00Z')], 'api')
    await ingestEvents(ctx, [event('ana@acme.com', 'email_click', '2026-11-21T10:00:00Z')], 'api')
    const { rows } = await run(sql<{ topic: string; target: string; payload: unknown }>`
      SELECT o.topic, o.target, o.payload FROM outbox o
      JOIN person p ON p.workspace_id = o.workspace_id WHERE p.id = ${ana.id}`)
    expect(rows).toEqual([
      {
        topic: 'person.re_engaged',
        target: 'unassigned',
        payload: expect.objectContaining({ personId: ana.id, ownerId: null, daysSilent: 111 }),
      },
    ])
  })
})
