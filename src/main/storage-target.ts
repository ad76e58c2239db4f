import type { Config } from '../config.ts'
import type { StorageTarget } from '../db/open-storage.ts'

/** The database a configuration points at: the server when DATABASE_URL is set, else the embedded one. */
export function storageTarget(config: Config): StorageTarget {
  return config.databaseUrl === undefined
    ? { kind: 'embedded', dataDir: config.dataDir }
    : { kind: 'server', url: config.databaseUrl }
}
