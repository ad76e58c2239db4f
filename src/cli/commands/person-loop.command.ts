import { Command, InvalidArgumentError, Option } from 'commander'
import type { LoopResult } from '../../app/handoff/close-loop.ts'
import { dispositionOutcomes, type DispositionOutcome } from '../../core/handoff/index.ts'
import { present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { withBackend } from '../with-backend.ts'

type ReasonOptions = { reason?: string; note?: string }

const moved = (result: LoopResult) => `${result.event.fromStage ?? '-'} -> ${result.event.toStage}`

const reviewLine = (result: LoopResult) =>
  result.review === null
    ? ''
    : `review ${result.review.id} opened: a manager reviews this lost ${result.review.kind}\n`

const withNote = (note: string | undefined) => (note === undefined ? {} : { note })

function outcomeOf(value: string): DispositionOutcome {
  if ((dispositionOutcomes as readonly string[]).includes(value)) return value as DispositionOutcome
  throw new InvalidArgumentError(`use one of ${dispositionOutcomes.join(', ')}, not "${value}"`)
}

type ReferOptions = { email: string; firstName?: string; lastName?: string; title?: string }

/** `baton person accept|reject|disposition|refer`: the owner closes the loop on a lead. */
export function addLoopCommands(person: Command, deps: ProgramDeps): void {
  person
    .command('accept')
    .description('Accept a lead assigned to you: it moves on to the next stage (e.g. MQL -> SAL)')
    .argument('<person>', 'person id')
    .option('--note <text>', 'short free-text note')
    .action(async (id: string, options: { note?: string }, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const result = await backend.handoff.acceptLead(id, options.note)
        present(deps.out, json, result, (r) => `accepted person ${id}: ${moved(r)}\n`)
      })
    })

  person
    .command('reject')
    .description(
      'Reject a lead with a reason code of the agreement: back to nurture, or where it says',
    )
    .argument('<person>', 'person id')
    .requiredOption('--reason <code>', 'reason code of the agreement, e.g. unreachable')
    .option('--note <text>', 'why; required for codes the agreement marks so')
    .action(
      async (
        id: string,
        options: Required<Pick<ReasonOptions, 'reason'>> & ReasonOptions,
        command: Command,
      ) => {
        await withBackend(deps, command, async (backend, json) => {
          const result = await backend.handoff.rejectLead(id, {
            reasonCode: options.reason,
            ...withNote(options.note),
          })
          present(
            deps.out,
            json,
            result,
            (r) => `rejected person ${id} (${options.reason}): ${moved(r)}\n${reviewLine(r)}`,
          )
        })
      },
    )

  person
    .command('disposition')
    .description(
      'Close a lead out: qualified moves it on; nurture, recycled, disqualified need --reason',
    )
    .argument('<person>', 'person id')
    .addOption(
      new Option('--outcome <outcome>', dispositionOutcomes.join(', '))
        .makeOptionMandatory()
        .argParser(outcomeOf),
    )
    .option('--reason <code>', 'reason code of the agreement (not needed for qualified)')
    .option('--note <text>', 'why; required for codes the agreement marks so')
    .action(
      async (
        id: string,
        options: ReasonOptions & { outcome: DispositionOutcome },
        command: Command,
      ) => {
        await withBackend(deps, command, async (backend, json) => {
          const result = await backend.handoff.dispositionLead(id, {
            outcome: options.outcome,
            ...(options.reason === undefined ? {} : { reasonCode: options.reason }),
            ...withNote(options.note),
          })
          const why = options.reason === undefined ? '' : ` (${options.reason})`
          present(
            deps.out,
            json,
            result,
            (r) => `${options.outcome} person ${id}${why}: ${moved(r)}\n${reviewLine(r)}`,
          )
        })
      },
    )

  person
    .command('refer')
    .description('Record someone else at the account the lead referred, linked to its source')
    .argument('<person>', 'id of the person who referred')
    .requiredOption('--email <email>', 'email of the person referred')
    .option('--first-name <name>')
    .option('--last-name <name>')
    .option('--title <title>')
    .action(async (id: string, options: ReferOptions, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const result = await backend.handoff.referPerson(id, {
          email: options.email,
          firstName: options.firstName ?? null,
          lastName: options.lastName ?? null,
          title: options.title ?? null,
        })
        present(deps.out, json, result, (r) => {
          const who = `${r.created ? 'created' : 'linked'} person ${r.person.id} (${r.person.email ?? ''})`
          return `${who}, referred by ${r.referredBy}; original source ${r.originalSource ?? 'unknown'}\n`
        })
      })
    })
}
