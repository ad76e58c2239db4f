import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestTeamMembers } from './ingest-team-member.ts'

describeEachBackend('ingestTeamMembers', (db) => {
  async function context(): Promise<UseCaseContext> {
    return {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'import',
      role: 'admin' as const,
    }
  }
  async function roster(ctx: UseCaseContext) {
    const { rows } = await sql<{
      name: string
      email: string
      team: string | null
      manager: string | null
    }>`
      SELECT u.name, u.email, t.name AS team, m.name AS manager FROM "user" u
      LEFT JOIN team t ON t.workspace_id = u.workspace_id AND t.id = u.team_id
      LEFT JOIN "user" m ON m.workspace_id = u.workspace_id AND m.id = u.manager_id
      WHERE u.workspace_id = ${ctx.store.workspaceId} ORDER BY u.name`.execute(db().opened.db)
    return rows
  }
  const maven = [
    { name: 'Anna Snelling', manager: 'Dustin Brinkmann', team: 'Central', role: 'sales' },
    { name: 'Cecily Lampkin', manager: 'Dustin Brinkmann', team: 'Central', role: 'sales' },
  ]

  it('makes each member a user on their team reporting to their manager, once', async () => {
    const ctx = await context()
    expect((await ingestTeamMembers(ctx, maven)).map((o) => o.kind)).toEqual(['created', 'created'])
    expect(await roster(ctx)).toEqual([
      {
        name: 'Anna Snelling',
        email: 'anna.snelling@no-email.invalid',
        team: 'Central',
        manager: 'Dustin Brinkmann',
      },
      {
        name: 'Cecily Lampkin',
        email: 'cecily.lampkin@no-email.invalid',
        team: 'Central',
        manager: 'Dustin Brinkmann',
      },
      {
        name: 'Dustin Brinkmann',
        email: 'dustin.brinkmann@no-email.invalid',
        team: 'Central',
        manager: null,
      },
    ])
    expect((await ingestTeamMembers(ctx, maven)).map((o) => o.kind)).toEqual(['merged', 'merged'])
  })

  it('gives a placeholder user their real email and a new manager when a later roster says so', async () => {
    const ctx = await context()
    await ingestTeamMembers(ctx, maven)
    const outcomes = await ingestTeamMembers(ctx, [
      { name: 'ANNA  SNELLING', email: 'anna@acme.com', manager: 'Cara Losch', team: 'East' },
    ])
    expect(outcomes[0]?.kind).toBe('updated')
    expect((await roster(ctx)).find((u) => u.email === 'anna@acme.com')).toEqual({
      name: 'Anna Snelling',
      email: 'anna@acme.com',
      team: 'East',
      manager: 'Cara Losch',
    })
  })

  it('rejects a member without a name, with a bad email or an unknown role', async () => {
    const ctx = await context()
    const outcomes = await ingestTeamMembers(ctx, [
      { name: '' },
      { name: 'Bo', email: 'bo at acme' },
      { name: 'Bo', role: 'wizard' },
    ])
    expect(outcomes.map((o) => (o.kind === 'rejected' ? o.reason : o.kind))).toEqual([
      'team_member.missing_name',
      'team_member.bad_email',
      'team_member.bad_role',
    ])
    expect(await roster(ctx)).toEqual([])
  })
})
