import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-privacy-cli-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describeEachBackend('baton privacy export|erase', (db) => {
  it('exports an imported person, erases them, and a re-import rejects the row with the reason', async () => {
    const { slug } = await db().workspace()
    const cli = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    const csv = path.join(dir, `leads-${slug}.csv`)
    await writeFile(
      csv,
      'email,first,last,company\nana@acme.com,Ana,Ruiz,Acme\nbo@globex.com,Bo,Li,Globex\n',
    )
    const map = path.join(dir, `map-${slug}.json`)
    await writeFile(
      map,
      JSON.stringify({
        name: 'people',
        entity: 'leads',
        fields: { email: 'email', firstName: 'first', lastName: 'last', company: 'company' },
      }),
    )
    const first = await cli('import', 'leads', csv, '--map', map, '--json')
    expect(first.code, first.err).toBe(0)
    expect(JSON.parse(first.out).summary).toMatchObject({ created: 2, rejected: 0 })

    const exported = await cli('privacy', 'export', 'Ana@Acme.com')
    expect(exported.code, exported.err).toBe(0)
    const data = JSON.parse(exported.out)
    expect(data.people).toEqual([expect.objectContaining({ firstName: 'Ana', lastName: 'Ruiz' })])
    expect(data.activities).toEqual([expect.objectContaining({ type: 'lead_captured' })])

    const erased = await cli('privacy', 'erase', 'ana@acme.com')
    expect(erased).toMatchObject({
      code: 0,
      out: expect.stringContaining('erased 1 person record'),
    })
    const after = JSON.parse((await cli('privacy', 'export', 'ana@acme.com')).out)
    expect(after).toMatchObject({ suppressed: true })
    expect(after.people[0]).toMatchObject({ firstName: 'Erased person', lastName: null })

    const again = await cli('import', 'leads', csv, '--map', map, '--json')
    expect(again.code, again.err).toBe(0)
    expect(JSON.parse(again.out).summary).toMatchObject({
      rejected: 1,
      rejectedByReason: { 'privacy.suppressed': 1 },
    })
    const rejects = await readFile(`${csv}.rejects.csv`, 'utf8')
    expect(rejects).toContain('privacy.suppressed')
    expect(rejects).toContain('asked to be erased')
  })

  it('exits 4 naming the address when nobody holds it', async () => {
    const { slug } = await db().workspace()
    const run = await runDbCli(db(), slug, 'privacy', 'erase', 'nobody@acme.com')
    expect(run.code).toBe(4)
    expect(run.err).toContain('nobody@acme.com')
    expect(run.err).toContain('[privacy.person_not_found]')
  })
})
