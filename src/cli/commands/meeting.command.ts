import { Command, InvalidArgumentError } from 'commander'
import type { Meeting } from '../../app/handoff/handoff-ports.ts'
import { present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { withBackend } from '../with-backend.ts'

function instant(value: string): Date {
  const at = new Date(value)
  if (Number.isNaN(at.getTime()))
    throw new InvalidArgumentError(`give an ISO time such as 2026-12-08T15:00:00Z, not "${value}"`)
  return at
}

const meetingLine = (m: Meeting) =>
  `meeting ${m.id} with person ${m.personId} at ${m.scheduledAt.toISOString()}: ${m.status}\n`

/** `baton meeting book|held|no-show`: meetings booked for a lead, and whether they happened. */
export function meetingCommand(deps: ProgramDeps): Command {
  const meeting = new Command('meeting').description(
    'Book meetings and record them held or no-show (a no-show goes back to the SDR)',
  )
  meeting
    .command('book')
    .description('Book a meeting for a person with their owner')
    .argument('<person>', 'person id')
    .requiredOption('--at <time>', 'when, as ISO time, e.g. 2026-12-08T15:00:00Z', instant)
    .option('--note <text>', 'short free-text note')
    .action(async (id: string, options: { at: Date; note?: string }, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const booked = await backend.handoff.recordMeeting(id, {
          action: 'book',
          scheduledAt: options.at,
          note: options.note ?? null,
        })
        present(deps.out, json, booked, meetingLine)
      })
    })
  for (const [name, action] of [
    ['held', 'held'],
    ['no-show', 'no_show'],
  ] as const) {
    meeting
      .command(name)
      .description(
        action === 'held'
          ? 'Record a booked meeting as held: the meeting that counts'
          : 'Record a booked meeting as a no-show: the lead goes back to its SDR to book again',
      )
      .argument('<person>', 'person id')
      .argument('<meeting>', 'meeting id printed by `baton meeting book`')
      .option('--note <text>', 'short free-text note')
      .action(
        async (id: string, meetingId: string, options: { note?: string }, command: Command) => {
          await withBackend(deps, command, async (backend, json) => {
            const recorded = await backend.handoff.recordMeeting(id, {
              action,
              meetingId,
              note: options.note ?? null,
            })
            present(deps.out, json, recorded, meetingLine)
          })
        },
      )
  }
  return meeting
}
