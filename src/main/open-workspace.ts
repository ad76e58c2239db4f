import { ensureWorkspace } from '../app/access/ensure-workspace.ts'
import type { Storage, Workspace } from '../app/ports.ts'
import type { Output } from '../cli/output.ts'
import { AppError } from '../core/shared/index.ts'
import { writeLocalKey } from './local-key.ts'

/**
 * Picks the workspace to act in: the named one, or the first (creating `default` on an empty database,
 * when the first admin key is printed once and, for the embedded database, saved beside it).
 */
export async function openWorkspace(
  storage: Storage,
  options: {
    readonly slug?: string | undefined
    readonly dataDir?: string | undefined
    readonly out: Output
  },
): Promise<Workspace> {
  if (options.slug !== undefined) {
    const found = await storage.workspaces.findBySlug(options.slug)
    if (!found) {
      throw new AppError(
        'workspace.not_found',
        `No workspace "${options.slug}"; leave out --workspace to use the first one.`,
      )
    }
    return found
  }
  const ensured = await ensureWorkspace(storage)
  if (ensured.adminKey !== undefined) {
    const saved =
      options.dataDir === undefined ? '' : ` (saved to ${options.dataDir}.key for the CLI)`
    options.out.stderr(
      `Created workspace "${ensured.workspace.slug}". First admin API key, shown once${saved}:\n  ${ensured.adminKey}\n`,
    )
    if (options.dataDir !== undefined) await writeLocalKey(options.dataDir, ensured.adminKey)
  }
  return ensured.workspace
}
