import { Command, InvalidArgumentError, Option } from 'commander'
import type { ClockView } from '../../app/sla/list-person-clocks.ts'
import { outboxStatuses, webhookFormats, type Webhook } from '../../app/sla/sla-ports.ts'
import type { SweepSummary } from '../../app/sla/sweep-clocks.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { pageLimit, withBackend } from '../with-backend.ts'
import { formatBusinessLeft } from './queue.command.ts'

const minute = (at: Date | null) =>
  at === null ? '' : at.toISOString().slice(0, 16).replace('T', ' ')

const sweepText = (s: SweepSummary) =>
  `swept ${s.checked} due clock${s.checked === 1 ? '' : 's'}: ${s.breached} breached, ${s.steps} escalation step${s.steps === 1 ? '' : 's'} run, ${s.failed} failed\n`

const clockRow = (c: ClockView) => [
  c.kind,
  c.priority,
  minute(c.startedAt),
  minute(c.dueAt),
  c.stoppedAt === null ? 'running' : `stopped ${minute(c.stoppedAt)}`,
  c.outcome,
  c.escalationLevel,
  formatBusinessLeft(c.businessMinutesLeft),
]

/** `baton sla sweep|clocks`: run the sweeper once, and a person's response clocks. */
export function slaCommand(deps: ProgramDeps): Command {
  const sla = new Command('sla').description('Response clocks and the sweeper that escalates them')
  sla
    .command('sweep')
    .description(
      'Run the sweeper once over every due clock: mark breaches and run each escalation step once',
    )
    .action(async (_options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        present(deps.out, json, await backend.handoff.sweepClocks(), sweepText)
      })
    })
  sla
    .command('clocks')
    .description("A person's clocks, newest first, with business time left or over")
    .argument('<person>', 'person id')
    .action(async (id: string, _options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const clocks = await backend.handoff.listClocks(id)
        present(deps.out, json, clocks, (list) => {
          if (list.length === 0) return `person ${id} has no clocks\n`
          const columns = [
            'kind',
            'priority',
            'started',
            'due',
            'state',
            'outcome',
            'level',
            'left',
          ]
          return formatTable(columns, list.map(clockRow))
        })
      })
    })
  return sla
}

/** `baton outbox list`: notifications and their delivery state. */
export function outboxCommand(deps: ProgramDeps): Command {
  const outbox = new Command('outbox').description('Notifications waiting, delivered or dead')
  outbox
    .command('list')
    .description('Outbox messages, newest first')
    .addOption(new Option('--status <status>', 'only this status').choices(outboxStatuses))
    .addOption(new Option('--limit <n>', 'rows per page, 1..500').default(50).argParser(pageLimit))
    .option('--cursor <cursor>', 'nextCursor printed by the previous page')
    .action(
      async (
        options: { status?: (typeof outboxStatuses)[number]; limit: number; cursor?: string },
        command: Command,
      ) => {
        await withBackend(deps, command, async (backend, json) => {
          const page = await backend.handoff.listOutbox(options)
          present(deps.out, json, page, (p) => {
            const columns = ['id', 'topic', 'target', 'status', 'attempts', 'next', 'error']
            const rows = p.items.map((m) => [
              m.id,
              m.topic,
              m.target,
              m.status,
              m.attempts,
              m.status === 'pending' ? minute(m.nextAttemptAt) : '',
              m.lastError,
            ])
            const more = p.nextCursor === undefined ? '' : `more: --cursor ${p.nextCursor}\n`
            return formatTable(columns, rows) + more
          })
        })
      },
    )
  return outbox
}

function attempts(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 50)
    throw new InvalidArgumentError(
      `--max-attempts takes a whole number from 1 to 50, not "${value}"`,
    )
  return n
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

const webhookRow = (w: Webhook) => [
  w.name,
  w.url,
  w.topics.length === 0 ? '(all)' : w.topics.join(','),
  w.format,
  w.maxAttempts,
  w.active ? 'yes' : 'no',
]

type AddOptions = {
  name: string
  url: string
  secret: string
  topic?: string[]
  format?: string
  maxAttempts?: number
}

/** `baton webhook add|list|remove`: where the outbox delivers notifications. */
export function webhookCommand(deps: ProgramDeps): Command {
  const webhook = new Command('webhook').description(
    'Webhooks the outbox delivers to, each body HMAC-signed with its secret',
  )
  webhook
    .command('add')
    .description('Add a webhook; the secret is never shown again')
    .requiredOption('--name <name>', 'a name unique in the workspace')
    .requiredOption('--url <url>', 'https:// URL that receives the notifications')
    .requiredOption('--secret <secret>', 'signing secret, at least 16 characters')
    .option('--topic <topic>', 'a topic it takes, e.g. sla.reminder (repeat; default all)', collect)
    .addOption(new Option('--format <format>', 'body format').choices(webhookFormats))
    .addOption(new Option('--max-attempts <n>', 'tries before dead-lettering').argParser(attempts))
    .action(async (options: AddOptions, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const added = await backend.handoff.addWebhook({
          name: options.name,
          url: options.url,
          secret: options.secret,
          ...(options.topic === undefined ? {} : { topics: options.topic }),
          ...(options.format === undefined ? {} : { format: options.format }),
          ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
        })
        present(deps.out, json, added, (w) => `added webhook ${w.name} -> ${w.url}\n`)
      })
    })
  webhook
    .command('list')
    .description("The workspace's webhooks, without their secrets")
    .action(async (_options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        present(deps.out, json, await backend.handoff.listWebhooks(), (list) =>
          formatTable(
            ['name', 'url', 'topics', 'format', 'attempts', 'active'],
            list.map(webhookRow),
          ),
        )
      })
    })
  webhook
    .command('remove')
    .description('Turn a webhook off: the outbox stops delivering to it')
    .argument('<name>', 'the webhook name')
    .action(async (name: string, _options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        await backend.handoff.removeWebhook(name)
        present(deps.out, json, { name, active: false }, () => `turned off webhook ${name}\n`)
      })
    })
  return webhook
}
