import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import { ingestLeads } from '../../app/intake/ingest-leads.ts'

describeEachBackend('baton report funnel|velocity|pipeline', (db) => {
  async function seeded() {
    const { store, slug } = await db().workspace()
    const ctx = { store, clock: fixedClock(), actor: 'test', role: 'admin' as const }
    const at = (day: string) => new Date(`2024-01-${day}T00:00:00Z`)
    await ingestLeads(
      ctx,
      [
        { email: 'ana@acme.com', source: 'webinar', stage: 'mql', occurredAt: at('10'), extra: {} },
        { email: 'bo@globex.com', source: 'paid', stage: 'mql', occurredAt: at('12'), extra: {} },
      ],
      { channel: 'test' },
    )
    const run = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    return Object.assign(run, { ctx })
  }

  it('prints the funnel as a table, as CSV and as JSON', async () => {
    const run = await seeded()
    const table = await run('report', 'funnel', '--by', 'origin', '--from', '2024-01-01')
    expect(table.code, table.err).toBe(0)
    expect(table.out).toMatch(/^funnel 2024-01-01 \.\. .* by source\n/)
    expect(table.out).toMatch(/\(all\)\s+mql 2/)
    const csv = await run('report', 'funnel', '--csv')
    expect(csv.out.split('\n')[0]).toBe('group,from,to,cohort,reached,rate,note')
    expect(csv.out).toContain('(all),mql,won,2,0,0,')
    const json = await run('--json', 'report', 'velocity')
    expect(JSON.parse(json.out)).toMatchObject({ by: null, total: { group: null } })
  })

  it('adds working hours to velocity with --business, once an agreement gives the calendar', async () => {
    const run = await seeded()
    const refused = await run('report', 'velocity', '--business')
    expect(refused.code).not.toBe(0)
    expect(refused.err).toMatch(/calendar of the agreement in force, and none is in force/)
    await signedAgreement(run.ctx)
    const csv = await run('report', 'velocity', '--business', '--csv')
    expect(csv.code, csv.err).toBe(0)
    expect(csv.out.split('\n')[0]).toBe(
      'group,from,to,moved,backwards,median_days,p75_days,p90_days,median_business_hours,p75_business_hours,p90_business_hours',
    )
    const table = await run('report', 'velocity', '--business')
    expect(table.out).toMatch(/\(calendar days; working hours on the agreement calendar\)\n/)
    const plain = await run('report', 'velocity', '--csv')
    expect(plain.out.split('\n')[0]).toBe(
      'group,from,to,moved,backwards,median_days,p75_days,p90_days',
    )
  })

  it('prints the pipeline with its silent window, and CSV by stage', async () => {
    const run = await seeded()
    const table = await run('report', 'pipeline', '--silent-days', '30')
    expect(table.code, table.err).toBe(0)
    expect(table.out).toMatch(/^pipeline .* \(silent after 30 days\)\n/)
    const cost = await run('report', 'cost', '--csv', '--from', '2024-01-01')
    expect(cost.code, cost.err).toBe(0)
    expect(cost.out.split('\n')[0]).toBe(
      'channel,spend,inquiries,mqls,opportunities,customers,per_inquiry,per_mql,per_opportunity,per_customer',
    )
    expect(cost.out).toContain('(all),0.00,0,2,0,0,-,0.00,-,-')
    const dispositions = await run('report', 'dispositions', '--from', '2024-01-01')
    expect(dispositions.code, dispositions.err).toBe(0)
    expect(dispositions.out).toMatch(
      /^dispositions 2024-01-01 \.\. .*; without a known reason code: 0\n/,
    )
    const csv = await run('report', 'pipeline', '--csv', '--by', 'product')
    expect(csv.out.split('\n')[0]).toBe(
      'group,stage,status,deals,amount,silent,probability,weighted',
    )
  })

  it('exits non-zero naming what is wrong: an unknown split, a bad date, a bad window', async () => {
    const run = await seeded()
    const split = await run('report', 'funnel', '--by', 'zodiac')
    expect(split.code).toBe(2)
    expect(split.err).toMatch(/Cannot split by "zodiac"; use one of source/)
    const date = await run('report', 'velocity', '--from', 'yesterday')
    expect(date.code).toBe(2)
    expect(date.err).toMatch(/--from "yesterday" is not a date/)
    const window = await run('report', 'pipeline', '--silent-days', '0')
    expect(window.code).not.toBe(0)
    expect(window.err).toMatch(/--silent-days takes 1 to 3650/)
  })
})
