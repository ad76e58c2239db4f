import path from 'node:path'

/** The real public data sets, read where they sit beside the checkout (../shared/data). */
export const sharedDataDir = path.resolve(import.meta.dirname, '../../shared/data')

/** A file of the shared data sets, e.g. sharedDataPath('x-education-lead-scoring', 'Leads.csv'). */
export function sharedDataPath(...parts: string[]): string {
  return path.join(sharedDataDir, ...parts)
}
