import { Command, InvalidArgumentError, Option } from 'commander'
import {
  reviewResolutions,
  type Enrollment,
  type LeadReview,
  type ReviewResolution,
} from '../../app/handoff/handoff-ports.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { pageLimit, withBackend } from '../with-backend.ts'

const minute = (at: Date | null) =>
  at === null ? '' : at.toISOString().slice(0, 16).replace('T', ' ')
const more = (page: { nextCursor?: string }) =>
  page.nextCursor === undefined ? '' : `more: --cursor ${page.nextCursor}\n`

function resolutionOf(value: string): ReviewResolution {
  if ((reviewResolutions as readonly string[]).includes(value)) return value as ReviewResolution
  throw new InvalidArgumentError(`use one of ${reviewResolutions.join(', ')}, not "${value}"`)
}

const reviewRow = (r: LeadReview) => [
  r.id,
  r.kind,
  r.personId,
  `${r.fromStage} -> ${r.toStage}`,
  r.reasonCode,
  r.note,
  r.requestedBy,
  minute(r.createdAt),
]

type PageOptions = { limit: number; cursor?: string }
const pageOptions = (command: Command) =>
  command
    .addOption(new Option('--limit <n>', 'rows per page, 1..500').default(50).argParser(pageLimit))
    .option('--cursor <cursor>', 'nextCursor printed by the previous page')

/** `baton review list|resolve`: the manager's review of disqualified meetings and opportunities. */
export function reviewCommand(deps: ProgramDeps): Command {
  const review = new Command('review').description(
    "The manager's review queue: every disqualified meeting or opportunity, reviewed once",
  )
  pageOptions(review.command('list').description('Open reviews, oldest first')).action(
    async (options: PageOptions, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const page = await backend.handoff.listReviews(options)
        present(deps.out, json, page, (p) => {
          const columns = ['id', 'kind', 'person', 'move', 'reason', 'note', 'by', 'created']
          return formatTable(columns, p.items.map(reviewRow)) + more(p)
        })
      })
    },
  )
  review
    .command('resolve')
    .description('Resolve a review: upheld (the disqualification stands) or reopened')
    .argument('<review>', 'review id')
    .addOption(
      new Option('--resolution <resolution>', reviewResolutions.join(' or '))
        .makeOptionMandatory()
        .argParser(resolutionOf),
    )
    .option('--note <text>', 'short free-text note')
    .action(
      async (
        id: string,
        options: { resolution: ReviewResolution; note?: string },
        command: Command,
      ) => {
        await withBackend(deps, command, async (backend, json) => {
          const resolved = await backend.handoff.resolveReview(id, {
            resolution: options.resolution,
            ...(options.note === undefined ? {} : { note: options.note }),
          })
          present(
            deps.out,
            json,
            resolved,
            (r) => `review ${r.id} of person ${r.personId}: ${r.resolution ?? ''}\n`,
          )
        })
      },
    )
  return review
}

const enrollmentStatuses = ['active', 'completed', 'exited'] as const

const enrollmentRow = (e: Enrollment) => [
  e.personId,
  e.program,
  e.status,
  e.step,
  minute(e.enrolledAt),
  minute(e.nextTouchAt),
  e.reason,
]

/** `baton nurture list`: who is in which nurture program and when their next touch is due. */
export function nurtureCommand(deps: ProgramDeps): Command {
  const nurture = new Command('nurture').description('Nurture programs and who is enrolled')
  pageOptions(nurture.command('list').description('Enrolments, oldest first'))
    .addOption(new Option('--status <status>', 'only this status').choices(enrollmentStatuses))
    .action(
      async (
        options: PageOptions & { status?: (typeof enrollmentStatuses)[number] },
        command: Command,
      ) => {
        await withBackend(deps, command, async (backend, json) => {
          const page = await backend.handoff.listEnrollments(options)
          present(deps.out, json, page, (p) => {
            const columns = [
              'person',
              'program',
              'status',
              'step',
              'enrolled',
              'next touch',
              'reason',
            ]
            return formatTable(columns, p.items.map(enrollmentRow)) + more(p)
          })
        })
      },
    )
  return nurture
}
