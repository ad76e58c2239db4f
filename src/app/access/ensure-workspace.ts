import type { Storage, Workspace } from '../ports.ts'
import { issueApiKey } from './api-keys.ts'

export type EnsuredWorkspace = {
  readonly workspace: Workspace
  /** Present only when the workspace was created now: the first admin key, shown once. */
  readonly adminKey?: string
}

/**
 * Makes sure the database has a workspace to work in: an empty database gets one named `default`
 * with a first admin API key; otherwise the first existing workspace is returned.
 */
export async function ensureWorkspace(storage: Storage): Promise<EnsuredWorkspace> {
  const existing = await storage.workspaces.list()
  const first = existing[0]
  if (first) return { workspace: first }
  const workspace = await storage.workspaces.insert({ slug: 'default', name: 'Default workspace' })
  const issued = await issueApiKey(storage.apiKeys, workspace.id, {
    name: 'first admin',
    role: 'admin',
  })
  return { workspace, adminKey: issued.key }
}
