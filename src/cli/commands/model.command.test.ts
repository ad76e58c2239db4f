import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runFileCli } from '../../../test/run-file-cli.ts'

const leads = path.resolve(
  import.meta.dirname,
  '../../../../shared/data/x-education-lead-scoring/Leads.csv',
)

let dir: string
beforeAll(async () => {
  if (!existsSync(leads)) {
    throw new Error(
      `missing ${leads}: the ../shared folder (with data/x-education-lead-scoring/Leads.csv) must sit beside the checkout`,
    )
  }
  dir = await mkdtemp(path.join(tmpdir(), 'baton-model-cli-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const run = runFileCli

describe('baton model on the X Education leads', () => {
  const model = () => path.join(dir, 'model.json')

  it('trains logistic regression, drops the leaky columns and beats AUC 0.87 on held-out rows', async () => {
    const result = await run(
      'model',
      'train',
      '--data',
      leads,
      '--target',
      'Converted',
      '--exclude',
      'Prospect ID,Lead Number',
      '--seed',
      '42',
      '--algorithm',
      'logistic',
      '--out',
      model(),
      '--json',
    )
    expect(result.code, result.err).toBe(0)
    expect(result.err).toContain('--allow')
    const summary = JSON.parse(result.out)
    expect(summary.algorithm).toBe('logistic')
    expect(summary.leaks.map((leak: { column: string }) => leak.column)).toEqual(
      expect.arrayContaining(['Tags', 'Lead Quality']),
    )
    expect(summary.excluded).toEqual(
      expect.arrayContaining(['Prospect ID', 'Lead Number', 'Tags', 'Lead Quality']),
    )
    expect(summary.evaluation.testAuc).toBeGreaterThanOrEqual(0.87)
    const stored = JSON.parse(await readFile(model(), 'utf8'))
    expect(stored).toMatchObject({
      model: { format: 'baton-model/1', algorithm: 'logistic' },
      target: 'Converted',
      positive: '1',
      evaluation: { testAuc: summary.evaluation.testAuc, rows: 2772 },
    })
    expect(stored.model.features).not.toContain('Tags')
    expect(stored.model.features).not.toContain('Converted')
  })

  it('evaluates the model on the file: AUC and the lift table', async () => {
    const result = await run('model', 'evaluate', '--model', model(), '--data', leads)
    expect(result.code, result.err).toBe(0)
    expect(result.out).toMatch(/^AUC 0\.\d{3}/m)
    expect(result.out).toMatch(/decile\s+rows\s+positives/)
  })

  it('scores every row in input order', async () => {
    const out = path.join(dir, 'scores.csv')
    const result = await run('model', 'score', '--model', model(), '--data', leads, '--out', out)
    expect(result.code, result.err).toBe(0)
    const parsed = Papa.parse<string[]>(await readFile(out, 'utf8'), { skipEmptyLines: true })
    const [header, ...rows] = parsed.data
    expect(header).toEqual(['row', 'probability', 'explanation'])
    expect(rows).toHaveLength(9240)
    expect(rows.map((row) => Number(row[0]))).toEqual(rows.map((_, index) => index + 1))
    const [first] = rows
    expect(Number(first?.[1])).toBeGreaterThan(0)
    expect(Number(first?.[1])).toBeLessThan(1)
    expect(first?.[2]).toMatch(/the odds/)
  })
})

describe('baton model on bad input', () => {
  it('names the header when the target column is missing', async () => {
    const result = await run(
      'model',
      'train',
      '--data',
      leads,
      '--target',
      'Outcome',
      '--out',
      path.join(dir, 'x.json'),
    )
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/no target column "Outcome".*Lead Source/)
  })

  it('refuses a file with only one class', async () => {
    const file = path.join(dir, 'one-class.csv')
    const lines = Array.from({ length: 20 }, (_, i) => `${i % 4},web,no`)
    await writeFile(file, `visits,source,won\n${lines.join('\n')}\n`)
    const result = await run(
      'model',
      'train',
      '--data',
      file,
      '--target',
      'won',
      '--out',
      path.join(dir, 'x.json'),
    )
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/only one class/)
  })

  it('refuses an unknown --algorithm and a --seed that is not a whole number', async () => {
    const base = ['model', 'train', '--data', leads, '--target', 'Converted', '--out', 'x.json']
    const algorithm = await run(...base, '--algorithm', 'forest')
    expect(algorithm.code).toBe(2)
    expect(algorithm.err).toMatch(/Allowed choices are logistic, gbdt, auto/)
    const seed = await run(...base, '--seed', '4.2')
    expect(seed.code).toBe(2)
    expect(seed.err).toMatch(/--seed takes a whole number/)
  })

  it('refuses a model file that is not a Baton model', async () => {
    const file = path.join(dir, 'not-a-model.json')
    await writeFile(file, '{"format":"something else"}')
    const result = await run('model', 'evaluate', '--model', file, '--data', leads)
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/is not a Baton model file/)
    const missing = await run(
      'model',
      'evaluate',
      '--model',
      path.join(dir, 'nope.json'),
      '--data',
      leads,
    )
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/cannot read the model file/)
  })
})
