import type { Command } from 'commander'
import { present } from '../output.ts'
import type { GlobalOptions, ProgramDeps, ServeOptions } from '../program-deps.ts'

/** `baton serve` and `baton migrate`: run the server, bring the schema up to date. */
export function addAdminCommands(program: Command, deps: ProgramDeps): void {
  program
    .command('serve')
    .description('Run the API (and dashboard) until stopped; migrates the database first')
    .option('--port <port>', 'port to listen on (0 picks a free one); env PORT, default 3000')
    .option('--host <host>', 'address to bind; env HOST, default 127.0.0.1')
    .action(async (_options: unknown, command: Command) => {
      await deps.serve(command.optsWithGlobals<ServeOptions>())
    })

  program
    .command('migrate')
    .description('Bring the database schema up to the latest migration (serve does this too)')
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>()
      const summary = await deps.migrate(options)
      present(deps.out, options.json === true, summary, (s) =>
        s.applied.length === 0
          ? `${s.location} is up to date (at ${s.current ?? 'no migration'})\n`
          : `${s.location}: applied ${s.applied.join(', ')}\n`,
      )
    })
}
