import { Command, Option } from 'commander'
import type { Person } from '../../core/records/index.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { pageLimit, withBackend } from '../with-backend.ts'
import { addLoopCommands } from './person-loop.command.ts'

type AddOptions = {
  email?: string
  firstName?: string
  lastName?: string
  title?: string
  company?: string
  country?: string
  source?: string
  stage?: string
}

const columns = ['id', 'email', 'name', 'company', 'stage', 'created']
const toRow = (p: Person) => [
  p.id,
  p.email,
  [p.firstName, p.lastName].filter(Boolean).join(' '),
  p.companyName,
  p.stage,
  p.createdAt.toISOString().slice(0, 16).replace('T', ' '),
]

/** `baton person add|list|show|stage|assign|accept|reject|disposition`: people from the command line. */
export function personCommand(deps: ProgramDeps): Command {
  const person = new Command('person').description(
    'Add, list, show people (leads and contacts) and change their stage',
  )

  person
    .command('add')
    .description('Create a person in their first lifecycle stage (default inquiry)')
    .requiredOption('--email <email>', 'email address (unique per workspace)')
    .option('--first-name <name>')
    .option('--last-name <name>')
    .option('--title <title>')
    .option('--company <name>', 'company name as the lead gave it')
    .option('--country <country>')
    .option('--source <source>', 'where the lead came from, e.g. webinar')
    .option('--stage <stage>', 'first lifecycle stage', 'inquiry')
    .action(async (options: AddOptions, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const created = await backend.createPerson({
          email: options.email ?? null,
          firstName: options.firstName ?? null,
          lastName: options.lastName ?? null,
          title: options.title ?? null,
          companyName: options.company ?? null,
          country: options.country ?? null,
          source: options.source ?? null,
          ...(options.stage === undefined ? {} : { stage: options.stage }),
        })
        present(
          deps.out,
          json,
          created,
          (p) => `created person ${p.id} (${p.email ?? ''}) in stage ${p.stage}\n`,
        )
      })
    })

  person
    .command('list')
    .description('List people, oldest first')
    .addOption(new Option('--limit <n>', 'rows per page, 1..500').default(50).argParser(pageLimit))
    .option('--cursor <cursor>', 'nextCursor printed by the previous page')
    .option('--stage <stage>', 'only people in this stage')
    .action(
      async (options: { limit: number; cursor?: string; stage?: string }, command: Command) => {
        await withBackend(deps, command, async (backend, json) => {
          const page = await backend.listPeople(options)
          present(deps.out, json, page, (p) => {
            const more = p.nextCursor ? `more: --cursor ${p.nextCursor}\n` : ''
            return formatTable(columns, p.items.map(toRow)) + more
          })
        })
      },
    )

  person
    .command('show')
    .description('Show one person')
    .argument('<id>', 'person id')
    .action(async (id: string, _options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        present(deps.out, json, await backend.getPerson(id), (p) =>
          formatTable(columns, [toRow(p)]),
        )
      })
    })

  person
    .command('stage')
    .description('Move a person to another lifecycle stage (recorded as a stage event)')
    .argument('<id>', 'person id')
    .argument('<stage>', 'target stage, e.g. mql')
    .option('--reason <code>', 'reason code, e.g. unreachable')
    .option('--note <text>', 'short free-text note')
    .action(
      async (
        id: string,
        stage: string,
        options: { reason?: string; note?: string },
        command: Command,
      ) => {
        await withBackend(deps, command, async (backend, json) => {
          const event = await backend.changePersonStage(id, {
            toStage: stage,
            ...(options.reason === undefined ? {} : { reasonCode: options.reason }),
            ...(options.note === undefined ? {} : { note: options.note }),
          })
          present(
            deps.out,
            json,
            event,
            (e) => `moved person ${id} from ${e.fromStage ?? '-'} to ${e.toStage}\n`,
          )
        })
      },
    )

  person
    .command('assign')
    .description('Assign a person to a user by hand, or route them again under the agreement')
    .argument('<id>', 'person id')
    .option('--to <email>', 'the user to assign; without it, routing chooses')
    .action(async (id: string, options: { to?: string }, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const outcome = await backend.handoff.assignPerson(
          id,
          options.to === undefined ? {} : { toEmail: options.to },
        )
        present(deps.out, json, outcome, (o) =>
          o.kind === 'assigned'
            ? `assigned person ${id} to ${o.ownerId} (${o.team}) by rule "${o.rule}": ${o.reason}\n`
            : `held person ${id} (${o.team}): ${o.reason}\n`,
        )
      })
    })

  addLoopCommands(person, deps)
  return person
}
