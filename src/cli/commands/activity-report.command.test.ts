import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'

describeEachBackend('baton report activity', (db) => {
  it('prints each rep against the goal as a table and CSV, and fails without an agreement', async () => {
    const { store, slug } = await db().workspace()
    const run = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    const bare = await run('report', 'activity')
    expect(bare.code).toBe(4)
    expect(bare.err).toContain('[agreement.none_in_force]')
    await signedAgreement({ store, clock: fixedClock(), actor: 'test', role: 'admin' })
    const sid = await store.users.insert({ email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    const lead = await store.people.insert({
      email: 'lead@globex.com',
      emailNormalized: 'lead@globex.com',
      stage: 'mql',
      ownerId: sid.id,
    })
    await db()
      .opened.db.insertInto('activity')
      .values(
        ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].map((day) => ({
          workspace_id: store.workspaceId,
          person_id: lead.id,
          type: 'conversations',
          occurred_at: new Date(`${day}T15:00:00Z`),
        })),
      )
      .execute()
    const table = await run('report', 'activity', '--from', '2026-03-02', '--to', '2026-03-09')
    expect(table.code, table.err).toBe(0)
    expect(table.out).toMatch(/^activity 2026-03-02 \.\. 2026-03-09: 5 working days\n/)
    expect(table.out).toMatch(/sdr\s+conversations\s+Sid\s+4\s+40\s+0\.8\s+8\s+10\.0%/)
    const csv = await run(
      'report',
      'activity',
      '--csv',
      '--from',
      '2026-03-02',
      '--to',
      '2026-03-09',
    )
    expect(csv.out.trim().split('\n')).toEqual([
      'team,activity,rep,actual,goal,per_day,goal_per_day,attainment',
      'sdr,conversations,Sid,4,40,0.8,8,10.0%',
    ])
  })
})
