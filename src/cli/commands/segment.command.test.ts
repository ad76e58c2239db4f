import { writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'

describeEachBackend('baton segment add|list|show', (db) => {
  async function seeded() {
    const { store, slug } = await db().workspace()
    for (const email of ['ana@acme.com', 'bo@globex.de', 'cy@acme.com']) {
      await store.people.insert({
        email,
        emailNormalized: email,
        stage: 'inquiry',
        companyName: email.split('@')[1] ?? null,
      })
    }
    return (...argv: string[]) => runDbCli(db(), slug, ...argv)
  }

  it('saves a segment from inline JSON or a file, lists it with counts and shows its members', async () => {
    const run = await seeded()
    const added = await run(
      'segment',
      'add',
      'Acme people',
      '--filter',
      '{"field":"email","op":"contains","value":"@ACME.com"}',
      '--description',
      'Everyone at Acme',
    )
    expect(added.code, added.err).toBe(0)
    expect(added.out).toMatch(/^saved\n/)
    expect(added.out).toMatch(/Acme people\s+person\s+2\s+Everyone at Acme/)
    const dir = await mkdtemp(path.join(tmpdir(), 'baton-segment-'))
    const file = path.join(dir, 'filter.json')
    await writeFile(
      file,
      JSON.stringify({ not: { field: 'companyName', op: 'eq', value: 'acme.com' } }),
    )
    expect((await run('segment', 'add', 'Not Acme', '--filter', `@${file}`)).code).toBe(0)
    const list = await run('segment', 'list')
    expect(list.out).toMatch(/Acme people\s+person\s+2/)
    expect(list.out).toMatch(/Not Acme\s+person\s+1/)
    const shown = await run('segment', 'show', 'Acme people', '--limit', '1')
    expect(shown.code, shown.err).toBe(0)
    expect(shown.out).toMatch(
      /^Acme people \(person\): 2 members now\nEveryone at Acme\nfilter: email contains "@ACME\.com"\n/,
    )
    expect(shown.out).toContain('ana@acme.com')
    expect(shown.out).not.toContain('cy@acme.com')
    const cursor = /more: --cursor (\S+)/.exec(shown.out)?.[1] ?? ''
    const next = await run('--json', 'segment', 'show', 'Acme people', '--cursor', cursor)
    expect(JSON.parse(next.out).items.map((m: { email: string }) => m.email)).toEqual([
      'cy@acme.com',
    ])
  })

  it('fails with the reason for bad JSON, a bad filter, a taken name and an unknown segment', async () => {
    const run = await seeded()
    const notJson = await run('segment', 'add', 'X', '--filter', '{field:')
    expect(notJson.code).toBe(2)
    expect(notJson.err).toContain('--filter is not JSON')
    const badField = await run(
      'segment',
      'add',
      'X',
      '--filter',
      '{"field":"zodiac","op":"eq","value":"leo"}',
    )
    expect(badField.code).toBe(2)
    expect(badField.err).toMatch(/"zodiac" is not a person field; use one of email, firstName/)
    await run('segment', 'add', 'All', '--filter', '{"and":[]}')
    const taken = await run('segment', 'add', 'All', '--filter', '{"and":[]}')
    expect(taken.code).toBe(5)
    expect(taken.err).toContain('[segment.name_taken]')
    const missing = await run('segment', 'show', 'Nobody')
    expect(missing.code).toBe(4)
    expect(missing.err).toContain('No segment "Nobody" in this workspace')
  })
})
