import { readFile, writeFile } from 'node:fs/promises'

// The first admin key of an embedded database is kept beside it (owner-only), so the CLI on the same
// machine can talk to the server that holds the database. It is a credential: keep it out of backups you share.

/** Path of the local admin key file of an embedded database directory. */
export function localKeyPath(dataDir: string): string {
  return `${dataDir}.key`
}

/** Saves the key readable by the owner only. */
export async function writeLocalKey(dataDir: string, key: string): Promise<void> {
  await writeFile(localKeyPath(dataDir), `${key}\n`, { mode: 0o600 })
}

/** The saved key, or undefined when there is none. */
export async function readLocalKey(dataDir: string): Promise<string | undefined> {
  try {
    return (await readFile(localKeyPath(dataDir), 'utf8')).trim() || undefined
  } catch {
    return undefined
  }
}
