import { runCli } from '../src/cli/create-program.ts'
import type { ProgramDeps } from '../src/cli/program-deps.ts'
import { localBackend } from '../src/main/local-backend.ts'
import type { TestDatabase } from './database.ts'

/**
 * Runs the CLI in process on a test database's workspace (named by slug), the way `baton` runs on an
 * embedded one: every command, import included, through the local backend.
 */
export async function runDbCli(db: TestDatabase, slug: string, ...argv: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const deps: ProgramDeps = {
    out: { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) },
    version: 'test',
    openBackend: async () => {
      const workspace = await db.storage.workspaces.findBySlug(slug)
      if (!workspace) throw new Error(`No workspace ${slug} in the test database.`)
      return localBackend(db.storage, workspace, {
        description: `test database (${db.backend})`,
        close: () => Promise.resolve(),
      })
    },
    serve: () => Promise.resolve(),
    migrate: () => Promise.resolve({ location: '', applied: [] }),
  }
  const code = await runCli(argv, deps)
  return { code, out: stdout.join(''), err: stderr.join('') }
}
