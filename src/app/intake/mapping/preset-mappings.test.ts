import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isAppError } from '../../../core/shared/index.ts'
import { batonFields } from './baton-fields.ts'
import { loadMapping, presetMappingNames } from './preset-mappings.ts'

async function messageOf(work: Promise<unknown>): Promise<string> {
  const error: unknown = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!isAppError(error, 'request.invalid'))
    throw new Error(`expected request.invalid, got ${String(error)}`)
  return error.message
}

describe('loadMapping', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'baton-mapping-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it.each(presetMappingNames)('loads the preset %s, named after its file', async (name) => {
    const mapping = await loadMapping(name)
    expect(mapping.name).toBe(name)
    expect(mapping.description).toMatch(/column/)
    const valid: readonly string[] = batonFields[mapping.entity]
    expect(Object.keys(mapping.fields).every((field) => valid.includes(field))).toBe(true)
  })

  it('loads a mapping file by path', async () => {
    const file = path.join(dir, 'mine.json')
    await writeFile(
      file,
      JSON.stringify({ name: 'mine', entity: 'spend', fields: { channel: 'C' } }),
    )
    expect((await loadMapping(file)).fields.channel).toEqual({
      kind: 'column',
      column: 'C',
      transforms: [],
    })
  })

  it('refuses an invalid mapping file with its problems located', async () => {
    const file = path.join(dir, 'bad.json')
    await writeFile(
      file,
      '{\n  "name": "bad",\n  "entity": "spend",\n  "fields": { "cost": "C" }\n}\n',
    )
    expect(await messageOf(loadMapping(file))).toContain(
      `${file}:4:23 fields.cost: unknown Baton field "cost" for spend`,
    )
  })

  it('refuses a name that is neither a preset nor a file, listing the presets', async () => {
    expect(await messageOf(loadMapping('hubspot'))).toBe(
      'No mapping "hubspot": it is not a preset and there is no such file — fix: name a preset (x-education, olist-mql, olist-deals, maven-pipeline, maven-accounts, maven-products, maven-teams, hubspot-contacts, salesforce-leads) or the path of a mapping JSON file',
    )
  })
})
