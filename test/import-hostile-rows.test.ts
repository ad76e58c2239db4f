import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeEachBackend } from './database.ts'
import { runDbCli } from './run-db-cli.ts'
import { nastyStrings, seededRandom, type SeededRandom } from './seeded-random.ts'

const seed = Number(process.env['BATON_FUZZ_SEED'] ?? 20261203)
const columns = ['id', 'email', 'first', 'last', 'company', 'phone', 'stage', 'captured']

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-hostile-csv-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function cell(random: SeededRandom, row: number): string {
  const value = random.pick([
    // NUL makes the whole file binary; that refusal has its own case below.
    ...nastyStrings.filter((text) => !/[\uD800-\uDFFF\0]/.test(text)),
    `p${String(row)}@acme.com`,
    `P${String(row)}@ACME.com`,
    'mql',
    'won',
    '2024-01-10',
    '+44 20 7946 0958',
    'a"b',
    'line\nbreak',
    'x'.repeat(5000),
  ])
  // Sometimes quoted properly, sometimes with a stray quote a spreadsheet export might leave.
  const roll = random.next()
  if (roll < 0.5) return `"${value.replace(/"/g, '""')}"`
  if (roll < 0.55) return `"${value}`
  return value.replace(/[\n,]/g, ' ')
}

function hostileCsv(random: SeededRandom, rows: number): string {
  const lines = [columns.join(',')]
  for (let row = 0; row < rows; row += 1) {
    const width = random.chance(0.15) ? random.int(0, columns.length + 3) : columns.length
    lines.push(Array.from({ length: width }, () => cell(random, row)).join(','))
  }
  return `${random.chance(0.3) ? '\uFEFF' : ''}${lines.join(random.chance(0.3) ? '\r\n' : '\n')}\n`
}

describeEachBackend('the CSV importer on hostile rows', (db) => {
  it(`accounts for every row as written or a clean reject, never half-writing (seed ${String(seed)})`, async () => {
    const random = seededRandom(seed)
    const map = path.join(dir, 'map.json')
    await writeFile(
      map,
      JSON.stringify({
        name: 'hostile',
        entity: 'leads',
        fields: {
          externalId: 'id',
          email: 'email',
          firstName: 'first',
          lastName: 'last',
          company: 'company',
          phone: 'phone',
          stage: 'stage',
          occurredAt: 'captured',
        },
      }),
    )
    for (let file = 0; file < 6; file += 1) {
      const { slug, store } = await db().workspace()
      const csv = path.join(dir, `hostile-${db().backend}-${String(file)}.csv`)
      await writeFile(csv, hostileCsv(random, random.int(5, 40)))
      const run = await runDbCli(db(), slug, 'import', 'leads', csv, '--map', map, '--json')
      const what = `seed ${String(seed)} file ${String(file)}: ${run.err}`
      expect(run.code, what).toBe(0)
      const { summary } = JSON.parse(run.out) as {
        summary: Record<'read' | 'created' | 'updated' | 'merged' | 'rejected', number> & {
          rejectedByReason: Record<string, number>
        }
      }
      expect(summary.read, what).toBe(
        summary.created + summary.updated + summary.merged + summary.rejected,
      )
      const people = await store.people.count()
      expect(people, what).toBeLessThanOrEqual(summary.created)
      if (summary.rejected === 0) continue
      const rejects = await readFile(`${csv}.rejects.csv`, 'utf8')
      expect(rejects.split('\n')[0], what).toBe(`row,line,reason,message,${columns.join(',')}`)
      for (const reason of Object.keys(summary.rejectedByReason))
        expect(rejects, what).toContain(`,${reason},`)
    }
  }, 120_000)

  it('refuses a file with NUL bytes whole, naming it, and writes nothing', async () => {
    const { slug, store } = await db().workspace()
    const csv = path.join(dir, `nul-${db().backend}.csv`)
    await writeFile(csv, `${columns.join(',')}\n1,a@acme.com,A\0na,,,,,\n`)
    const map = path.join(dir, 'nul-map.json')
    await writeFile(
      map,
      JSON.stringify({
        name: 'nul',
        entity: 'leads',
        fields: { externalId: 'id', email: 'email' },
      }),
    )
    const run = await runDbCli(db(), slug, 'import', 'leads', csv, '--map', map, '--json')
    expect(run.code).toBe(2)
    expect(JSON.parse(run.err)).toMatchObject({
      error: { code: 'request.invalid', message: expect.stringContaining('NUL bytes') },
    })
    expect(await store.people.count()).toBe(0)
  })
})
