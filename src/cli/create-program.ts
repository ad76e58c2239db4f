import { Command, CommanderError } from 'commander'
import { addAdminCommands } from './commands/admin.command.ts'
import { agreementCommand } from './commands/agreement.command.ts'
import { duplicatesCommand } from './commands/duplicates.command.ts'
import { importCommand } from './commands/import.command.ts'
import { modelCommand } from './commands/model.command.ts'
import { personCommand } from './commands/person.command.ts'
import { experimentCommand, planCommand } from './commands/plan.command.ts'
import { reportCommand } from './commands/report.command.ts'
import { marketCommand } from './commands/market.command.ts'
import { scoreModelCommand } from './commands/score-model.command.ts'
import { scoreCommand } from './commands/score.command.ts'
import { trackCommand } from './commands/track.command.ts'
import { userCommand } from './commands/user.command.ts'
import { apiKeyCommand } from './commands/api-key.command.ts'
import { privacyCommand } from './commands/privacy.command.ts'
import { segmentCommand } from './commands/segment.command.ts'
import { usageExitCode } from './exit-codes.ts'
import { queueCommand } from './commands/queue.command.ts'
import { meetingCommand } from './commands/meeting.command.ts'
import { nurtureCommand, reviewCommand } from './commands/review.command.ts'
import { outboxCommand, slaCommand, webhookCommand } from './commands/sla.command.ts'
import { reportError } from './output.ts'
import type { ProgramDeps } from './program-deps.ts'

/** Builds the `baton` command tree; every later capability hangs its commands here. */
export function createProgram(deps: ProgramDeps): Command {
  const program = new Command('baton')
    .description('Baton: one funnel, one sales/marketing agreement, one set of numbers')
    .version(deps.version)
    .option('--db <dir>', 'embedded database directory; env BATON_DB, default ./.baton/db')
    .option(
      '--database-url <url>',
      'PostgreSQL server instead of the embedded database; env DATABASE_URL',
    )
    .option('--workspace <slug>', 'workspace to act in (default: the first one)')
    .option(
      '--api-key <key>',
      'API key, used when a running server holds the database; env BATON_API_KEY',
    )
    .option('--json', 'print machine-readable JSON instead of tables')
  addAdminCommands(program, deps)
  program.addCommand(personCommand(deps))
  program.addCommand(agreementCommand(deps))
  program.addCommand(userCommand(deps))
  program.addCommand(importCommand(deps))
  program.addCommand(duplicatesCommand(deps))
  program.addCommand(reportCommand(deps))
  program.addCommand(marketCommand(deps))
  program.addCommand(modelCommand(deps))
  program.addCommand(scoreModelCommand(deps))
  program.addCommand(scoreCommand(deps))
  program.addCommand(trackCommand(deps))
  program.addCommand(apiKeyCommand(deps))
  program.addCommand(planCommand(deps))
  program.addCommand(experimentCommand(deps))
  program.addCommand(queueCommand(deps))
  program.addCommand(meetingCommand(deps))
  program.addCommand(reviewCommand(deps))
  program.addCommand(nurtureCommand(deps))
  program.addCommand(slaCommand(deps))
  program.addCommand(outboxCommand(deps))
  program.addCommand(webhookCommand(deps))
  program.addCommand(privacyCommand(deps))
  program.addCommand(segmentCommand(deps))
  configureTree(program, deps)
  return program
}

// Commands added with addCommand do not inherit settings, so apply them to the whole tree.
function configureTree(command: Command, deps: ProgramDeps): void {
  command
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => deps.out.stdout(text),
      writeErr: (text) => deps.out.stderr(text),
    })
    .exitOverride()
  for (const child of command.commands) configureTree(child, deps)
}

/** Runs the CLI on argv (without node and script) and returns the exit status. */
export async function runCli(argv: readonly string[], deps: ProgramDeps): Promise<number> {
  const program = createProgram(deps)
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return 0
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successful exits; everything else is a usage mistake.
      return error.exitCode === 0 ? 0 : usageExitCode
    }
    return reportError(deps.out, argv.includes('--json'), error)
  }
}
