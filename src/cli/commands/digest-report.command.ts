import { toCsv } from '../csv/write-csv.ts'
import type { Command } from 'commander'
import type { Digest, DigestKpi } from '../../core/analytics/index.ts'
import { formatTable, present } from '../output.ts'
import type { GlobalOptions, ProgramDeps } from '../program-deps.ts'
import { day, money, pct } from './funnel-report.command.ts'

function value(kpi: DigestKpi, n: number | null): string {
  if (n === null) return '-'
  switch (kpi.unit) {
    case 'rate':
      return pct(n)
    case 'cents':
      return money(n)
    case 'count':
      return String(n)
  }
}

function change(kpi: DigestKpi): string {
  if (kpi.change === null) return '-'
  const sign = kpi.change > 0 ? '+' : ''
  if (kpi.unit === 'rate') return `${sign}${(kpi.change * 100).toFixed(1)} pts`
  const share = kpi.changeShare?.value
  const amount = kpi.unit === 'cents' ? `${sign}${money(kpi.change)}` : `${sign}${kpi.change}`
  return share === null || share === undefined ? amount : `${amount} (${sign}${pct(share)})`
}

const columns = ['kpi', 'this week', 'last week', 'change', 'goal', 'status']

const cells = (digest: Digest) =>
  digest.kpis.map((k) => [
    k.name,
    value(k, k.thisWeek),
    value(k, k.lastWeek),
    change(k),
    k.goal === null ? '' : pct(k.goal),
    k.status.replace('_', ' '),
  ])

function digestText(digest: Digest): string {
  const leaks =
    digest.topLeaks.length === 0 ? '  none\n' : digest.topLeaks.map((s) => `  - ${s}\n`).join('')
  const breaches =
    digest.slaBreachesByTeam.length === 0
      ? '  none\n'
      : formatTable(
          ['team', 'decided', 'breached', 'share'],
          digest.slaBreachesByTeam.map((r) => [
            r.label ?? '(none)',
            r.decided,
            r.breached,
            pct(r.share.value),
          ]),
        )
  return [
    `digest week ${day(digest.from)} .. ${day(digest.to)} (against the week before)\n`,
    formatTable(columns, cells(digest)),
    'top leaks\n',
    leaks,
    'SLA breaches by team\n',
    breaches,
  ].join('')
}

/** `baton report digest`: the weekly summary for the sales and marketing meeting. */
export function addDigestReport(report: Command, deps: ProgramDeps): void {
  report
    .command('digest')
    .description(
      "The weekly digest: core KPIs against last week and the agreement's goals, top leaks, SLA breaches by team",
    )
    .option('--to <date>', 'end of the week, YYYY-MM-DD (exclusive); default: now')
    .option('--csv', 'the KPI table as CSV')
    .action(async (options: { to?: string; csv?: boolean }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>()
      const backend = await deps.openBackend(global)
      try {
        const digest = await backend.analytics.digestReport({ to: options.to })
        if (options.csv === true && global.json !== true)
          deps.out.stdout(toCsv(cells(digest), { header: true, columns }))
        else present(deps.out, global.json === true, digest, digestText)
      } finally {
        await backend.close()
      }
    })
}
