import { toCsv } from '../csv/write-csv.ts'
import type { Command } from 'commander'
import type {
  CostReport,
  CostRow,
  DispositionReport,
  UnitCost,
} from '../../core/analytics/index.ts'
import { formatTable } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import {
  day,
  money,
  periodAction,
  periodCommand,
  type PeriodOptions,
} from './funnel-report.command.ts'

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
  return toCsv(cells(report), { header: true, columns })
}

function dispositionText(report: DispositionReport): string {
  const head = `dispositions ${day(report.from)} .. ${day(report.to)}; without a known reason code: ${report.withoutKnownReason}\n`
  return head + formatTable(dispositionColumns, dispositionCells(report))
}

const dispositionColumns = [
  'stage',
  'reason',
  'label',
  'moves',
  'share',
  'top source',
  'latest note',
]

function dispositionCells(report: DispositionReport): string[][] {
  return report.stages.flatMap((stage) =>
    stage.reasons.map((r) => [
      stage.stage,
      r.reasonCode ?? '(none)',
      r.label ?? '',
      String(r.moves),
      r.share.value === null ? '-' : `${(r.share.value * 100).toFixed(1)}%`,
      r.bySource[0] ? `${r.bySource[0].source ?? '(none)'} ${r.bySource[0].moves}` : '',
      r.notes[0] ?? '',
    ]),
  )
}

/** `baton report dispositions`, added to the report command. */
export function addDispositionReport(report: Command, deps: ProgramDeps): void {
  periodCommand(
    report,
    'dispositions',
    'Why leads left the funnel: reason-code mix by exit stage and source, with notes',
    null,
  ).action(
    periodAction(
      deps,
      (backend, o: PeriodOptions) => backend.dispositionReport({ from: o.from, to: o.to }),
      dispositionText,
      (r) => toCsv(dispositionCells(r), { header: true, columns: dispositionColumns }),
    ),
  )
}

/** `baton report cost`, added to the report command. */
export function addCostReport(report: Command, deps: ProgramDeps): void {
  periodCommand(
    report,
    'cost',
    'Cost per inquiry, MQL, opportunity and customer by channel, from recorded spend',
    null,
  ).action(
    periodAction(
      deps,
      (backend, o: PeriodOptions) => backend.costReport({ from: o.from, to: o.to }),
      costText,
      costCsv,
    ),
  )
}
