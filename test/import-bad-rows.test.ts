import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runBaton } from './baton-process.ts'

// Spend and event files with rows that cannot be used, through the CLI on an embedded database.
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-bad-rows-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('bad rows in the new imports', { timeout: 300_000 }, () => {
  it('rejects spend and events it cannot use into the reject file, naming the line and the fix', async () => {
    const db = path.join(dir, 'bad', 'db')
    const spend = path.join(dir, 'spend.csv')
    await writeFile(
      spend,
      'channel,start,end,cost\nWebinar,2026-01-01,2026-01-31,120.50\nPPC,2026-02-01,2026-01-01,10\nEmail,2026-01-01,2026-01-31,-5\nSocial,01/13/2026,2026-01-31,3\n',
    )
    const spendMap = path.join(dir, 'spend-map.json')
    await writeFile(
      spendMap,
      JSON.stringify({
        name: 'my-spend',
        entity: 'spend',
        fields: {
          channel: 'channel',
          periodStart: 'start',
          periodEnd: 'end',
          amountCents: { column: 'cost', transforms: ['cents'] },
        },
      }),
    )
    const run = await runBaton(['import', 'spend', spend, '--map', spendMap, '--db', db])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('read 4, created 1, updated 0, merged 0, rejected 3')
    expect(run.stdout).toMatch(
      /line 3: spend\.period_reversed: the period ends 2026-01-01, before it starts 2026-02-01 — fix:/,
    )
    expect(run.stdout).toMatch(
      /line 4: spend\.negative_amount: amountCents "-500" cannot be used: it cannot be negative/,
    )
    expect(run.stdout).toMatch(/line 5: spend\.bad_date: periodStart "01\/13\/2026" is not a date/)
    const rejects = await readFile(`${spend}.rejects.csv`, 'utf8')
    expect(rejects.split('\n')[0]).toBe('row,line,reason,message,channel,start,end,cost')
    expect(rejects).toMatch(/^2,3,spend\.period_reversed,/m)
    const again = await runBaton(['import', 'spend', spend, '--map', spendMap, '--db', db])
    expect(again.stdout).toContain('read 4, created 0, updated 0, merged 1, rejected 3')

    const events = path.join(dir, 'events.csv')
    await writeFile(events, 'who,what,when\nnobody@acme.com,page view,2026-01-05\n')
    const eventMap = path.join(dir, 'event-map.json')
    await writeFile(
      eventMap,
      JSON.stringify({
        name: 'my-events',
        entity: 'events',
        fields: { email: 'who', type: 'what', occurredAt: 'when' },
      }),
    )
    const unknown = await runBaton(['import', 'events', events, '--map', eventMap, '--db', db])
    expect(unknown.code, unknown.stderr).toBe(0)
    expect(unknown.stdout).toContain('rejected person.unknown: 1')
    expect(unknown.stdout).toMatch(
      /line 2: person\.unknown: no person has email "nobody@acme\.com" — fix: import the leads first/,
    )
  })
})
