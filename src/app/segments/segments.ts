import {
  segmentSubjects,
  toSegmentFilter,
  type Segment,
  type SegmentSubject,
} from '../../core/segments/index.ts'
import { AppError, type Page, type PageRequest } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import type { SegmentMember } from './segment-ports.ts'

export type SegmentInput = {
  readonly name: string
  readonly subject?: string | undefined
  readonly description?: string | undefined
  /** The filter as data: `{field, op, value}`, `{and: [...]}`, `{or: [...]}` or `{not: {...}}`. */
  readonly filter: unknown
}

/** A segment with how many match it at the time of reading. */
export type CountedSegment = Segment & { readonly members: number }

const maxName = 100

// Tabs, line breaks and NUL in a name break tables and cannot always be stored.
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 32) return true
  return false
}

function subjectOf(value: string | undefined): SegmentSubject {
  if (value === undefined) return 'person'
  if ((segmentSubjects as readonly string[]).includes(value)) return value as SegmentSubject
  throw new AppError(
    'request.invalid',
    `A segment is of people or accounts: subject "${value}" is neither; use one of ${segmentSubjects.join(', ')}.`,
    { details: { field: 'subject' } },
  )
}

const counted = async (ctx: UseCaseContext, segment: Segment): Promise<CountedSegment> => ({
  ...segment,
  members: await ctx.store.analytics.segments.count({ ...segment, now: ctx.clock.now() }),
})

/** Saves a dynamic segment: a named filter over person (and account) or account fields. */
export async function addSegment(
  ctx: UseCaseContext,
  input: SegmentInput,
): Promise<CountedSegment> {
  authorize(ctx, 'segments.manage')
  const name = input.name.trim()
  if (name === '' || name.length > maxName || hasControl(name)) {
    throw new AppError(
      'request.invalid',
      `A segment needs a name of 1 to ${maxName} characters, without control characters.`,
      {
        details: { field: 'name' },
      },
    )
  }
  const subject = subjectOf(input.subject)
  const filter = toSegmentFilter(input.filter, subject)
  const segments = ctx.store.analytics.segments
  if (await segments.findByName(name)) {
    throw new AppError(
      'segment.name_taken',
      `A segment named "${name}" already exists; pick another name.`,
      { details: { field: 'name' } },
    )
  }
  const description = input.description?.trim().replaceAll('\u0000', '') || null
  return counted(
    ctx,
    await segments.insert({ name, subject, description, filter, createdBy: ctx.actor }),
  )
}

/** Every saved segment by name, each with its member count as of now. */
export async function listSegments(ctx: UseCaseContext): Promise<readonly CountedSegment[]> {
  authorize(ctx, 'reports.read')
  const segments = await ctx.store.analytics.segments.list()
  const out: CountedSegment[] = []
  for (const segment of segments) out.push(await counted(ctx, segment))
  return out
}

/** A segment by id or name, with its member count; `segment.not_found` when there is none. */
export async function getSegment(ctx: UseCaseContext, idOrName: string): Promise<CountedSegment> {
  authorize(ctx, 'reports.read')
  const segments = ctx.store.analytics.segments
  const found = (await segments.find(idOrName)) ?? (await segments.findByName(idOrName))
  if (!found) {
    throw new AppError(
      'segment.not_found',
      `No segment "${idOrName}" in this workspace; \`baton segment list\` (GET /v1/segments) shows them.`,
      { details: { segment: idOrName } },
    )
  }
  return counted(ctx, found)
}

/** Who matches a segment now (the filter runs again on every read), oldest record first. */
export async function segmentMembers(
  ctx: UseCaseContext,
  idOrName: string,
  page: PageRequest,
): Promise<{ readonly segment: CountedSegment } & Page<SegmentMember>> {
  // Members are people's (or accounts') records: refused before anything is looked up.
  authorize(ctx, 'people.read')
  const segment = await getSegment(ctx, idOrName)
  if (segment.subject === 'account') authorize(ctx, 'accounts.read')
  const members = await ctx.store.analytics.segments.members(
    { ...segment, now: ctx.clock.now() },
    page,
  )
  return { segment, ...members }
}
