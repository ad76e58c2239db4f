import { Command, InvalidArgumentError } from 'commander'
import type { OwnerCalendar } from '../../app/handoff/handoff-ports.ts'
import { parseWorkCalendar } from '../../app/handoff/parse-work-calendar.ts'
import type { WorkingTimeChange } from '../../app/handoff/set-working-time.ts'
import { weekdays } from '../../core/agreement/index.ts'
import { AppError } from '../../core/shared/index.ts'
import { present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { readChecked } from '../read-checked.ts'
import { withBackend } from '../with-backend.ts'

type Span = { readonly from: Date; readonly to: Date }

/** Parses `--away <from>..<to>`: two ISO dates or instants; a date alone means its midnight UTC. */
export function parseAwaySpan(value: string, previous: readonly Span[] = []): Span[] {
  const [from, to, ...rest] = value.split('..')
  const instant = (text: string | undefined) => new Date(text?.trim() ?? '')
  const span = { from: instant(from), to: instant(to) }
  if (rest.length > 0 || Number.isNaN(span.from.getTime()) || Number.isNaN(span.to.getTime())) {
    throw new InvalidArgumentError(
      `--away takes <from>..<to> as ISO dates or instants, e.g. 2026-12-24..2027-01-02, not "${value}"`,
    )
  }
  if (span.to <= span.from) {
    throw new InvalidArgumentError(`--away "${value}" must end after it starts`)
  }
  return [...previous, span]
}

function describeCalendar(time: OwnerCalendar): string {
  const { calendar } = time
  if (calendar === null) return "the agreement's calendar"
  const days = weekdays.flatMap((day) => {
    const periods = calendar.workingHours[day] ?? []
    return periods.length === 0
      ? []
      : [`${day} ${periods.map((p) => `${p.from}-${p.to}`).join(',')}`]
  })
  const holidays = calendar.holidays
    ? `; holidays of ${[calendar.holidays.country, calendar.holidays.region].filter(Boolean).join('-')}`
    : ''
  return `their own calendar: ${calendar.timeZone}, ${days.join(' ') || 'no working hours'}${holidays}`
}

function workingTimeText(email: string, time: OwnerCalendar): string {
  const away = time.outOfOffice.map(
    (span) => `  away ${span.from.toISOString()} .. ${span.to.toISOString()}\n`,
  )
  return `${email} works on ${describeCalendar(time)}\n${away.length === 0 ? '  not away\n' : away.join('')}`
}

type Options = {
  readonly calendar?: string
  readonly agreementCalendar?: boolean
  readonly away?: readonly Span[]
  readonly present?: boolean
}

/**
 * `baton user working-time <email>`: shows a user's own working time, or sets it (admins) — their
 * calendar from a YAML or JSON file shaped as the agreement's `calendar`, or back to the agreement's,
 * and their out-of-office spans, which replace the ones recorded.
 */
export function workingTimeCommand(deps: ProgramDeps): Command {
  return new Command('working-time')
    .description(
      "Show or set a user's own calendar and out-of-office: closed time for the clocks and tasks they own, skipped by routing",
    )
    .argument('<email>')
    .option(
      '--calendar <file>',
      "their own calendar (YAML or JSON, shaped as the agreement's calendar)",
    )
    .option('--agreement-calendar', "go back to the agreement's calendar")
    .option(
      '--away <from..to>',
      'an out-of-office span (repeat for several); replaces the recorded ones',
      parseAwaySpan,
    )
    .option('--present', 'clear every out-of-office span')
    .action(async (email: string, options: Options, command: Command) => {
      if (options.calendar !== undefined && options.agreementCalendar === true) {
        throw new AppError('request.invalid', 'Give --calendar or --agreement-calendar, not both.')
      }
      if (options.away !== undefined && options.present === true) {
        throw new AppError('request.invalid', 'Give --away or --present, not both.')
      }
      const calendar =
        options.calendar === undefined
          ? undefined
          : (await readChecked(deps, options.calendar, parseWorkCalendar, 'sla.invalid_calendar'))
              .calendar
      const change: WorkingTimeChange = {
        ...(calendar === undefined ? {} : { calendar }),
        ...(options.agreementCalendar === true ? { calendar: null } : {}),
        ...(options.away === undefined ? {} : { outOfOffice: options.away }),
        ...(options.present === true ? { outOfOffice: [] } : {}),
      }
      await withBackend(deps, command, async (backend, json) => {
        const time = await backend.access.setWorkingTime(email, change)
        present(deps.out, json, time, (t) => workingTimeText(email, t))
      })
    })
}
