import { toCsv } from '../csv/write-csv.ts'
import type { Command } from 'commander'
import type { FunnelReport, VelocityReport } from '../../core/analytics/index.ts'
import type { PeriodRequest } from '../../app/reports/report-period.ts'
import { formatTable, present } from '../output.ts'
import type { GlobalOptions, ProgramDeps } from '../program-deps.ts'

export type PeriodOptions = PeriodRequest & { csv?: boolean }

export const day = (date: Date | string) => new Date(date).toISOString().slice(0, 10)
export const label = (group: string | null, total: boolean) =>
  total ? '(all)' : (group ?? '(none)')
/** Cents as an amount with two decimals; none is "-". */
export const money = (cents: number | null) => (cents === null ? '-' : (cents / 100).toFixed(2))
export const pct = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)}%`)

// The whole funnel first, then each group.
export function rowsOf<G>(report: { total: G; groups: readonly G[] }): [G, boolean][] {
  return [[report.total, true], ...report.groups.map((g): [G, boolean] => [g, false])]
}

export const heading = (
  name: string,
  report: { readonly from: Date; readonly to: Date; readonly by: string | null },
) => `${name} ${day(report.from)} .. ${day(report.to)}${report.by ? ` by ${report.by}` : ''}`

function funnelText(report: FunnelReport): string {
  const head = `${heading('funnel', report)}\n`
  const pairs = report.total.conversions.map((c) => `${c.from}>${c.to}`)
  const table = formatTable(
    ['group', 'entered', ...pairs],
    rowsOf(report).map(([g, total]) => [
      label(g.group, total),
      g.entered.map((e) => `${e.stage} ${e.subjects}`).join(', '),
      ...g.conversions.map((c) => `${c.reached}/${c.cohort} ${pct(c.rate.value)}`),
    ]),
  )
  return head + table
}

function funnelCsv(report: FunnelReport): string {
  return toCsv(
    rowsOf(report).flatMap(([g, total]) =>
      g.conversions.map((c) => [
        label(g.group, total),
        c.from,
        c.to,
        c.cohort,
        c.reached,
        c.rate.value ?? '',
        c.rate.reason ?? '',
      ]),
    ),
    { header: true, columns: ['group', 'from', 'to', 'cohort', 'reached', 'rate', 'note'] },
  )
}

const velocityColumns = [
  'group',
  'from',
  'to',
  'moved',
  'backwards',
  'median_days',
  'p75_days',
  'p90_days',
]

const businessColumns = ['median_business_hours', 'p75_business_hours', 'p90_business_hours']
const inBusinessTime = (report: VelocityReport) =>
  report.total.pairs.some((p) => p.business !== undefined)
const velocityHeader = (report: VelocityReport) =>
  inBusinessTime(report) ? [...velocityColumns, ...businessColumns] : velocityColumns

function velocityCells(report: VelocityReport): (string | number | null)[][] {
  const business = inBusinessTime(report)
  return rowsOf(report).flatMap(([g, total]) =>
    g.pairs.map((p) => [
      label(g.group, total),
      p.from,
      p.to,
      p.moved,
      p.backwards,
      p.medianDays,
      p.p75Days,
      p.p90Days,
      ...(business
        ? [
            p.business?.medianHours ?? null,
            p.business?.p75Hours ?? null,
            p.business?.p90Hours ?? null,
          ]
        : []),
    ]),
  )
}

function velocityText(report: VelocityReport): string {
  const unit = inBusinessTime(report)
    ? 'calendar days; working hours on the agreement calendar'
    : 'calendar days'
  return `${heading('velocity', report)} (${unit})\n${formatTable(velocityHeader(report), velocityCells(report))}`
}

function velocityCsv(report: VelocityReport): string {
  const rows = velocityCells(report).map((row) => row.map((cell) => cell ?? ''))
  return toCsv(rows, { header: true, columns: velocityHeader(report) })
}

/** A report subcommand taking a period (--from, --to), a split (--by, unless `byHelp` is null) and --csv. */
export function periodCommand(
  report: Command,
  name: string,
  description: string,
  byHelp:
    | string
    | null = 'split by source (origin, channel), owner, country, cohort or agreement_version',
): Command {
  const command = report
    .command(name)
    .description(description)
    .option('--from <date>', 'period start, YYYY-MM-DD (inclusive); default: the beginning')
    .option('--to <date>', 'period end, YYYY-MM-DD (exclusive); default: now')
  if (byHelp !== null) command.option('--by <dimension>', byHelp)
  return command.option('--csv', 'CSV instead of a table')
}

type Backend = Awaited<ReturnType<ProgramDeps['openBackend']>>

/** Runs a period report: loads it through the backend, prints a table, CSV or JSON. */
export function periodAction<O extends PeriodOptions, T>(
  deps: ProgramDeps,
  load: (backend: Backend, options: O) => Promise<T>,
  text: (report: T) => string,
  csv: (report: T) => string,
) {
  return async (options: O, command: Command) => {
    const global = command.optsWithGlobals<GlobalOptions>()
    const backend = await deps.openBackend(global)
    try {
      const value = await load(backend, options)
      if (options.csv === true && global.json !== true) deps.out.stdout(csv(value))
      else present(deps.out, global.json === true, value, text)
    } finally {
      await backend.close()
    }
  }
}

const period = ({ from, to, by }: PeriodOptions): PeriodRequest => ({ from, to, by })

/** `baton report funnel` and `baton report velocity`, added to the report command. */
export function addFunnelReports(report: Command, deps: ProgramDeps): void {
  periodCommand(report, 'funnel', 'Entries per stage and cohort conversion for a period').action(
    periodAction(
      deps,
      (backend, o: PeriodOptions) => backend.funnelReport(period(o)),
      funnelText,
      funnelCsv,
    ),
  )
  periodCommand(report, 'velocity', 'Time between stages (median, p75, p90 days) for a period')
    .option('--business', 'also in working hours on the calendar of the agreement in force')
    .action(
      periodAction(
        deps,
        (backend, o: PeriodOptions & { business?: boolean }) =>
          backend.velocityReport({
            ...period(o),
            ...(o.business === true ? { time: 'business' as const } : {}),
          }),
        velocityText,
        velocityCsv,
      ),
    )
}
