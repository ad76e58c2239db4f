import { readFile } from 'node:fs/promises'
import { AppError } from '../../../core/shared/index.ts'
import type { Mapping } from './mapping.schema.ts'
import { parseMapping } from './parse-mapping.ts'

/** Built-in mappings for known exports; each file's description lists the columns it expects. */
export const presetMappingNames = [
  'x-education',
  'olist-mql',
  'olist-deals',
  'maven-pipeline',
  'maven-accounts',
  'maven-products',
  'maven-teams',
  'hubspot-contacts',
  'salesforce-leads',
] as const
export type PresetMappingName = (typeof presetMappingNames)[number]

const presetDirectory = new URL('../../../../presets/mappings/', import.meta.url)

function isPresetName(name: string): name is PresetMappingName {
  return (presetMappingNames as readonly string[]).includes(name)
}

async function readText(file: string | URL, nameOrPath: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT' ? 'there is no such file' : `it cannot be read (${code ?? 'error'})`
    throw new AppError(
      'request.invalid',
      `No mapping "${nameOrPath}": it is not a preset and ${reason} — fix: name a preset (${presetMappingNames.join(', ')}) or the path of a mapping JSON file`,
      { details: { mapping: nameOrPath }, cause: error },
    )
  }
}

/** A preset mapping by name, or a mapping JSON file by path; an invalid file throws `request.invalid` with located problems. */
export async function loadMapping(nameOrPath: string): Promise<Mapping> {
  if (isPresetName(nameOrPath)) {
    const file = new URL(`${nameOrPath}.json`, presetDirectory)
    return parseMapping(await readText(file, nameOrPath), `presets/mappings/${nameOrPath}.json`)
  }
  return parseMapping(await readText(nameOrPath, nameOrPath), nameOrPath)
}
