import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import pino from 'pino'
import { afterAll, expect, it } from 'vitest'
import { createHttpApp } from '../../http/create-http-app.ts'
import { systemClock } from '../../main/local-backend.ts'
import { describeEachBackend } from '../../../test/database.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { apiClient } from '../api-client.ts'
import { runCli } from '../create-program.ts'

const servers: { close(callback: () => void): void }[] = []
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))))
})

describeEachBackend('baton report sla', (db) => {
  async function seeded() {
    const { store, slug, apiKey } = await db().workspace()
    const person = await store.people.insert({
      email: 'ana@globex.com',
      emailNormalized: 'ana@globex.com',
      stage: 'mql',
    })
    const sid = await store.users.insert({ email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    const clock = (startedAt: string, priority: string) => ({
      kind: 'first_response' as const,
      personId: person.id,
      opportunityId: null,
      ownerId: sid.id,
      priority,
      startedAt: new Date(startedAt),
      dueAt: new Date(new Date(startedAt).getTime() + 3_600_000),
      nextCheckAt: null,
      agreementVersion: null,
    })
    await store.sla.clocks.insert([
      clock('2026-11-02T14:00:00Z', 'hot'),
      clock('2026-11-03T14:00:00Z', 'warm'),
    ])
    const hot = (await store.sla.clocks.listForPerson(person.id)).find((c) => c.priority === 'hot')
    if (!hot) throw new Error('no hot clock')
    await store.sla.clocks.stop([
      { id: hot.id, stoppedAt: new Date('2026-11-02T14:20:00Z'), outcome: 'met' },
    ])
    return { run: (...argv: string[]) => runDbCli(db(), slug, ...argv), apiKey }
  }

  it('prints compliance per priority and breaches by owner and team, as a table, CSV and JSON', async () => {
    const { run } = await seeded()
    const table = await run(
      'report',
      'sla',
      '--from',
      '2026-11-01',
      '--to',
      '2026-12-01',
      '--by',
      'owner',
    )
    expect(table.code, table.err).toBe(0)
    expect(table.out).toMatch(/^sla 2026-11-01 \.\. 2026-12-01 by owner \(as of .*\)\n/)
    expect(table.out).toMatch(/\(all\)\s+2\s+1\s+1\s+1\s+0\s+50\.0%/)
    expect(table.out).toMatch(/hot\s+1\s+1\s+0\s+0\s+0\s+100\.0%/)
    expect(table.out).toMatch(/warm\s+1\s+0\s+1\s+1\s+0\s+0\.0%/)
    expect(table.out).toContain('first meeting -> status update: no status update was recorded')
    expect(table.out).toMatch(
      /breaches by owner\n.*\n.*\nSid\s+2\s+1\s+50\.0%\s+first_response 1\n/,
    )
    expect(table.out).toMatch(/breaches by team\n.*\n.*\n\(none\)\s+2\s+1\s+50\.0%/)
    const csv = await run('report', 'sla', '--csv', '--from', '2026-11-01', '--by', 'owner')
    expect(csv.code, csv.err).toBe(0)
    const lines = csv.out.trim().split('\n')
    expect(lines[0]).toBe(
      'group,first_response_clocks,answered_in_target,breached_response,within_target,resolution_breached,unresolved_share,status_updates,status_update_median_minutes,status_update_p90_minutes,minutes,breached,breach_share',
    )
    expect(lines.slice(1)).toEqual([
      '(all),2,1,1,0.5,0,,0,,,calendar_minutes,1,0.5',
      'Sid,2,1,1,0.5,0,,0,,,calendar_minutes,1,0.5',
    ])
    const json = await run('--json', 'report', 'sla', '--by', 'priority')
    expect(JSON.parse(json.out)).toMatchObject({
      by: 'priority',
      groups: [{ group: 'warm' }, { group: 'hot' }],
    })
  })

  it('names the valid splits for a bad --by, locally and over the API', async () => {
    const { run, apiKey } = await seeded()
    const bad = await run('report', 'sla', '--by', 'zodiac')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('Cannot split by "zodiac"; use one of owner, team, priority.')
    const app = createHttpApp({
      storage: db().storage,
      clock: systemClock,
      logger: pino({ level: 'silent' }),
      version: 'test',
    })
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    servers.push(server)
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const stdout: string[] = []
    const code = await runCli(['report', 'sla', '--from', '2026-11-01', '--by', 'team'], {
      out: { stdout: (t) => stdout.push(t), stderr: () => undefined },
      version: 'test',
      openBackend: () => Promise.resolve(apiClient(url, apiKey)),
      serve: () => Promise.resolve(),
      migrate: () => Promise.resolve({ location: '', applied: [] }),
    })
    expect(code).toBe(0)
    expect(stdout.join('')).toMatch(/^sla 2026-11-01 \.\. \d{4}-\d{2}-\d{2} by team \(as of /)
    expect(stdout.join('')).toMatch(/\nby team\n.*\n.*\n\(none\)\s+2\s+50\.0%\s+-\s+1\s+50\.0%/)
  })
})
