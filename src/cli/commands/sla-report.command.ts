import { toCsv } from '../csv/write-csv.ts'
import type { Command } from 'commander'
import type { BreachRow, ClockTally, SlaGroup, SlaReport } from '../../core/analytics/index.ts'
import { formatTable } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import {
  heading,
  label,
  pct,
  periodAction,
  periodCommand,
  rowsOf,
  type PeriodOptions,
} from './funnel-report.command.ts'

const tallyCells = (t: ClockTally) => [t.clocks, t.met, t.breached, t.openPastDue, t.running]
const tallyColumns = ['clocks', 'met', 'breached', 'open past due', 'running']

function responseTable(group: SlaGroup): string {
  const rows = [
    ['(all)', ...tallyCells(group.response.total), pct(group.response.total.metShare.value)],
    ...group.response.byPriority.map((p) => [
      p.priority ?? '(none)',
      ...tallyCells(p),
      pct(p.metShare.value),
    ]),
  ]
  return formatTable(['priority', ...tallyColumns, 'within target'], rows)
}

function breachTable(name: string, rows: readonly BreachRow[]): string {
  const kinds = (row: BreachRow) =>
    Object.entries(row.byKind)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')
  return formatTable(
    [name, 'decided', 'breached', 'share', 'breached kinds'],
    rows.map((r) => [r.label ?? '(none)', r.decided, r.breached, pct(r.share.value), kinds(r)]),
  )
}

function summary(report: SlaReport): string {
  const { resolution, statusUpdate, escalations } = report.total
  const stage = report.resolutionStage ?? 'leads'
  const elapsed = statusUpdate.elapsed
  const unit = elapsed.unit.replace('_', ' ')
  const lines = [
    `${stage} unresolved after the resolution limit: ${resolution.breached} of ${resolution.met + resolution.breached} (${pct(resolution.unresolvedShare.value)}), ${resolution.openPastDue} still open`,
    elapsed.updates === 0
      ? `first meeting -> status update: ${elapsed.reason ?? '-'}`
      : `first meeting -> status update: ${elapsed.updates} updates, median ${elapsed.medianMinutes} ${unit}, p90 ${elapsed.p90Minutes}`,
    `escalations: ${escalations.length === 0 ? 'none' : escalations.map((e) => `${e.kind} step ${e.step}${e.action ? ` (${e.action})` : ''} ${e.clocks}`).join(', ')}`,
  ]
  return lines.map((line) => `${line}\n`).join('')
}

function groupTable(report: SlaReport): string {
  if (report.by === null) return ''
  return `by ${report.by}\n${formatTable(
    [report.by, 'answered', 'within target', 'unresolved', 'breached', 'breach share'],
    report.groups.map((g) => [
      g.label ?? g.group ?? '(none)',
      g.response.total.clocks,
      pct(g.response.total.metShare.value),
      pct(g.resolution.unresolvedShare.value),
      g.breaches.breached,
      pct(g.breaches.share.value),
    ]),
  )}`
}

function slaText(report: SlaReport): string {
  return [
    `${heading('sla', report)} (as of ${new Date(report.asOf).toISOString()})\n`,
    'answered within the response target\n',
    responseTable(report.total),
    summary(report),
    'breaches by owner\n',
    breachTable('owner', report.breaches.byOwner),
    'breaches by team\n',
    breachTable('team', report.breaches.byTeam),
    groupTable(report),
  ].join('')
}

const csvColumns = [
  'group',
  'first_response_clocks',
  'answered_in_target',
  'breached_response',
  'within_target',
  'resolution_breached',
  'unresolved_share',
  'status_updates',
  'status_update_median_minutes',
  'status_update_p90_minutes',
  'minutes',
  'breached',
  'breach_share',
]

function slaCsv(report: SlaReport): string {
  const rows = rowsOf(report).map(([g, total]) => [
    total ? label(null, true) : (g.label ?? g.group ?? '(none)'),
    g.response.total.clocks,
    g.response.total.met,
    g.response.total.breached,
    g.response.total.metShare.value ?? '',
    g.resolution.breached,
    g.resolution.unresolvedShare.value ?? '',
    g.statusUpdate.elapsed.updates,
    g.statusUpdate.elapsed.medianMinutes ?? '',
    g.statusUpdate.elapsed.p90Minutes ?? '',
    g.statusUpdate.elapsed.unit,
    g.breaches.breached,
    g.breaches.share.value ?? '',
  ])
  return toCsv(rows, { header: true, columns: csvColumns })
}

/** `baton report sla`, added to the report command. */
export function addSlaReport(report: Command, deps: ProgramDeps): void {
  periodCommand(
    report,
    'sla',
    'Response targets met per priority, unresolved leads, status-update time, escalations, breaches by owner and team',
    'split by owner, team or priority',
  ).action(
    periodAction(
      deps,
      (backend, o: PeriodOptions) =>
        backend.analytics.slaReport({ from: o.from, to: o.to, by: o.by }),
      slaText,
      slaCsv,
    ),
  )
}
