import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { scoringContext } from '../../../test/scoring-fixture.ts'
import { addUser } from '../access/users.ts'
import type { UseCaseContext } from '../context.ts'
import { ExperimentDocumentSchema } from '../experiments/experiment.schema.ts'
import { createExperiment, experimentReport } from '../experiments/experiments.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { createPerson, getPerson } from '../records/people.ts'
import { listHeldLeads } from './assign-person.ts'

describeEachBackend('experiment arms in routing', (db) => {
  async function setUp() {
    const scoring = await scoringContext((await db().workspace()).store)
    await addUser(scoring.ctx, { email: 'ben@acme.com', name: 'Ben BDR', role: 'sdr' })
    return scoring
  }
  const toMql = async (ctx: UseCaseContext, email: string) => {
    const person = await createPerson(ctx, { email })
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    return getPerson(ctx, person.id)
  }

  it('holds the hold-out arm out of its rep group and routes the other arm, recording each arm once', async () => {
    const { ctx } = await setUp()
    const design = ExperimentDocumentSchema.parse({
      name: 'sdr hold-out',
      kind: 'holdout',
      seed: 'fixed',
      arms: [
        { name: 'sdr reps', share: 0.5, repGroup: 'sdr' },
        { name: 'held out', share: 0.5 },
      ],
    })
    const experiment = await createExperiment(ctx, design)
    const people = []
    for (let n = 0; n < 16; n += 1) people.push(await toMql(ctx, `lead${n}@acme.com`))
    const report = await experimentReport(ctx, experiment.id)
    const leads = Object.fromEntries(report.arms.map((a) => [a.arm, a.leads]))
    expect((leads['sdr reps'] ?? 0) + (leads['held out'] ?? 0)).toBe(16)
    expect(leads['held out']).toBeGreaterThan(0)
    const routed = people.filter((p) => p.ownerId !== null)
    expect(routed).toHaveLength(leads['sdr reps'] ?? -1)
    const held = await listHeldLeads(ctx, { limit: 50 })
    expect(held.items).toHaveLength(leads['held out'] ?? -1)
    expect(held.items[0]?.reason).toContain(
      'pool sdr is barred to arm "held out" of experiment "sdr hold-out"',
    )
  })

  it('routes everyone as before when no experiment is running', async () => {
    const { ctx } = await setUp()
    const person = await toMql(ctx, 'plain@acme.com')
    expect(person.ownerId).not.toBeNull()
  })
})
