import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import { mergeDuplicates } from '../app/duplicates/merge-duplicates.ts'
import { reviewNewPeople } from '../app/duplicates/review-new-people.ts'
import { unmergeDuplicates } from '../app/duplicates/unmerge-duplicates.ts'
import type { UseCaseContext } from '../app/context.ts'
import { createAccount } from '../app/records/accounts.ts'
import { createPerson } from '../app/records/people.ts'
import { funnelReport } from '../app/reports/funnel-report.ts'
import type { PersonId } from '../core/shared/index.ts'

// funnel_subject is derived from stage_event (migration 0021); whatever order events arrive in and
// whatever merges happen, it must equal the first entries computed afresh from the history.
describeEachBackend('funnel_subject, the first entries the funnel reads', (db) => {
  const run = <T>(query: ReturnType<typeof sql<T>>) => query.execute(db().opened.db)

  async function setUp() {
    const { store } = await db().workspace()
    const ctx: UseCaseContext = { store, clock: fixedClock(), actor: 'test', role: 'admin' }
    const person = async (email: string) =>
      (await createPerson(ctx, { email, stage: 'universe' })).id
    return { ctx, ana: await person('ana@acme.com'), bo: await person('bo@acme.com') }
  }

  async function events(workspaceId: string, rows: readonly [PersonId, string, string][]) {
    await run(sql`INSERT INTO stage_event (workspace_id, subject_type, person_id, to_stage, occurred_at, actor)
      VALUES ${sql.join(rows.map(([id, stage, day]) => sql`(${workspaceId}, 'person', ${id}, ${stage}, ${new Date(`2024-${day}T12:00:00Z`)}, 'test')`))}`)
  }

  // The same first entries as the funnel reads them, from scratch.
  async function derived(workspaceId: string) {
    const { rows } = await run(sql<{ person_id: string; stage: string; at: Date }>`
      SELECT person_id, s.stage, s.at FROM funnel_subject f
      CROSS JOIN LATERAL (VALUES ('inquiry', f.inquiry_at), ('mql', f.mql_at), ('sql', f.sql_at),
        ('won', f.won_at), ('universe', f.universe_at)) AS s(stage, at)
      WHERE f.workspace_id = ${workspaceId} AND s.at IS NOT NULL ORDER BY 1, 2`)
    return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }))
  }
  async function afresh(workspaceId: string) {
    const { rows } = await run(sql<{ person_id: string; stage: string; at: Date }>`
      SELECT coalesce(p.merged_into, p.id) AS person_id, se.to_stage AS stage, min(se.occurred_at) AS at
      FROM stage_event se JOIN person p ON p.workspace_id = se.workspace_id AND p.id = se.person_id
      WHERE se.workspace_id = ${workspaceId} AND se.subject_type = 'person'
      GROUP BY 1, 2 ORDER BY 1, 2`)
    return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }))
  }

  it('keeps the earliest entry per stage whatever order the events arrive in', async () => {
    const { ctx, ana, bo } = await setUp()
    const ws = ctx.store.workspaceId
    await events(ws, [
      [ana, 'mql', '03-01'],
      [ana, 'mql', '02-01'],
      [bo, 'inquiry', '01-10'],
    ])
    await events(ws, [[ana, 'mql', '02-15']])
    await events(ws, [
      [ana, 'mql', '01-20'],
      [bo, 'inquiry', '01-10'],
    ])
    expect(await derived(ws)).toEqual(await afresh(ws))
    const mql = (await derived(ws)).find((r) => r.person_id === ana && r.stage === 'mql')
    expect(mql?.at).toBe('2024-01-20T12:00:00.000Z')
  })

  it('keeps the agreement version of the earliest entry, the first recorded on a tie', async () => {
    const { ctx, ana, bo } = await setUp()
    const ws = ctx.store.workspaceId
    await run(sql`INSERT INTO agreement_version (workspace_id, version, status, document, created_by)
      SELECT ${ws}, g, 'draft', '{}', 'test' FROM generate_series(1, 7) g ON CONFLICT DO NOTHING`)
    const versioned = (rows: readonly [PersonId, string, string, number][]) =>
      run(sql`INSERT INTO stage_event (workspace_id, subject_type, person_id, to_stage, occurred_at, actor, agreement_version)
        VALUES ${sql.join(rows.map(([id, stage, day, v]) => sql`(${ws}, 'person', ${id}, ${stage}, ${new Date(`2024-${day}T12:00:00Z`)}, 'test', ${v})`))}`)
    const versionOf = async (id: PersonId, stage: 'mql' | 'inquiry') => {
      const { rows } = await run(sql<{ v: number | null }>`
        SELECT ${sql.ref(`${stage}_version`)} AS v FROM funnel_subject
        WHERE workspace_id = ${ws} AND person_id = ${id}`)
      return rows[0]?.v
    }
    await versioned([
      [ana, 'mql', '03-01', 3],
      [ana, 'mql', '02-01', 2],
      [bo, 'inquiry', '01-10', 1],
      [bo, 'inquiry', '01-10', 4],
    ])
    await versioned([[ana, 'mql', '02-01', 5]])
    expect([await versionOf(ana, 'mql'), await versionOf(bo, 'inquiry')]).toEqual([2, 1])
    await versioned([[bo, 'mql', '01-15', 7]])
    await mergeDuplicates(ctx, bo, ana)
    expect([await versionOf(ana, 'mql'), await versionOf(ana, 'inquiry')]).toEqual([7, 1])
    await unmergeDuplicates(ctx, bo)
    expect([await versionOf(ana, 'mql'), await versionOf(bo, 'mql')]).toEqual([2, 7])
  })

  it('follows a merge and its undoing, so the funnel counts the survivor once', async () => {
    const { ctx, ana, bo } = await setUp()
    const ws = ctx.store.workspaceId
    await events(ws, [
      [ana, 'inquiry', '01-05'],
      [bo, 'inquiry', '01-02'],
      [bo, 'mql', '01-09'],
    ])
    const before = await derived(ws)
    const january = { from: '2024-01-01', to: '2024-02-01' }
    const inquiries = async () =>
      (await funnelReport(ctx, january)).total.entered.find((e) => e.stage === 'inquiry')
    expect(await inquiries()).toEqual({ stage: 'inquiry', subjects: 2 })

    await mergeDuplicates(ctx, bo, ana)
    expect(await derived(ws)).toEqual(await afresh(ws))
    expect(
      (await derived(ws)).filter((r) => r.person_id === ana && r.stage !== 'universe'),
    ).toEqual([
      { person_id: ana, stage: 'inquiry', at: '2024-01-02T12:00:00.000Z' },
      { person_id: ana, stage: 'mql', at: '2024-01-09T12:00:00.000Z' },
    ])
    expect((await derived(ws)).some((r) => r.person_id === bo)).toBe(false)
    expect(await inquiries()).toEqual({ stage: 'inquiry', subjects: 1 })
    // An event recorded for the merged person lands on the survivor.
    await events(ws, [[bo, 'sql', '01-20']])
    expect(await derived(ws)).toEqual(await afresh(ws))

    await unmergeDuplicates(ctx, bo)
    expect(await derived(ws)).toEqual(await afresh(ws))
    expect(await derived(ws)).toEqual(
      [...before, { person_id: bo, stage: 'sql', at: '2024-01-20T12:00:00.000Z' }].sort((a, b) => {
        const key = (r: { person_id: string; stage: string }) => `${r.person_id} ${r.stage}`
        return key(a) < key(b) ? -1 : 1
      }),
    )
    expect(await inquiries()).toEqual({ stage: 'inquiry', subjects: 2 })
  })

  it("follows intake's set-based automatic merges", async () => {
    const { ctx } = await setUp()
    const ws = ctx.store.workspaceId
    const acme = (await createAccount(ctx, { name: 'Acme', domain: 'acme.com' })).id
    const ana = (
      await createPerson(ctx, {
        email: 'ana.n@acme.com',
        firstName: 'Ana',
        lastName: 'Núñez',
        phone: '+34911234567',
        accountId: acme,
      })
    ).id
    const again = (
      await createPerson(ctx, {
        email: 'a.nunez@acme.com',
        firstName: 'ANA',
        lastName: 'Nunez',
        phone: '+34911234567',
        accountId: acme,
      })
    ).id
    await events(ws, [
      [again, 'mql', '01-03'],
      [ana, 'mql', '01-08'],
    ])
    const review = await ctx.store.transaction((tx) => reviewNewPeople(ctx, tx, [again]))
    expect(review.merged).toEqual([{ personId: again, intoPersonId: ana }])
    expect(await derived(ws)).toEqual(await afresh(ws))
    expect((await derived(ws)).find((r) => r.person_id === ana && r.stage === 'mql')?.at).toBe(
      '2024-01-03T12:00:00.000Z',
    )
  })
})
