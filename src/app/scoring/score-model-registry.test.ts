import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { handRaiserDocument, scoringContext } from '../../../test/scoring-fixture.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestEvents } from '../intake/ingest-event.ts'
import { createPerson } from '../records/people.ts'
import { explainScore } from './explain-score.ts'
import { rebuildScores } from './rebuild-scores.ts'
import { addScoreModel, listScoreModels, publishScoreModel } from './score-models.ts'

// The hand-raiser preset with every point doubled: a second model version to switch to.
function doubled(): Record<string, unknown> {
  const document = handRaiserDocument()
  const engagement = document['engagement'] as { points: number }[]
  return {
    ...document,
    name: 'double',
    engagement: engagement.map((rule) => ({ ...rule, points: rule.points * 2 })),
  }
}

describeEachBackend('score models: registry, history, rebuild and back-test', (db) => {
  const run = <T>(query: ReturnType<typeof sql<T>>) => query.execute(db().opened.db)
  const setUp = async () => scoringContext((await db().workspace()).store)
  const scoreOf = async (id: PersonId) =>
    (
      await run(sql<{ score: string | null; v: number | null }>`
        SELECT score::text, score_model_version AS v FROM person WHERE id = ${id}`)
    ).rows[0]

  it('keeps one live version: publishing retires the previous one, and a retired one can come back', async () => {
    const { ctx } = await setUp()
    const first = await addScoreModel(ctx, handRaiserDocument())
    const second = await addScoreModel(ctx, doubled())
    expect([first.version, second.version, first.status]).toEqual([1, 2, 'draft'])
    await publishScoreModel(ctx, 1)
    await publishScoreModel(ctx, 2)
    const statuses = async () => (await listScoreModels(ctx)).map((m) => `${m.version}:${m.status}`)
    expect(await statuses()).toEqual(['1:retired', '2:live'])
    await publishScoreModel(ctx, 1)
    expect(await statuses()).toEqual(['1:live', '2:retired'])
    expect(await codeOf(publishScoreModel(ctx, 1))).toBe('score_model.not_draft')
  })

  it('refuses an unknown version, an invalid document and a stored draft that fails validation', async () => {
    const { ctx } = await setUp()
    expect(await codeOf(publishScoreModel(ctx, 7))).toBe('score_model.not_found')
    expect(await codeOf(rebuildScores(ctx, { model: 7 }))).toBe('score_model.not_found')
    expect(await codeOf(rebuildScores(ctx))).toBe('score_model.none_live')
    const broken = {
      ...handRaiserDocument(),
      engagement: [{ id: 'x', event: 'page_view', points: 1 }],
    }
    expect(await codeOf(addScoreModel(ctx, broken))).toBe('score_model.invalid')
    const stored = await ctx.store.scoring.models.insertDraft({
      name: 'broken',
      kind: 'rules',
      document: broken,
      createdBy: 'test',
    })
    expect(await codeOf(publishScoreModel(ctx, stored.version))).toBe('score_model.invalid')
    expect((await listScoreModels(ctx)).map((m) => m.status)).toEqual(['draft'])
  })

  it('never rewrites history: stage events keep the versions that moved people', async () => {
    const { ctx, clock } = await setUp()
    await addScoreModel(ctx, handRaiserDocument())
    await addScoreModel(ctx, doubled())
    await publishScoreModel(ctx, 1)
    const ana = await createPerson(ctx, { email: 'ana@acme.com', title: 'VP Sales' })
    await ingestEvents(
      ctx,
      [{ email: 'ana@acme.com', type: 'demo_request', occurredAt: '2026-11-23T15:00:00Z' }],
      'api',
    )
    await publishScoreModel(ctx, 2)
    clock.advance(3_600_000)
    const rebuilt = await rebuildScores(ctx)
    expect(rebuilt).toMatchObject({ kind: 'rebuilt', modelVersion: 2, people: 1 })
    const { rows } = await run(sql<{ note: string }>`
      SELECT note FROM stage_event WHERE person_id = ${ana.id} AND to_stage = 'mql'`)
    expect(rows.map((r) => r.note)).toEqual([expect.stringContaining('score model version 1')])
    expect(await scoreOf(ana.id)).toMatchObject({ v: 2 })
    const explained = await explainScore(ctx, ana.id)
    expect([explained.modelVersion, String(explained.total)]).toEqual([
      2,
      (await scoreOf(ana.id))?.score,
    ])
  })

  it('rebuilds every person in chunks, each its own transaction, reporting progress', async () => {
    const { ctx } = await setUp()
    const people = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => createPerson(ctx, { email: `p${n}@acme.com` })),
    )
    const events = people.map((p, n) => ({
      email: p.email ?? '',
      type: n % 2 === 0 ? 'email_reply' : 'email_open',
      occurredAt: '2026-11-20T10:00:00Z',
    }))
    await ingestEvents(ctx, events, 'api')
    expect(await scoreOf(people[0]?.id as PersonId)).toMatchObject({ score: null })
    await publishScoreModel(ctx, (await addScoreModel(ctx, handRaiserDocument())).version)
    const progress: string[] = []
    const result = await rebuildScores(ctx, {
      chunkSize: 2,
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
    })
    expect(result).toMatchObject({ kind: 'rebuilt', people: 5, chunks: 3 })
    expect(progress).toEqual(['2/5', '4/5', '5/5'])
    for (const person of people) expect(await scoreOf(person.id)).toMatchObject({ v: 1 })
  })

  it('back-tests a draft against the live model without writing: MQLs and their MQL->SQL rate', async () => {
    const { ctx } = await setUp()
    await publishScoreModel(ctx, (await addScoreModel(ctx, handRaiserDocument())).version)
    const draft = await addScoreModel(ctx, doubled())
    const people = await Promise.all(
      [1, 2, 3].map((n) => createPerson(ctx, { email: `p${n}@acme.com`, title: 'VP Sales' })),
    )
    const at = '2026-11-23T15:00:00Z'
    await ingestEvents(
      ctx,
      [
        { email: 'p1@acme.com', type: 'demo_request', occurredAt: at },
        { email: 'p2@acme.com', type: 'email_reply', occurredAt: at },
        { email: 'p3@acme.com', type: 'webinar_attended', occurredAt: at },
      ],
      'api',
    )
    const p1 = people[0]?.id as PersonId
    for (const stage of ['sal', 'sql'])
      await changeStage(ctx, { subject: { type: 'person', id: p1 }, toStage: stage })
    const before = await scoreOf(p1)
    const result = await rebuildScores(ctx, { model: draft.version, chunkSize: 2 })
    expect(result).toEqual({
      kind: 'back_test',
      people: 3,
      mqlThreshold: 60,
      candidate: { version: 2, atOrAboveMql: 3, reachedSql: 1, mqlToSqlPct: 33.3 },
      live: { version: 1, atOrAboveMql: 1, reachedSql: 1, mqlToSqlPct: 100 },
    })
    expect(await scoreOf(p1)).toEqual(before)
  })
})
