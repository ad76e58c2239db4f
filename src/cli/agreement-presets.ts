import { readFile } from 'node:fs/promises'
import { AppError } from '../core/shared/index.ts'

/** Starting agreements that reproduce each source document's vocabulary and numbers. */
export const presetNames = ['insource', 'leadliaison', 'waterfall', 'leadcrunch'] as const
export type PresetName = (typeof presetNames)[number]

/** The commented YAML text of a preset, or `request.invalid` naming the presets there are. */
export async function readPreset(name: string): Promise<string> {
  if (!(presetNames as readonly string[]).includes(name)) {
    throw new AppError(
      'request.invalid',
      `There is no preset "${name}"; use one of ${presetNames.join(', ')}.`,
      {
        details: { field: 'preset' },
      },
    )
  }
  return readFile(new URL(`../../presets/agreements/${name}.yaml`, import.meta.url), 'utf8')
}
