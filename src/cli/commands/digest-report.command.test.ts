import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import { ingestLeads } from '../../app/intake/ingest-leads.ts'

describeEachBackend('baton report digest', (db) => {
  it('prints the KPI table against last week and the goals, leaks and breaches; CSV and JSON', async () => {
    const { store, slug } = await db().workspace()
    const ctx = { store, clock: fixedClock(), actor: 'test', role: 'admin' as const }
    const at = (day: string) => new Date(`2026-11-${day}T12:00:00Z`)
    await ingestLeads(
      ctx,
      [
        { email: 'ana@acme.com', source: 'webinar', stage: 'mql', occurredAt: at('17'), extra: {} },
        { email: 'bo@acme.com', source: 'webinar', stage: 'mql', occurredAt: at('18'), extra: {} },
        { email: 'cy@acme.com', source: 'paid', stage: 'mql', occurredAt: at('10'), extra: {} },
      ],
      { channel: 'test' },
    )
    await signedAgreement(ctx)
    const run = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    const table = await run('report', 'digest', '--to', '2026-11-23')
    expect(table.code, table.err).toBe(0)
    expect(table.out).toMatch(
      /^digest week 2026-11-16 \.\. 2026-11-23 \(against the week before\)\n/,
    )
    expect(table.out).toMatch(/MQLs\s+2\s+1\s+\+1 \(\+100\.0%\)\s+no goal/)
    expect(table.out).toMatch(/mql->sql\s+0\.0%\s+0\.0%\s+\+?0\.0 pts\s+90\.0%\s+below/)
    expect(table.out).toMatch(/top leaks\n {2}- MQL->SQL is 0% against a 90% goal/)
    expect(table.out).toMatch(/SLA breaches by team\n {2}none\n$/)
    const csv = await run('report', 'digest', '--to', '2026-11-23', '--csv')
    expect(csv.out.split('\n')[0]).toBe('kpi,this week,last week,change,goal,status')
    expect(csv.out).toContain('Answered within the response target,-,-,-,95.0%,no data')
    const json = await run('--json', 'report', 'digest', '--to', '2026-11-23')
    expect(JSON.parse(json.out)).toMatchObject({
      from: '2026-11-16T00:00:00.000Z',
      topLeaks: [expect.any(String)],
    })
  })
})
