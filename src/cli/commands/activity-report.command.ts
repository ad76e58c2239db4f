import { toCsv } from '../csv/write-csv.ts'
import type { Command } from 'commander'
import type { ActivityReport } from '../../core/analytics/index.ts'
import { formatTable } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import {
  day,
  pct,
  periodAction,
  periodCommand,
  type PeriodOptions,
} from './funnel-report.command.ts'

const columns = [
  'team',
  'activity',
  'rep',
  'actual',
  'goal',
  'per_day',
  'goal_per_day',
  'attainment',
]

function cells(report: ActivityReport): (string | number)[][] {
  return report.goals.flatMap((goal) =>
    goal.reps.map((rep) => [
      goal.team,
      goal.activity,
      rep.name,
      rep.actual,
      goal.expectedPerRep,
      rep.perDay ?? '-',
      goal.perDay,
      pct(rep.attainment.value),
    ]),
  )
}

function activityText(report: ActivityReport): string {
  const head = `activity ${day(report.from)} .. ${day(report.to)}: ${report.workingDays} working days\n`
  if (report.reason !== undefined) return `${head}${report.reason}\n`
  const loose = report.goals
    .filter((g) => g.unattributed > 0)
    .map((g) => `${g.activity}: ${g.unattributed} not credited to any ${g.team} rep\n`)
  return head + formatTable(columns, cells(report)) + loose.join('')
}

/** `baton report activity`, added to the report command. */
export function addActivityReport(report: Command, deps: ProgramDeps): void {
  periodCommand(
    report,
    'activity',
    "Activity goals per rep (the agreement's per working day) against what each did; default the last 7 days",
    null,
  ).action(
    periodAction(
      deps,
      (backend, o: PeriodOptions) => backend.analytics.activityReport({ from: o.from, to: o.to }),
      activityText,
      (r) => toCsv(cells(r), { header: true, columns }),
    ),
  )
}
