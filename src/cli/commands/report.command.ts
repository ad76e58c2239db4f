import { Command, InvalidArgumentError, Option } from 'commander'
import type { QualityReport } from '../../core/analytics/index.ts'
import { formatTable, present } from '../output.ts'
import { addCostReport, addDispositionReport } from './cost-report.command.ts'
import { addFunnelReports } from './funnel-report.command.ts'
import { addPipelineReport } from './pipeline-report.command.ts'
import { addCustomerReport } from './customer-report.command.ts'
import { addAttributionReport } from './attribution-report.command.ts'
import { addLeakReport } from './leak-report.command.ts'
import { addSlaReport } from './sla-report.command.ts'
import { addSegmentReport } from './segment-report.command.ts'
import { addActivityReport } from './activity-report.command.ts'
import { addDigestReport } from './digest-report.command.ts'
import type { GlobalOptions, ProgramDeps } from '../program-deps.ts'

function months(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 120)
    throw new InvalidArgumentError('--stale-months takes 1 to 120')
  return n
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`
const money = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2))

function qualityText(report: QualityReport): string {
  const t = report.totals
  const head = `records ${t.records}, rejected ${t.rejected}, bad-record rate ${pct(t.badRecordRate)}, duplicates folded ${t.duplicatesFolded}, no activity in ${report.staleAfterMonths} months ${pct(t.staleRate)}\n`
  const rejected = Object.entries(report.rejectedByReason).map(
    ([reason, n]) => `  rejected ${reason}: ${n}\n`,
  )
  const table = formatTable(
    ['source', 'records', 'bad', 'bad rate', 'top issue', 'duplicates', 'stale', 'cost/usable'],
    report.bySource.map((row) => {
      const top = Object.entries(row.issues).sort((a, b) => b[1] - a[1])[0]
      return [
        row.source ?? '(none)',
        row.records,
        row.badRecords,
        pct(row.badRecordRate),
        top ? `${top[0]} ${top[1]}` : '',
        row.duplicatesFolded,
        pct(row.staleRate),
        money(row.costPerUsableRecordCents),
      ]
    }),
  )
  const p = report.pipeline
  const catalog =
    p.productNotInCatalog === null ? '' : `, product not in catalog ${p.productNotInCatalog}`
  const deals =
    p.opportunities === 0
      ? ''
      : `opportunities ${p.opportunities}: without account ${p.withoutAccount} (${pct(p.withoutAccountRate)}), without owner ${p.withoutOwner}${catalog}\n`
  return head + deals + rejected.join('') + table
}

/** `baton report <name>`: reports computed from stored facts. */
export function reportCommand(deps: ProgramDeps): Command {
  const report = new Command('report').description(
    'Reports: quality, funnel, velocity, pipeline, cost, dispositions, customers, attribution, leaks, sla, segments, activity, digest',
  )
  report
    .command('quality')
    .description(
      'Data quality: bad-record rate by reason and source, duplicates folded, cost per usable record, churn',
    )
    .addOption(
      new Option('--stale-months <n>', 'months without activity that count as churned')
        .default(12)
        .argParser(months),
    )
    .action(async (options: { staleMonths: number }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>()
      const backend = await deps.openBackend(global)
      try {
        present(
          deps.out,
          global.json === true,
          await backend.qualityReport(options.staleMonths),
          qualityText,
        )
      } finally {
        await backend.close()
      }
    })
  addFunnelReports(report, deps)
  addPipelineReport(report, deps)
  addCostReport(report, deps)
  addDispositionReport(report, deps)
  addCustomerReport(report, deps)
  addAttributionReport(report, deps)
  addLeakReport(report, deps)
  addSlaReport(report, deps)
  addSegmentReport(report, deps)
  addActivityReport(report, deps)
  addDigestReport(report, deps)
  return report
}
