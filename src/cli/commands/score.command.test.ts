import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { scoringContext } from '../../../test/scoring-fixture.ts'
import { ingestEvents } from '../../app/intake/ingest-event.ts'
import { createPerson } from '../../app/records/people.ts'

const preset = new URL('../../../presets/score-models/hand-raiser.yaml', import.meta.url).pathname

describeEachBackend('baton score-model and baton score', (db) => {
  it('validates, adds, publishes, lists and shows model versions', async () => {
    const { slug } = await db().workspace()
    const cli = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    expect(await cli('score-model', 'validate', preset)).toMatchObject({
      code: 0,
      out: `${preset}: valid\n`,
    })
    expect((await cli('score-model', 'add', preset)).out).toBe(
      'score model hand-raiser version 1: draft (publish with: baton score-model publish 1)\n',
    )
    expect((await cli('score-model', 'publish', 'v1')).out).toBe(
      'score model hand-raiser version 1: live\n',
    )
    const list = await cli('score-model', 'list')
    expect(list.out).toMatch(/^version\s+name\s+kind\s+status/)
    expect(list.out).toContain('hand-raiser  rules  live')
    expect(JSON.parse((await cli('score-model', 'show', '1', '--json')).out)).toMatchObject({
      version: 1,
      document: { name: 'hand-raiser' },
    })
  })

  it('refuses a broken file with each error located, and an unknown version', async () => {
    const { slug } = await db().workspace()
    const file = join(tmpdir(), `broken-model-${process.pid}.yaml`)
    await writeFile(
      file,
      'name: x\nversion: 1\nengagement:\n  - { id: a, event: page_view, points: 1 }\n',
    )
    const broken = await runDbCli(db(), slug, 'score-model', 'validate', file)
    expect(broken.code).toBe(7)
    expect(broken.err).toContain(`${file}:4:`)
    expect(broken.err).toContain('page_visit')
    const unknown = await runDbCli(db(), slug, 'score-model', 'publish', '4')
    expect([unknown.code, unknown.err]).toEqual([
      4,
      expect.stringContaining('no score model version 4'),
    ])
    const bad = await runDbCli(db(), slug, 'score', 'rebuild', '--model', 'x')
    expect(bad.code).toBe(2)
  })

  it('explains a score line by line, rebuilds it, and back-tests another version', async () => {
    const { slug, store } = await db().workspace()
    // The CLI scores at the real time: the event happens a minute ago, so decay takes nothing yet.
    const occurredAt = new Date(Date.now() - 60_000).toISOString()
    const { ctx } = await scoringContext(store, occurredAt)
    const cli = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    await cli('score-model', 'add', preset)
    await cli('score-model', 'add', preset)
    await cli('score-model', 'publish', '1')
    const ana = await createPerson(ctx, { email: 'ana@acme.com', title: 'VP Sales' })
    const event = { email: 'ana@acme.com', type: 'demo_request', occurredAt }
    await ingestEvents(ctx, [event], 'api')
    const explained = await cli('score', 'explain', ana.id)
    expect(explained.out).toContain(
      `person ${ana.id}: 65 = fit 15 + engagement 50 + intent 0, band B1`,
    )
    expect(explained.out).toMatch(
      new RegExp(
        `engagement\\s+demo-request\\s+demo_request\\s+${occurredAt.slice(0, 10)}\\s+0\\s+50\\s+50\\s+1\\s+50\\s+counted`,
      ),
    )
    expect(explained.out).toContain('sum of points: 65')
    expect(JSON.parse((await cli('score', 'explain', ana.id, '--json')).out)).toMatchObject({
      total: 65,
    })
    expect((await cli('score', 'rebuild', '--chunk', '10')).out).toMatch(
      /^rebuilt 1 people with score model version 1 in 1 chunk\(s\); 0 stage move\(s\)\n$/,
    )
    const backTest = await cli('score', 'rebuild', '--model', '2')
    expect(backTest.out).toContain(
      'back-test over 1 people at the MQL threshold 60 (nothing written)',
    )
    expect(backTest.out).toMatch(/candidate v2\s+1\s+0\s+0%/)
    expect(backTest.out).toMatch(/live v1\s+1\s+0\s+0%/)
  })
})
