import { Command } from 'commander'
import type { User } from '../../app/ports.ts'
import { formatTable, present } from '../output.ts'
import type { GlobalOptions, ProgramDeps } from '../program-deps.ts'
import { workingTimeCommand } from './working-time.command.ts'

/** `baton user add|list|disable|working-time`: the people who work in Baton, with their roles. */
export function userCommand(deps: ProgramDeps): Command {
  const user = new Command('user').description(
    'Add, list and disable users (roles: admin, marketing, sdr, sales, viewer)',
  )
  const run = async (
    command: Command,
    work: (
      json: boolean,
      backend: Awaited<ReturnType<ProgramDeps['openBackend']>>,
    ) => Promise<void>,
  ) => {
    const options = command.optsWithGlobals<GlobalOptions>()
    const backend = await deps.openBackend(options)
    try {
      await work(options.json === true, backend)
    } finally {
      await backend.close()
    }
  }
  user
    .command('add')
    .description('Add a user')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', 'admin, marketing, sdr, sales or viewer')
    .action(async (options: { email: string; name: string; role: string }, command: Command) => {
      await run(command, async (json, backend) => {
        const added = await backend.addUser(options)
        present(deps.out, json, added, (u: User) => `added ${u.role} user ${u.email} (${u.id})\n`)
      })
    })
  user
    .command('list')
    .description('List users')
    .action(async (_options: unknown, command: Command) => {
      await run(command, async (json, backend) => {
        const users = await backend.listUsers()
        present(deps.out, json, users, (list) =>
          formatTable(
            ['email', 'name', 'role', 'active'],
            list.map((u) => [u.email, u.name, u.role, u.active]),
          ),
        )
      })
    })
  user
    .command('disable')
    .description('Disable a user: their API keys stop working at once (admins)')
    .argument('<email>')
    .action(async (email: string, _options: unknown, command: Command) => {
      await run(command, async (json, backend) => {
        const disabled = await backend.access.disableUser(email)
        present(
          deps.out,
          json,
          disabled,
          (u: User) => `disabled ${u.email}; their API keys no longer work\n`,
        )
      })
    })
  user.addCommand(workingTimeCommand(deps))
  return user
}
