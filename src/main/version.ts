import { readFileSync } from 'node:fs'

/** Baton's version, from package.json. */
export const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version
