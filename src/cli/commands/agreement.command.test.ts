import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { presetNames } from '../agreement-presets.ts'
import { runFileCli } from '../../../test/run-file-cli.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-agreement-cli-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const run = runFileCli

describe.each(presetNames)('baton agreement with the %s preset', (preset) => {
  it('inits a commented file that validates, renders and diffs against itself as empty', async () => {
    const file = path.join(dir, `${preset}.yaml`)
    expect(await run('agreement', 'init', '--preset', preset, '--out', file)).toMatchObject({
      code: 0,
    })
    expect(await readFile(file, 'utf8')).toMatch(/^#/m)
    const validated = await run('agreement', 'validate', file)
    expect(validated).toMatchObject({ code: 0, out: `${file}: valid\n` })
    const markdown = await run('agreement', 'render', file)
    expect(markdown.code).toBe(0)
    expect(markdown.out).toMatch(/## 1\. Purpose[\s\S]*## 10\. Acceptance/)
    const html = await run('agreement', 'render', file, '--format', 'html')
    expect(html.out).toMatch(/^<!doctype html>/i)
    expect(await run('agreement', 'diff', file, file)).toMatchObject({
      code: 0,
      out: 'no differences\n',
    })
  })
})

describe('baton agreement on bad input', () => {
  it('exits 7 naming the exact path, line and fix of each error', async () => {
    const good = await readFile(path.join(dir, 'waterfall.yaml'), 'utf8')
    const file = path.join(dir, 'broken.yaml')
    await writeFile(
      file,
      good.replace(/resolutionWithinBusinessDays: \d+/, 'resolutionWithinBusinessDays: 0'),
    )
    const result = await run('agreement', 'validate', file)
    expect(result.code).toBe(7)
    expect(result.err).toMatch(
      new RegExp(`${file}:\\d+:\\d+ error exitCriteria\\.resolutionWithinBusinessDays: .* fix: `),
    )
    expect(result.err).toContain('[agreement.invalid]')
  })

  it('exits 7 on a YAML syntax error and on an unknown key', async () => {
    const file = path.join(dir, 'syntax.yaml')
    await writeFile(file, 'name: [unclosed\n')
    expect((await run('agreement', 'validate', file)).code).toBe(7)
    await writeFile(
      file,
      (await readFile(path.join(dir, 'waterfall.yaml'), 'utf8')) + '\nfavouriteColour: red\n',
    )
    const unknown = await run('agreement', 'validate', file)
    expect(unknown.code).toBe(7)
    expect(unknown.err).toContain('favouriteColour')
  })

  it('refuses to overwrite a file without --force, an unknown preset, and a missing file', async () => {
    const file = path.join(dir, 'waterfall.yaml')
    expect(await run('agreement', 'init', '--preset', 'waterfall', '--out', file)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--force'),
    })
    expect((await run('agreement', 'init', '--preset', 'nonsense')).code).toBe(2)
    expect(await run('agreement', 'validate', path.join(dir, 'missing.yaml'))).toMatchObject({
      code: 2,
      err: expect.stringContaining('Cannot read'),
    })
  })

  it('shows what changed between two files', async () => {
    const before = path.join(dir, 'waterfall.yaml')
    const after = path.join(dir, 'changed.yaml')
    await writeFile(
      after,
      (await readFile(before, 'utf8')).replace(
        /withinBusinessHours: 1\b/,
        'withinBusinessHours: 2',
      ),
    )
    const diff = await run('agreement', 'diff', before, after)
    expect(diff.out).toMatch(/~ responseTargets\[hot\]\.withinBusinessHours: 1 -> 2/)
  })
})
