import { Command, Option } from 'commander'
import type { OwnerQueue } from '../../app/handoff/owner-queue.ts'
import type { ClockView } from '../../app/sla/list-person-clocks.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { pageLimit, withBackend } from '../with-backend.ts'

const minute = (at: Date | null) =>
  at === null ? '' : at.toISOString().slice(0, 16).replace('T', ' ')

/** Business minutes as "2h 05m left" or "1h 10m over". */
export function formatBusinessLeft(minutes: number | null): string {
  if (minutes === null) return ''
  const size = Math.abs(minutes)
  const text = `${Math.floor(size / 60)}h ${String(size % 60).padStart(2, '0')}m`
  return minutes < 0 ? `${text} over` : `${text} left`
}

const clockState = (clock: ClockView | undefined) =>
  clock === undefined
    ? 'no clock'
    : `${clock.kind}${clock.outcome === 'breached' ? ' (breached)' : ''}`

function queueText(queue: OwnerQueue): string {
  const title = `queue of ${queue.owner.email} (${queue.owner.role}): ${queue.items.length} open`
  if (queue.items.length === 0) return `${title}\n`
  const columns = [
    'due',
    'left',
    'clock',
    'level',
    'stage',
    'person',
    'email',
    'name',
    'next task',
    'task due',
  ]
  const rows = queue.items.map((item) => {
    const first = item.clocks[0]
    return [
      minute(item.dueAt),
      formatBusinessLeft(first?.businessMinutesLeft ?? null),
      clockState(first),
      first?.escalationLevel,
      item.person.stage,
      item.person.id,
      item.person.email,
      [item.person.firstName, item.person.lastName].filter(Boolean).join(' '),
      item.nextTask?.channel ?? '',
      minute(item.nextTask?.dueAt ?? null),
    ]
  })
  return `${title}\n${formatTable(columns, rows)}`
}

/** `baton queue`: a rep's work in due order, with each lead's clock and next follow-up task. */
export function queueCommand(deps: ProgramDeps): Command {
  return new Command('queue')
    .description("A rep's open leads, the soonest due response clock first")
    .option('--owner <email>', "whose queue; default the API key's own user")
    .addOption(new Option('--limit <n>', 'at most this many leads, 1..500').argParser(pageLimit))
    .action(async (options: { owner?: string; limit?: number }, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const queue = await backend.handoff.ownerQueue({
          ownerEmail: options.owner,
          limit: options.limit,
        })
        present(deps.out, json, queue, queueText)
      })
    })
}
