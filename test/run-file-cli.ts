import { runCli } from '../src/cli/create-program.ts'
import type { ProgramDeps } from '../src/cli/program-deps.ts'
import { AppError } from '../src/core/shared/index.ts'

/** Runs the CLI in process for commands that work on files only: a database request fails loudly. */
export async function runFileCli(...argv: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const deps: ProgramDeps = {
    out: { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) },
    version: 'test',
    openBackend: () =>
      Promise.reject(new AppError('store.unavailable', 'no database in this test')),
    serve: () => Promise.resolve(),
    migrate: () => Promise.resolve({ location: '', applied: [] }),
  }
  const code = await runCli(argv, deps)
  return { code, out: stdout.join(''), err: stderr.join('') }
}
