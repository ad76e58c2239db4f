import { toCsv } from '../csv/write-csv.ts'
import { InvalidArgumentError, type Command } from 'commander'
import type { SegmentReport } from '../../core/analytics/index.ts'
import { formatTable } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import {
  day,
  money,
  pct,
  periodAction,
  periodCommand,
  type PeriodOptions,
} from './funnel-report.command.ts'

type SegmentOptions = PeriodOptions & { inactiveDays?: number; limit?: number }

const count = (flag: string, max: number) => (value: string) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new InvalidArgumentError(`${flag} takes a whole number from 1 to ${max}`)
  return n
}

const customerColumns = [
  'customer',
  'class',
  'revenue',
  'recency_days',
  'won_deals',
  'lifetime',
  'r',
  'f',
  'm',
  'rfm',
]

function customerCells(report: SegmentReport): (string | number)[][] {
  return report.customers.map((c) => [
    c.name ?? c.key,
    c.class,
    money(c.periodCents),
    c.recencyDays,
    c.wonDeals,
    money(c.wonCents),
    c.r,
    c.f,
    c.m,
    c.rfm,
  ])
}

function icpLine(report: SegmentReport): string {
  if (report.icp.reason !== undefined) return `ICP coverage: - (${report.icp.reason})\n`
  return report.icp.profiles
    .map(
      (p) =>
        `ICP ${p.product}: ${p.accounts} of ${report.universe.accounts} accounts fit (${pct(p.accountShare.value)}), ${p.customers} of ${report.universe.customers} customers (${pct(p.customerShare.value)})\n`,
    )
    .join('')
}

function segmentText(report: SegmentReport): string {
  const { universe, activity, lost } = report
  const head = `segments ${day(report.from)} .. ${day(report.to)}: ${universe.people} people, ${universe.accounts} accounts, ${universe.customers} customers\n`
  const pareto = formatTable(
    ['class', 'customers', 'revenue', 'share'],
    report.pareto.classes.map((c) => [
      c.class,
      c.customers,
      money(c.revenueCents),
      pct(c.share.value),
    ]),
  )
  const active = `active: ${activity.active} of ${activity.people} people engaged in the last ${report.inactiveAfterDays} days (${pct(activity.activeShare.value)}); inactive ${activity.inactive}, never engaged ${activity.neverEngaged}\n`
  const lostTable = formatTable(
    ['deal', 'customer', 'amount', 'closed', 'reason', 'owner'],
    lost.deals.map((d) => [
      d.name,
      d.customer ?? '',
      money(d.amountCents),
      day(d.closedAt),
      d.reason ?? '',
      d.owner ?? '',
    ]),
  )
  return [
    head,
    `pareto by won revenue in the period (${money(report.pareto.revenueCents)})\n`,
    pareto,
    active,
    icpLine(report),
    'top customers (recency, frequency, monetary: 1-5)\n',
    formatTable(customerColumns, customerCells(report)),
    `lost deals: ${lost.count}, ${money(lost.amountCents)}\n`,
    lostTable,
  ].join('')
}

/** `baton report segments`, added to the report command. */
export function addSegmentReport(report: Command, deps: ProgramDeps): void {
  periodCommand(
    report,
    'segments',
    'Pareto A/B/C/D customers, RFM scores, active vs inactive people, lost deals, universe and ICP coverage',
    null,
  )
    .option(
      '--inactive-days <n>',
      'days without activity that make a person inactive (default 180)',
      count('--inactive-days', 3650),
    )
    .option('--limit <n>', 'customers and lost deals listed (default 50)', count('--limit', 500))
    .action(
      periodAction(
        deps,
        (backend, o: SegmentOptions) =>
          backend.analytics.segmentReport({
            from: o.from,
            to: o.to,
            inactiveAfterDays: o.inactiveDays,
            limit: o.limit,
          }),
        segmentText,
        (r) => toCsv(customerCells(r), { header: true, columns: customerColumns }),
      ),
    )
}
