import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { sharedDataPath } from '../../../test/shared-data.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestOpportunities } from '../intake/ingest-opportunity.ts'
import { createPerson } from '../records/people.ts'
import { segmentReport } from './segment-report.ts'

const deal = (
  id: string,
  account: string,
  status: 'won' | 'lost',
  cents: number,
  closed: string,
) => ({
  externalId: id,
  name: null,
  accountName: account,
  personExternalId: null,
  stage: status,
  status,
  amountCents: cents,
  currency: 'USD',
  openedAt: new Date('2023-01-01T00:00:00Z'),
  closedAt: new Date(`${closed}T00:00:00Z`),
  product: null,
  properties: {},
})

describeEachBackend('segment report', (db) => {
  async function seeded() {
    const store = (await db().workspace()).store
    const ctx: UseCaseContext = { store, clock: fixedClock(), actor: 'test', role: 'admin' }
    await signedAgreement(ctx)
    await ingestOpportunities(ctx, [
      deal('A1', 'Acme', 'won', 70_000, '2024-02-01'),
      deal('A0', 'Acme', 'won', 30_000, '2023-06-01'),
      deal('G1', 'Globex', 'won', 20_000, '2024-03-01'),
      deal('I1', 'Initech', 'won', 10_000, '2024-01-15'),
      deal('H1', 'Hooli', 'lost', 50_000, '2024-02-20'),
      deal('I0', 'Initech', 'lost', 5_000, '2023-12-01'),
    ])
    // The deals create the accounts by name; the firmographics come after.
    for (const [name, industry, country, employeeCount] of [
      ['Acme', 'Software', 'US', 200],
      ['Globex', 'software', 'US', 1000],
      ['Initech', 'Manufacturing', 'US', 300],
      ['Hooli', 'Software', 'DE', 100],
    ] as const) {
      await db()
        .opened.db.updateTable('account')
        .set({ industry, country, employee_count: employeeCount })
        .where('workspace_id', '=', store.workspaceId)
        .where('name', '=', name)
        .execute()
    }
    const touch = async (email: string, days: number | null) => {
      const person = await createPerson(ctx, { email })
      if (days === null) return
      await db()
        .opened.db.insertInto('activity')
        .values({
          workspace_id: store.workspaceId,
          person_id: person.id,
          type: 'email_clicked',
          occurred_at: new Date(Date.parse('2024-04-01T00:00:00Z') - days * 86_400_000),
        })
        .execute()
    }
    await touch('ana@acme.com', 10)
    await touch('bo@globex.com', 300)
    await touch('cy@initech.com', null)
    return ctx
  }

  it('classes customers, scores RFM, counts active people, lists lost deals and ICP coverage', async () => {
    const ctx = await seeded()
    const report = await segmentReport(ctx, { from: '2024-01-01', to: '2024-04-01' })
    // Q1 revenue 1,000.00: Acme 700.00 (A), Globex 200.00 (70% before it: A), Initech 100.00 (90%: C).
    expect(report.pareto.classes.map((c) => [c.class, c.customers, c.revenueCents])).toEqual([
      ['A', 2, 90_000],
      ['B', 0, 0],
      ['C', 1, 10_000],
      ['D', 0, 0],
    ])
    // Days since the last win at 1 April: Acme 60, Globex 31, Initech 77.
    expect(
      report.customers.map((c) => [c.name, c.class, c.recencyDays, c.wonDeals, c.rfm]),
    ).toEqual([
      ['Acme', 'A', 60, 2, '455'],
      ['Globex', 'A', 31, 1, '544'],
      ['Initech', 'C', 77, 1, '242'],
    ])
    expect(report.activity).toEqual({
      people: 3,
      active: 1,
      inactive: 2,
      neverEngaged: 1,
      activeShare: { value: 1 / 3 },
    })
    expect(report.lost).toMatchObject({
      count: 1,
      amountCents: 50_000,
      deals: [{ customer: 'Hooli' }],
    })
    expect(report.universe).toEqual({ people: 3, accounts: 4, customers: 3 })
    // Software in the US with 50-5,000 employees: Acme and Globex, both customers.
    expect(report.icp.profiles).toEqual([
      {
        product: 'Platform',
        accounts: 2,
        accountShare: { value: 0.5 },
        customers: 2,
        customerShare: { value: 2 / 3 },
      },
    ])
    const wide = await segmentReport(ctx, {
      from: '2024-01-01',
      to: '2024-04-01',
      inactiveAfterDays: 365,
    })
    expect(wide.activity.active).toBe(2)
  })

  it('refuses a window or limit out of range', async () => {
    const ctx = await seeded()
    expect(await codeOf(segmentReport(ctx, { inactiveAfterDays: 0 }))).toBe('request.invalid')
    expect(await codeOf(segmentReport(ctx, { limit: 501 }))).toBe('request.invalid')
  })

  it('segments the Maven pipeline: every won dollar in a class, 85 customers, all lost deals', async () => {
    const { slug, store } = await db().workspace()
    const maven = (file: string) => sharedDataPath('maven-crm-sales-opportunities', file)
    for (const [entity, file, map] of [
      ['accounts', 'accounts.csv', 'maven-accounts'],
      ['opportunities', 'sales_pipeline.csv', 'maven-pipeline'],
    ] as const) {
      const run = await runDbCli(db(), slug, 'import', entity, maven(file), '--map', map)
      expect(run.code, run.err).toBe(0)
    }
    // From the file itself: won revenue per account, and the lost deals of 2017.
    const rows = (await readFile(maven('sales_pipeline.csv'), 'utf8')).trim().split('\n').slice(1)
    const won = new Map<string, number>()
    let lost = 0
    for (const [, , , account, stage, , , value] of rows.map((r) => r.split(','))) {
      if (stage === 'Won' && account)
        won.set(account, (won.get(account) ?? 0) + Number(value) * 100)
      if (stage === 'Lost') lost += 1
    }
    const ctx: UseCaseContext = { store, clock: fixedClock(), actor: 'test', role: 'admin' }
    const report = await segmentReport(ctx, { from: '2017-01-01', to: '2018-01-01', limit: 3 })
    expect(report.pareto.revenueCents).toBe(1_000_553_400)
    expect(report.pareto.classes.reduce((sum, c) => sum + c.revenueCents, 0)).toBe(1_000_553_400)
    expect(report.universe).toMatchObject({ accounts: 85, customers: won.size })
    expect(report.lost.count).toBe(lost)
    const ranked = [...won.entries()].sort((a, b) => b[1] - a[1])
    expect(report.customers.map((c) => [c.name, c.periodCents])).toEqual(ranked.slice(0, 3))
    // The rule: A holds the customers ranked before 80% of revenue is reached.
    const a = report.pareto.classes[0]
    expect(a?.customers).toBe(
      ranked.filter(
        (_, i) => ranked.slice(0, i).reduce((s, r) => s + r[1], 0) < 0.8 * 1_000_553_400,
      ).length,
    )
    expect(report.icp.reason).toBe('no agreement is in force')
  }, 120_000)
})
