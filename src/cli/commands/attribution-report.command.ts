import { toCsv } from '../csv/write-csv.ts'
import type { Command } from 'commander'
import {
  attributionModels,
  type AttributionReport,
  type Reach,
} from '../../core/analytics/index.ts'
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

const columns = ['model', 'channel', 'pipeline', 'pipeline_share', 'revenue', 'revenue_share']

function cells(report: AttributionReport): string[][] {
  return attributionModels.flatMap((model) =>
    report.models[model].map((row) => [
      model,
      row.channel,
      money(row.pipelineCents),
      pct(row.pipelineShare.value),
      money(row.revenueCents),
      pct(row.revenueShare.value),
    ]),
  )
}

const reachLine = (name: string, r: Reach) =>
  `${name}: ${r.opportunities} deals ${money(r.amountCents)}; marketing-sourced ${r.sourcedOpportunities} ${money(r.sourcedCents)} (${pct(r.sourcedShare.value)}), influenced ${r.influencedOpportunities} ${money(r.influencedCents)} (${pct(r.influencedShare.value)})\n`

function attributionText(report: AttributionReport): string {
  const w = report.weights
  const head = `attribution ${day(report.from)} .. ${day(report.to)} (W-shaped ${w.first * 100}/${w.lead * 100}/${w.opportunity * 100}, ${w.between * 100} between)\n`
  return (
    head +
    reachLine('pipeline opened', report.pipeline) +
    reachLine('revenue won', report.revenue) +
    formatTable(columns, cells(report))
  )
}

/** `baton report attribution`, added to the report command. */
export function addAttributionReport(report: Command, deps: ProgramDeps): void {
  periodCommand(
    report,
    'attribution',
    'Marketing-sourced vs influenced pipeline and revenue; first-touch, last-touch, linear, W-shaped credit',
    null,
  ).action(
    periodAction(
      deps,
      (backend, o: PeriodOptions) =>
        backend.analytics.attributionReport({ from: o.from, to: o.to }),
      attributionText,
      (r) => toCsv(cells(r), { header: true, columns }),
    ),
  )
}
