import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { asOutcomes, csvModel } from '../../../test/predictive-model-fixture.ts'
import { handRaiserDocument, scoringContext } from '../../../test/scoring-fixture.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestEvents } from '../intake/ingest-event.ts'
import { createPerson } from '../records/people.ts'
import { explainScore } from '../scoring/explain-score.ts'
import { addScoreModel, listScoreModels, publishScoreModel } from '../scoring/score-models.ts'
import { loadOutcomeTable } from './outcome-table.ts'
import {
  promotePredictiveModel,
  registerPredictiveModel,
  rollbackPredictiveModel,
} from './predictive-models.ts'
import { trainFromOutcomes } from './train-from-outcomes.ts'

// 120 leads captured on 2026-01-01: referrals mostly convert, paid search mostly gets disqualified
// (one in six of each goes the other way). Converted people attend webinars after they convert, which
// must never reach the training rows; everyone clicked an email before their outcome.
async function history(ctx: UseCaseContext, clock: { set(iso: string): void }) {
  clock.set('2026-01-01T00:00:00.000Z')
  const people: { id: PersonId; positive: boolean }[] = []
  for (let i = 0; i < 120; i += 1) {
    const referral = i % 2 === 0
    const positive = referral ? i % 12 !== 0 : i % 12 === 1
    const person = await createPerson(ctx, {
      email: `lead${i}@example${i}.com`,
      source: referral ? 'referral' : 'paid search',
    })
    people.push({ id: person.id, positive })
  }
  await ingestEvents(
    ctx,
    people.map((_, i) => ({
      email: `lead${i}@example${i}.com`,
      type: 'email_click',
      occurredAt: '2026-01-03T00:00:00Z',
    })),
    'test',
  )
  clock.set('2026-01-10T00:00:00.000Z')
  for (const person of people) {
    const subject = { type: 'person', id: person.id } as const
    const path = person.positive ? ['mql', 'sal', 'sql'] : ['disqualified']
    for (const toStage of path) await changeStage(ctx, { subject, toStage })
  }
  const after = people.flatMap((p, i) =>
    p.positive
      ? [
          {
            email: `lead${i}@example${i}.com`,
            type: 'webinar_attended',
            occurredAt: '2026-01-20T00:00:00Z',
          },
        ]
      : [],
  )
  await ingestEvents(ctx, after, 'test')
  clock.set('2026-06-01T00:00:00.000Z')
  return people
}

describeEachBackend('predictive models: outcomes, registry, gates, live score', (db) => {
  const setUp = async () => scoringContext((await db().workspace()).store)

  it('builds the training table from outcomes and never counts what followed the outcome', async () => {
    const { ctx, clock } = await setUp()
    await history(ctx, clock)
    const loaded = await loadOutcomeTable(ctx, { since: null })
    expect(loaded.reasons).toMatchObject({ converted: 60, disqualified: 60, unresponsive: 0 })
    expect(loaded.data.labels.filter(Boolean)).toHaveLength(60)
    const { columns, rows } = loaded.data.table
    expect(columns).not.toContain('events.webinar_attended')
    const clicks = columns.indexOf('events.email_click')
    expect(rows.every((row) => row[clicks] === 1)).toBe(true)
    expect(columns[0]).toBe('capture_date')
    const later = await loadOutcomeTable(ctx, { since: new Date('2026-02-01T00:00:00Z') })
    expect(later.data.labels).toHaveLength(0)
  }, 120_000)

  it('trains on outcomes, registers a draft with its metrics, promotes it and scores people with it', async () => {
    const { ctx, clock } = await setUp()
    const people = await history(ctx, clock)
    const report = await trainFromOutcomes(ctx, {
      since: null,
      algorithm: 'logistic',
      seed: 7,
      exclude: [],
      allow: [],
    })
    expect(report.split.method).toBe('time')
    expect(report.stored.model.features).toContain('person.source')
    expect(report.stored.model.features).not.toContain('events.webinar_attended')
    const draft = await registerPredictiveModel(ctx, report.stored)
    expect(draft).toMatchObject({
      kind: 'predictive',
      status: 'draft',
      metrics: { positives: 60, negatives: 60, fromOutcomes: true },
    })
    const live = await promotePredictiveModel(ctx, draft.version)
    expect(live.status).toBe('live')
    await addScoreModel(ctx, handRaiserDocument())
    await publishScoreModel(ctx, draft.version + 1)
    expect((await listScoreModels(ctx)).map((m) => `${m.kind}:${m.status}`)).toEqual([
      'predictive:live',
      'rules:live',
    ])
    const referral = people[2]
    const paid = people[1]
    const a = await explainScore(ctx, referral?.id ?? ('' as PersonId))
    const b = await explainScore(ctx, paid?.id ?? ('' as PersonId))
    expect(a.prediction?.modelVersion).toBe(draft.version)
    expect(a.prediction?.probability).toBeGreaterThan(b.prediction?.probability ?? 1)
    expect(a.prediction?.explanation).toMatch(/source = referral raised the odds/)
  }, 120_000)

  it('refuses to promote below the outcome gate, at the baseline or a CSV model, with the reason', async () => {
    const { ctx } = await setUp()
    const few = await registerPredictiveModel(ctx, asOutcomes(csvModel(60)))
    const error = await promotePredictiveModel(ctx, few.version).catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'score_model.not_promotable',
      message: expect.stringMatching(/at least 50 of each/),
    })
    const flat = asOutcomes(csvModel(600))
    const coinFlip = await registerPredictiveModel(ctx, {
      ...flat,
      evaluation: { ...flat.evaluation, testAuc: 0.5 },
    })
    expect(
      (await promotePredictiveModel(ctx, coinFlip.version).catch((e: unknown) => e)) as Error,
    ).toHaveProperty('message', expect.stringMatching(/not above the baseline/))
    const csv = await registerPredictiveModel(ctx, csvModel(600))
    expect(await codeOf(promotePredictiveModel(ctx, csv.version))).toBe(
      'score_model.not_promotable',
    )
    expect(await codeOf(registerPredictiveModel(ctx, { model: {} }))).toBe('request.invalid')
    expect(await codeOf(promotePredictiveModel(ctx, 99))).toBe('score_model.not_found')
  })

  it('rolls back through earlier promotions, then says there is nothing before the first', async () => {
    const { ctx } = await setUp()
    expect(await codeOf(rollbackPredictiveModel(ctx))).toBe('score_model.no_previous')
    const model = asOutcomes(csvModel(600))
    const versions = []
    for (let i = 0; i < 3; i += 1)
      versions.push((await registerPredictiveModel(ctx, model)).version)
    for (const version of versions) await promotePredictiveModel(ctx, version)
    expect(await codeOf(promotePredictiveModel(ctx, versions[2] ?? 0))).toBe(
      'score_model.not_draft',
    )
    expect((await rollbackPredictiveModel(ctx)).version).toBe(versions[1])
    expect((await rollbackPredictiveModel(ctx)).version).toBe(versions[0])
    expect(await codeOf(rollbackPredictiveModel(ctx))).toBe('score_model.no_previous')
    const statuses = (await listScoreModels(ctx)).map((m) => m.status)
    expect(statuses).toEqual(['live', 'retired', 'retired'])
  })
})
