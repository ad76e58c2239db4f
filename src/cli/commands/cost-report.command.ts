import { stringify } from 'csv-stringify/sync'
import type { Command } from 'commander'
import type { CostReport, CostRow, UnitCost } from '../../core/analytics/index.ts'
import { formatTable } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { day, periodAction, type PeriodOptions } from './funnel-report.command.ts'

const money = (cents: number | null) => (cents === null ? '-' : (cents / 100).toFixed(2))
const per = (cost: UnitCost) => money(cost.cents)

const columns = [
  'channel',
  'spend',
  'inquiries',
  'mqls',
  'opportunities',
  'customers',
  'per_inquiry',
  'per_mql',
  'per_opportunity',
  'per_customer',
]

function cells(report: CostReport): string[][] {
  const row = (r: CostRow, name: string) => [
    name,
    money(r.spendCents),
    String(r.inquiries),
    String(r.mqls),
    String(r.opportunities),
    String(r.customers),
    per(r.perInquiry),
    per(r.perMql),
    per(r.perOpportunity),
    per(r.perCustomer),
  ]
  return [row(report.total, '(all)'), ...report.byChannel.map((r) => row(r, r.channel ?? '(none)'))]
}

function costText(report: CostReport): string {
  const head = `cost ${day(report.from)} .. ${day(report.to)}: marketing ${money(report.marketingSpendCents)}, sales ("${report.salesChannel}" spend) ${money(report.salesSpendCents)}\n`
  return head + formatTable(columns, cells(report))
}

function costCsv(report: CostReport): string {
  return stringify(cells(report), { header: true, columns })
}

/** `baton report cost`, added to the report command. */
export function addCostReport(report: Command, deps: ProgramDeps): void {
  report
    .command('cost')
    .description('Cost per inquiry, MQL, opportunity and customer by channel, from recorded spend')
    .option('--from <date>', 'period start, YYYY-MM-DD (inclusive); default: the beginning')
    .option('--to <date>', 'period end, YYYY-MM-DD (exclusive); default: now')
    .option('--csv', 'CSV instead of a table')
    .action(
      periodAction(
        deps,
        (backend, o: PeriodOptions) => backend.costReport({ from: o.from, to: o.to }),
        costText,
        costCsv,
      ),
    )
}
