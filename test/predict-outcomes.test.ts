import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runBaton } from './baton-process.ts'

const data = path.resolve(import.meta.dirname, '../../shared/data/olist-marketing-funnel')

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-predict-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function baton(...args: string[]) {
  const run = await runBaton([...args, '--db', path.join(dir, 'db')])
  if (run.code !== 0) throw new Error(`baton ${args.join(' ')} failed (${run.code}): ${run.stderr}`)
  return run
}

describe("training on Baton's own outcomes: the Olist MQLs and closed deals", () => {
  it('learns from 842 wins and 7,158 silent MQLs, registers the model and makes it live', async () => {
    const rejects = ['--rejects', path.join(dir, 'rejects.csv')]
    await baton(
      'import',
      'leads',
      path.join(data, 'olist_marketing_qualified_leads_dataset.csv'),
      '--map',
      'olist-mql',
      ...rejects,
    )
    await baton(
      'import',
      'opportunities',
      path.join(data, 'olist_closed_deals_dataset.csv'),
      '--map',
      'olist-deals',
      ...rejects,
    )
    const trained = await baton(
      'model',
      'train',
      '--from-outcomes',
      '--algorithm',
      'logistic',
      '--register',
      '--json',
    )
    const summary = JSON.parse(trained.stdout)
    // PROVENANCE.md: every one of the 842 closed deals is an MQL; the other MQLs never engaged again.
    expect(summary.outcomes.reasons).toEqual({
      converted: 842,
      closed_won: 0,
      disqualified: 0,
      closed_lost: 0,
      unresponsive: 7158,
    })
    expect(summary.split).toMatchObject({ method: 'time', column: 'capture_date', test: 2400 })
    expect(summary.features).toEqual(
      expect.arrayContaining(['person.source', 'property.landing_page_id']),
    )
    expect(summary.evaluation.testAuc).toBeGreaterThan(0.6)
    expect(summary.registered).toMatchObject({ kind: 'predictive', status: 'draft' })
    const version = String(summary.registered.version)
    const promoted = await baton('model', 'promote', version)
    expect(promoted.stdout).toMatch(new RegExp(`version ${version}: live`))
    const list = JSON.parse((await baton('model', 'list', '--json')).stdout)
    expect(list.map((m: { status: string }) => m.status)).toEqual(['live'])
    const since = await runBaton([
      'model',
      'train',
      '--from-outcomes',
      '--since',
      '2019-01-01',
      '--register',
      '--db',
      path.join(dir, 'db'),
    ])
    expect(since.code).toBe(2)
    expect(since.stderr).toMatch(/0 positive and 0 negative outcomes since 2019-01-01/)
  }, 600_000)
})
