import type { SlaReport } from '../api/api-types.ts'
import { formatBusinessMinutes } from '../shared/clock-state.ts'
import { formatCount, formatRate } from '../shared/format.ts'

type Group = SlaReport['total']

/** The SLA page's headline figures for a group, each with what it means. */
export type SlaFigure = {
  readonly label: string
  readonly value: string
  readonly hint: string
  readonly alarm: boolean
}

const minutes = (n: number | null, unit: 'business_minutes' | 'calendar_minutes') =>
  n === null
    ? 'n/a'
    : `${formatBusinessMinutes(n)}${unit === 'business_minutes' ? '' : ' (calendar)'}`

export function slaFigures(group: Group): SlaFigure[] {
  const response = group.response.total
  const elapsed = group.statusUpdate.elapsed
  return [
    {
      label: 'Answered in time',
      value: formatRate(response.metShare.value),
      hint: `${formatCount(response.met)} of ${formatCount(response.met + response.breached)} decided first responses`,
      alarm: response.breached > response.met,
    },
    {
      label: 'Response breaches',
      value: formatCount(response.breached),
      hint: `${formatCount(response.openPastDue)} still open past due`,
      alarm: response.breached > 0,
    },
    {
      label: 'Unresolved after the limit',
      value: formatRate(group.resolution.unresolvedShare.value),
      hint: `${formatCount(group.resolution.breached)} of ${formatCount(group.resolution.clocks)} conversations`,
      alarm: (group.resolution.unresolvedShare.value ?? 0) > 0,
    },
    {
      label: 'Meeting → status update',
      value: minutes(elapsed.medianMinutes, elapsed.unit),
      hint:
        elapsed.updates === 0
          ? (elapsed.reason ?? 'no status update yet')
          : `median of ${formatCount(elapsed.updates)}; p90 ${minutes(elapsed.p90Minutes, elapsed.unit)}`,
      alarm: group.statusUpdate.breached > 0,
    },
  ]
}

/** Whether the report has any clock at all: without one the page explains how clocks start. */
export const hasClocks = (report: SlaReport) =>
  report.total.response.total.clocks +
    report.total.resolution.clocks +
    report.total.statusUpdate.clocks >
  0
