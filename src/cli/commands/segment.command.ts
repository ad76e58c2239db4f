import { readFile } from 'node:fs/promises'
import { Command } from 'commander'
import type { SegmentMember } from '../../app/segments/segment-ports.ts'
import type { CountedSegment } from '../../app/segments/segments.ts'
import { describeSegmentFilter } from '../../core/segments/index.ts'
import { AppError } from '../../core/shared/index.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { pageLimit, withBackend } from '../with-backend.ts'

// A filter given inline as JSON, or as @path to a JSON file.
async function readFilter(value: string): Promise<unknown> {
  const text = value.startsWith('@')
    ? await readFile(value.slice(1), 'utf8').catch((cause: unknown) => {
        throw new AppError(
          'request.invalid',
          `Cannot read ${value.slice(1)}: ${(cause as Error).message}`,
          {
            details: { field: 'filter' },
            cause,
          },
        )
      })
    : value
  try {
    return JSON.parse(text) as unknown
  } catch (cause) {
    throw new AppError(
      'request.invalid',
      `--filter is not JSON: ${(cause as Error).message}. Give e.g. '{"field":"stage","op":"eq","value":"mql"}' or @filter.json.`,
      { details: { field: 'filter' }, cause },
    )
  }
}

const segmentTable = (segments: readonly CountedSegment[]) =>
  formatTable(
    ['name', 'subject', 'members', 'description', 'id'],
    segments.map((s) => [s.name, s.subject, s.members, s.description ?? '', s.id]),
  )

const memberTable = (members: readonly SegmentMember[]) =>
  formatTable(
    ['name', 'email', 'company', 'stage', 'score', 'id'],
    members.map((m) => [
      m.name ?? '',
      m.email ?? '',
      m.company ?? '',
      m.stage ?? '',
      m.score,
      m.id,
    ]),
  )

function showText(shown: {
  segment: CountedSegment
  items: readonly SegmentMember[]
  nextCursor?: string
}) {
  const { segment } = shown
  const head = `${segment.name} (${segment.subject}): ${segment.members} members now\n${segment.description ? `${segment.description}\n` : ''}filter: ${describeSegmentFilter(segment.filter)}\n`
  const more = shown.nextCursor === undefined ? '' : `more: --cursor ${shown.nextCursor}\n`
  return head + memberTable(shown.items) + more
}

/** `baton segment add|list|show`: dynamic segments, saved queries evaluated on every read. */
export function segmentCommand(deps: ProgramDeps): Command {
  const segment = new Command('segment').description(
    'Dynamic segments: saved filters over person and account fields, evaluated on every read',
  )
  segment
    .command('add')
    .description('Save a segment')
    .argument('<name>', 'the segment name')
    .requiredOption(
      '--filter <json>',
      'the filter as JSON ({field, op, value}, {and: [...]}, {or: [...]}, {not: {...}}), or @file.json',
    )
    .option('--subject <subject>', 'person or account', 'person')
    .option('--description <text>', 'what the segment is for')
    .action(
      async (
        name: string,
        o: { filter: string; subject: string; description?: string },
        command: Command,
      ) => {
        const filter = await readFilter(o.filter)
        await withBackend(deps, command, async (backend, json) => {
          const saved = await backend.analytics.addSegment({
            name,
            subject: o.subject,
            description: o.description,
            filter,
          })
          present(deps.out, json, saved, (s) => `saved\n${segmentTable([s])}`)
        })
      },
    )
  segment
    .command('list')
    .description('Every segment with its member count now')
    .action(async (_o: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        present(deps.out, json, await backend.analytics.listSegments(), segmentTable)
      })
    })
  segment
    .command('show')
    .description('A segment, its filter and who matches it now')
    .argument('<segment>', 'the segment id or name')
    .option('--limit <n>', 'members per page (1-500)', pageLimit, 50)
    .option('--cursor <cursor>', 'the next page, as the previous page printed it')
    .action(async (idOrName: string, o: { limit: number; cursor?: string }, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const page = { limit: o.limit, ...(o.cursor === undefined ? {} : { cursor: o.cursor }) }
        present(deps.out, json, await backend.analytics.segmentMembers(idOrName, page), showText)
      })
    })
  return segment
}
