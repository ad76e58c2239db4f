import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { rejectionOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import {
  assignToExperiment,
  createExperiment,
  experimentReport,
} from '../experiments/experiments.ts'
import { ExperimentDocumentSchema } from '../experiments/experiment.schema.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestLead } from '../intake/ingest-lead.ts'
import { ingestSpend } from '../intake/ingest-spend.ts'
import { PlanDocumentSchema } from './plan.schema.ts'
import { createPlan, getPlan, listPlans } from './plans.ts'
import { trackPlan } from './track-plan.ts'
import { whatIfPlan } from './what-if-plan.ts'

// The example over four ISO weeks (2027-W01..W04), no lags; "now" is Wednesday of W03.
const document = PlanDocumentSchema.parse({
  name: 'January new business',
  channels: [
    {
      name: 'inbound',
      source: 'marketing',
      leadSource: 'web',
      averageDealCents: 2_500_000,
      rates: {
        inquiry_to_mql: 0.12,
        mql_to_sql: 0.9,
        sql_to_opportunity: 0.5,
        opportunity_to_won: 0.25,
      },
    },
  ],
  targets: [
    {
      name: 'January',
      period: { start: '2027-01-04', end: '2027-01-31' },
      revenueCents: 100_000_000,
    },
  ],
})

const at = (day: string) => new Date(`${day}T12:00:00Z`)

describeEachBackend('plans: saved, tracked against the stage history, what-if', (db) => {
  // 40 web MQLs on 2027-01-05 of whom 20 became SQLs the next day; 10 web inquiries on 01-12;
  // web spend of 1,000.00 over 2027-01-01..10 (10 inquiries in the window: 100.00 each).
  async function seeded(): Promise<{ ctx: UseCaseContext; mqls: PersonId[]; sqls: Set<string> }> {
    const ctx = {
      store: (await db().workspace()).store,
      clock: fixedClock('2027-01-20T12:00:00Z'),
      actor: 'test',
      role: 'admin' as const,
    }
    const mqls: PersonId[] = []
    const sqls = new Set<string>()
    for (let i = 0; i < 50; i += 1) {
      const lead = {
        email: `p${i}@firm${i}.com`,
        source: 'web',
        stage: i < 40 ? 'mql' : 'inquiry',
        occurredAt: at(i < 40 ? '2027-01-05' : '2027-01-12'),
        extra: {},
      }
      const outcome = await ingestLead(ctx, lead, { channel: 'test' })
      if (outcome.kind === 'rejected') throw new Error(outcome.message)
      if (i >= 40) continue
      mqls.push(outcome.personId)
      if (i % 2 === 0) {
        await changeStage(ctx, {
          subject: { type: 'person', id: outcome.personId },
          toStage: 'sql',
          occurredAt: at('2027-01-06'),
        })
        sqls.add(outcome.personId)
      }
    }
    await ingestSpend(ctx, [
      {
        channel: 'web',
        periodStart: '2027-01-01',
        periodEnd: '2027-01-10',
        amountCents: 100_000,
        currency: 'USD',
      },
    ])
    return { ctx, mqls, sqls }
  }

  it('saves a plan with its assumptions and the hand-computed result, and lists it', async () => {
    const { ctx } = await seeded()
    const plan = await createPlan(ctx, document)
    expect(plan.result.plan.total).toEqual({
      won: 40,
      opportunity: 160,
      sql: 320,
      mql: 356,
      inquiry: 2967,
    })
    expect(plan).toMatchObject({
      name: 'January new business',
      periodStart: '2027-01-04',
      periodEnd: '2027-01-31',
      createdBy: 'test',
    })
    expect(plan.assumptions.channels[0]?.rates.conversion.mql_to_sql).toEqual({
      value: 0.9,
      origin: 'assumption',
    })
    expect(await getPlan(ctx, plan.id)).toEqual(plan)
    expect((await listPlans(ctx)).map((p) => p.id)).toEqual([plan.id])
  })

  it('tracks actual vs plan per week and stage and warns when MQL->SQL drifts below plan', async () => {
    const { ctx } = await seeded()
    const plan = await createPlan(ctx, document)
    const tracking = await trackPlan(ctx, plan.id)
    const mql = tracking.weeks.filter((w) => w.stage === 'mql')
    // 356 MQLs over 28 days: 89 a week; 40 came in W01, none since; W04 has not started.
    expect(mql.map((w) => [w.week, w.planned, w.actual, w.gap])).toEqual([
      ['2027-W01', 89, 40, -49],
      ['2027-W02', 89, 0, -138],
      ['2027-W03', 89, 0, -227],
      ['2027-W04', 89, null, null],
    ])
    const drift = tracking.drift.filter((d) => d.rate === 'mql_to_sql')
    expect(drift.map((d) => [d.channel, d.status, d.cohort, d.reached])).toEqual([
      [null, 'below', 40, 20],
      ['inbound', 'below', 40, 20],
    ])
    expect(tracking.warnings[0]).toMatch(
      /MQL->SQL \(mql_to_sql\) for the plan is 50\.0% \(20\/40\).*the target is at risk/,
    )
    // Ten inquiries are too few to judge inquiry->MQL.
    expect(
      tracking.drift.find((d) => d.rate === 'inquiry_to_mql' && d.channel === 'inbound')?.status,
    ).toBe('too_few')
  })

  it('shows what MQL->SQL at 80% does to inquiries and spend, at the cost report cost per inquiry', async () => {
    const { ctx } = await seeded()
    const plan = await createPlan(ctx, document)
    const result = await whatIfPlan(ctx, plan.id, ['mql_to_sql=0.8'])
    // 320 SQLs at 80%: 400 MQLs, 3,334 inquiries (+367); 367 x 100.00 = 36,700.00 more spend.
    expect(result.delta).toMatchObject({ sql: 0, mql: 44, inquiry: 367 })
    expect(result.byChannel).toEqual([
      {
        channel: 'inbound',
        inquiriesBefore: 2967,
        inquiriesAfter: 3334,
        deltaInquiries: 367,
        costPerInquiryCents: 10_000,
        deltaSpendCents: 3_670_000,
      },
    ])
    expect(result.deltaSpendCents).toBe(3_670_000)
  })

  it('refuses a plan with a missing rate, naming it, and stores nothing', async () => {
    const { ctx } = await seeded()
    const channel = { ...document.channels[0], rates: { mql_to_sql: 0.9 } }
    const error = await rejectionOf(
      createPlan(ctx, { ...document, channels: [channel] as typeof document.channels }),
    )
    expect(error.code).toBe('plan.invalid')
    expect(error.message).toMatch(
      /Channel "inbound": the opportunity->won \(opportunity_to_won\) rate is missing/,
    )
    expect(await listPlans(ctx)).toEqual([])
    expect((await rejectionOf(getPlan(ctx, '00000000-0000-4000-8000-000000000000'))).code).toBe(
      'plan.not_found',
    )
    expect((await rejectionOf(whatIfPlan(ctx, 'nope', ['mql_to_sql=0.8']))).code).toBe(
      'plan.not_found',
    )
  })

  it('assigns leads to experiment arms once, for good, and reports meetings per arm', async () => {
    const { ctx, mqls, sqls } = await seeded()
    const design = ExperimentDocumentSchema.parse({
      name: 'east hold-out',
      kind: 'holdout',
      arms: [
        { name: 'east', share: 0.5, repGroup: 'east' },
        { name: 'holdout', share: 0.5 },
      ],
      minimumDetectableLift: 0.2,
    })
    const experiment = await createExperiment(ctx, design)
    const first = new Map<string, string>()
    for (const id of mqls) {
      const [arm] = await ctx.store.transaction((tx) => assignToExperiment(tx, ctx, id))
      first.set(id, arm?.arm ?? '')
    }
    for (const id of mqls.slice(0, 5)) {
      const [again] = await ctx.store.transaction((tx) => assignToExperiment(tx, ctx, id))
      expect(again?.arm).toBe(first.get(id))
    }
    const east = mqls.filter((id) => first.get(id) === 'east')
    expect(first.get(east[0] ?? '')).toBe('east')
    const report = await experimentReport(ctx, experiment.id)
    expect(report.arms.map((a) => [a.arm, a.leads, a.meetings])).toEqual([
      ['east', east.length, east.filter((id) => sqls.has(id)).length],
      [
        'holdout',
        40 - east.length,
        mqls.filter((id) => first.get(id) === 'holdout' && sqls.has(id)).length,
      ],
    ])
    expect(report.comparisons[0]?.meetings).not.toBeNull()
    expect(report.sampleSize.enough).toBe(false)
    const duplicate = await rejectionOf(createExperiment(ctx, design))
    expect(duplicate.code).toBe('experiment.invalid')
  })
})
