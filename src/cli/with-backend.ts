import { InvalidArgumentError, type Command } from 'commander'
import type { CliBackend } from './cli-backend.ts'
import type { GlobalOptions, ProgramDeps } from './program-deps.ts'

/** Opens the backend with the command's global options, runs `work`, and always closes it. */
export async function withBackend(
  deps: ProgramDeps,
  command: Command,
  work: (backend: CliBackend, json: boolean) => Promise<void>,
): Promise<void> {
  const options = command.optsWithGlobals<GlobalOptions>()
  const backend = await deps.openBackend(options)
  try {
    await work(backend, options.json === true)
  } finally {
    await backend.close()
  }
}

/** Parses `--limit`: a page size from 1 to 500. */
export function pageLimit(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 500)
    throw new InvalidArgumentError(`--limit takes a whole number from 1 to 500, not "${value}"`)
  return n
}
