import { toCsv } from '../csv/write-csv.ts'
import type { Command } from 'commander'
import type { LeakReport } from '../../core/analytics/index.ts'
import type { ProgramDeps } from '../program-deps.ts'
import {
  heading,
  money,
  periodAction,
  periodCommand,
  type PeriodOptions,
} from './funnel-report.command.ts'

const columns = [
  'group',
  'from',
  'to',
  'actual',
  'target_pct',
  'basis',
  'missing',
  'revenue_lost',
  'sentence',
]

function cells(report: LeakReport): (string | number)[][] {
  return report.leaks.map((l) => [
    l.group ?? '(all)',
    l.from ?? '',
    l.to ?? '',
    l.actual.toFixed(4),
    l.targetPct,
    l.basis,
    l.missing,
    money(l.revenueLostCents),
    l.sentence,
  ])
}

function leakText(report: LeakReport): string {
  const lines = report.leaks.map((l, i) => `${i + 1}. ${l.sentence}`)
  const none = report.leaks.length === 0 ? ['No conversion is below its goal or benchmark.'] : []
  const unchecked = report.unchecked.map((u) => `not checked: ${u.goal} (${u.reason})`)
  const deal = `average won deal ${money(report.averageDealCents)}`
  return `${heading('leaks', report)}; ${deal}\n${[...lines, ...none, ...unchecked].join('\n')}\n`
}

/** `baton report leaks`, added to the report command. */
export function addLeakReport(report: Command, deps: ProgramDeps): void {
  periodCommand(
    report,
    'leaks',
    "Where the funnel loses most against the agreement's goals and benchmarks, ranked by revenue lost",
  ).action(
    periodAction(
      deps,
      (backend, o: PeriodOptions) =>
        backend.analytics.leakReport({ from: o.from, to: o.to, by: o.by }),
      leakText,
      (r) => toCsv(cells(r), { header: true, columns }),
    ),
  )
}
