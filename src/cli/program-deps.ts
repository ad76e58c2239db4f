import type { CliBackend } from './cli-backend.ts'
import type { Output } from './output.ts'

/** Options every command accepts; flags win over the environment. */
export type GlobalOptions = {
  readonly db?: string
  readonly databaseUrl?: string
  readonly workspace?: string
  readonly apiKey?: string
  readonly json?: boolean
}

export type ServeOptions = GlobalOptions & { readonly port?: string; readonly host?: string }

export type MigrationSummary = {
  readonly location: string
  readonly applied: readonly string[]
  readonly current?: string
}

/** What `main` hands the CLI: ways to reach Baton, never the database itself. */
export type ProgramDeps = {
  readonly out: Output
  readonly version: string
  openBackend(options: GlobalOptions): Promise<CliBackend>
  /** Runs the server until it is stopped by a signal. */
  serve(options: ServeOptions): Promise<void>
  migrate(options: GlobalOptions): Promise<MigrationSummary>
}
