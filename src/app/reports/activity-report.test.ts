import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import { addUser } from '../access/users.ts'
import type { UseCaseContext } from '../context.ts'
import { createPerson } from '../records/people.ts'
import { activityReport } from './activity-report.ts'

describeEachBackend('activity report', (db) => {
  async function seeded(sign = true) {
    const store = (await db().workspace()).store
    const ctx: UseCaseContext = {
      store,
      clock: fixedClock('2026-03-09T12:00:00.000Z'),
      actor: 'test',
      role: 'admin',
    }
    if (sign) await signedAgreement(ctx)
    const sid = await addUser(ctx, { email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    const ana = await addUser(ctx, { email: 'ana@acme.com', name: 'Ana', role: 'sdr' })
    const owned = await createPerson(ctx, { email: 'lead@globex.com', ownerId: sid.id })
    const loose = await createPerson(ctx, { email: 'lead@initech.com' })
    const at = (day: string) => new Date(`${day}T15:00:00Z`)
    const row = (personId: string, occurred: string, properties: Record<string, string> = {}) => ({
      workspace_id: store.workspaceId,
      person_id: personId,
      type: 'conversations',
      occurred_at: at(occurred),
      properties: JSON.stringify(properties),
    })
    await db()
      .opened.db.insertInto('activity')
      .values([
        row(owned.id, '2026-03-02'),
        row(owned.id, '2026-03-03'),
        row(owned.id, '2026-03-04'),
        // Credited to Ana although Sid owns the lead: the activity names who did it.
        row(owned.id, '2026-03-05', { userId: ana.id }),
        row(loose.id, '2026-03-05'),
        row(owned.id, '2026-02-20'),
      ])
      .execute()
    return { ctx, sid, ana }
  }

  it("compares each SDR's conversations with 8 a working day of the agreement", async () => {
    const { ctx, sid, ana } = await seeded()
    const report = await activityReport(ctx, { from: '2026-03-02', to: '2026-03-09' })
    expect(report.workingDays).toBe(5)
    expect(report.goals).toEqual([
      {
        team: 'sdr',
        activity: 'conversations',
        perDay: 8,
        expectedPerRep: 40,
        reps: [
          { userId: sid.id, name: 'Sid', actual: 3, perDay: 0.6, attainment: { value: 3 / 40 } },
          { userId: ana.id, name: 'Ana', actual: 1, perDay: 0.2, attainment: { value: 1 / 40 } },
        ],
        unattributed: 1,
      },
    ])
    // Without --from: the 7 days before now (Monday 9 March, 12:00 UTC).
    const week = await activityReport(ctx, {})
    expect(week.from.toISOString()).toBe('2026-03-02T12:00:00.000Z')
    expect(week.goals[0]?.reps.map((r) => r.actual)).toEqual([3, 1])
  })

  it('needs an agreement in force and a period of at most ten years', async () => {
    const { ctx } = await seeded(false)
    expect(await codeOf(activityReport(ctx, {}))).toBe('agreement.none_in_force')
    expect(await codeOf(activityReport(ctx, { from: '1990-01-01' }))).toBe('request.invalid')
  })
})
