import { toCsv } from '../csv/write-csv.ts'
import type { Command } from 'commander'
import type { CustomerReport } from '../../core/analytics/index.ts'
import { formatTable } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import {
  heading,
  label,
  money,
  pct,
  periodAction,
  periodCommand,
  rowsOf,
  type PeriodOptions,
} from './funnel-report.command.ts'

const columns = [
  'group',
  'customers',
  'new_customers',
  'ltv_average',
  'ltv_median',
  'won_deals',
  'new_revenue',
  'expansion_revenue',
  'renewal_revenue',
  'existing_share',
]

function cells(report: CustomerReport): string[][] {
  return rowsOf(report).map(([g, total]) => [
    label(g.group, total),
    String(g.customers),
    String(g.newCustomers),
    money(g.lifetimeValue.averageCents),
    money(g.lifetimeValue.medianCents),
    String(g.revenue.wonDeals),
    money(g.revenue.newCents),
    money(g.revenue.expansionCents),
    money(g.revenue.renewalCents),
    pct(g.revenue.existingShare.value),
  ])
}

function customerText(report: CustomerReport): string {
  const m = report.market
  const share =
    m.share.value === null
      ? `market share: - (${m.share.reason})`
      : `market share ${pct(m.share.value)} of ${money(m.marketCents)}`
  const why = report.total.lifetimeValue.reason
  return `${heading('customers', report)}; ${share}\n${formatTable(columns, cells(report))}${why === undefined ? '' : `lifetime value: ${why}\n`}`
}

/** `baton report customers`, added to the report command. */
export function addCustomerReport(report: Command, deps: ProgramDeps): void {
  periodCommand(
    report,
    'customers',
    'Lifetime value from won revenue, new vs expansion and renewal revenue, market share',
    'split by product, owner or cohort (month of the first win)',
  ).action(
    periodAction(
      deps,
      (backend, o: PeriodOptions) =>
        backend.analytics.customerReport({ from: o.from, to: o.to, by: o.by }),
      customerText,
      (r) => toCsv(cells(r), { header: true, columns }),
    ),
  )
}
