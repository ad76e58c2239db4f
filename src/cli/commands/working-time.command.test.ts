import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { apiServers, cliOn } from '../../../test/cli-harness.ts'
import { describeEachBackend } from '../../../test/database.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { apiClient } from '../api-client.ts'
import { parseAwaySpan } from './working-time.command.ts'

const servers = apiServers()
afterAll(() => servers.stop())

const berlin = `timeZone: Europe/Berlin
workingHours:
  mon: [{ from: "08:00", to: "16:00" }]
  tue: [{ from: "08:00", to: "16:00" }]
holidays: { country: DE, region: BE }
`

async function file(name: string, text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'baton-working-time-')), name)
  await writeFile(path, text)
  return path
}

describeEachBackend('baton user working-time', (db) => {
  it('sets the calendar from a file and the absences, shows them, and goes back to the agreement', async () => {
    const { slug } = await db().workspace()
    const cli = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    await cli('user', 'add', '--email', 'sid@acme.com', '--name', 'Sid', '--role', 'sdr')
    const calendar = await file('berlin.yaml', berlin)
    const set = await cli(
      'user',
      'working-time',
      'Sid@Acme.com',
      '--calendar',
      calendar,
      '--away',
      '2026-12-24..2027-01-02',
      '--away',
      '2027-02-01T12:00:00Z..2027-02-02T12:00:00Z',
    )
    expect(set).toMatchObject({ code: 0, err: '' })
    expect(set.out).toBe(
      'Sid@Acme.com works on their own calendar: Europe/Berlin, mon 08:00-16:00 tue 08:00-16:00; holidays of DE-BE\n' +
        '  away 2026-12-24T00:00:00.000Z .. 2027-01-02T00:00:00.000Z\n' +
        '  away 2027-02-01T12:00:00.000Z .. 2027-02-02T12:00:00.000Z\n',
    )
    const shown = JSON.parse((await cli('user', 'working-time', 'sid@acme.com', '--json')).out)
    expect(shown).toMatchObject({ calendar: { timeZone: 'Europe/Berlin' }, outOfOffice: [{}, {}] })
    const back = await cli(
      'user',
      'working-time',
      'sid@acme.com',
      '--agreement-calendar',
      '--present',
    )
    expect(back.out).toBe("sid@acme.com works on the agreement's calendar\n  not away\n")
  })

  it('works the same over a running server', async () => {
    const { slug, apiKey } = await db().workspace()
    await runDbCli(
      db(),
      slug,
      'user',
      'add',
      '--email',
      'sid@acme.com',
      '--name',
      'Sid',
      '--role',
      'sdr',
    )
    const api = cliOn(apiClient(await servers.start(db()), apiKey))
    const calendar = await file(
      'berlin.json',
      JSON.stringify({
        timeZone: 'Europe/Berlin',
        workingHours: { mon: [{ from: '08:00', to: '16:00' }] },
      }),
    )
    const set = await api(
      'user',
      'working-time',
      'sid@acme.com',
      '--calendar',
      calendar,
      '--away',
      '2026-12-24..2027-01-02',
      '--json',
    )
    expect(set.code).toBe(0)
    expect(JSON.parse(set.out)).toEqual({
      calendar: {
        timeZone: 'Europe/Berlin',
        workingHours: { mon: [{ from: '08:00', to: '16:00' }] },
      },
      outOfOffice: [{ from: '2026-12-24T00:00:00.000Z', to: '2027-01-02T00:00:00.000Z' }],
    })
  })

  it('exits non-zero naming what is wrong, changing nothing', async () => {
    const { slug } = await db().workspace()
    const cli = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    await cli('user', 'add', '--email', 'sid@acme.com', '--name', 'Sid', '--role', 'sdr')
    const badShape = await cli(
      'user',
      'working-time',
      'sid@acme.com',
      '--calendar',
      await file(
        'bad.yaml',
        'timeZone: Europe/Berlin\nworkingHours:\n  mon: [{ from: "8am", to: "16:00" }]\n',
      ),
    )
    expect(badShape.code).toBe(7)
    expect(badShape.err).toMatch(/bad\.yaml:3:/)
    const badZone = await cli(
      'user',
      'working-time',
      'sid@acme.com',
      '--calendar',
      await file(
        'zone.yaml',
        'timeZone: Mars/Olympus\nworkingHours:\n  mon: [{ from: "08:00", to: "16:00" }]\n',
      ),
    )
    expect(badZone).toMatchObject({ code: 7, err: expect.stringContaining('Mars/Olympus') })
    const missing = await cli(
      'user',
      'working-time',
      'sid@acme.com',
      '--calendar',
      '/nonexistent/cal.yaml',
    )
    expect(missing).toMatchObject({
      code: 2,
      err: expect.stringContaining('Cannot read /nonexistent/cal.yaml'),
    })
    const both = await cli(
      'user',
      'working-time',
      'sid@acme.com',
      '--away',
      '2026-12-24..2026-12-25',
      '--present',
    )
    expect(both).toMatchObject({ code: 2, err: expect.stringContaining('not both') })
    const nobody = await cli('user', 'working-time', 'nobody@acme.com', '--present')
    expect(nobody).toMatchObject({
      code: expect.any(Number),
      err: expect.stringContaining('No user nobody@acme.com'),
    })
    expect(nobody.code).not.toBe(0)
    const unchanged = JSON.parse((await cli('user', 'working-time', 'sid@acme.com', '--json')).out)
    expect(unchanged).toEqual({ calendar: null, outOfOffice: [] })
  })
})

it('parses --away spans and refuses ones that are not two instants in order', () => {
  expect(parseAwaySpan('2026-12-24..2026-12-26')).toEqual([
    { from: new Date('2026-12-24T00:00:00Z'), to: new Date('2026-12-26T00:00:00Z') },
  ])
  expect(
    parseAwaySpan('2026-12-24..2026-12-26', [{ from: new Date(0), to: new Date(1) }]),
  ).toHaveLength(2)
  expect(() => parseAwaySpan('2026-12-24')).toThrow(/<from>..<to>/)
  expect(() => parseAwaySpan('tomorrow..later')).toThrow(/<from>..<to>/)
  expect(() => parseAwaySpan('2026-12-26..2026-12-24')).toThrow(/must end after it starts/)
})
