import { businessMinutesBetween, type WorkCalendar } from '../sla/index.ts'
import type { StageTime, VelocityGroup, VelocityReport } from './build-velocity-report.ts'
import { percentileOf } from './percentile-of.ts'

/** One forward move of a velocity cohort: entered `from` at `enteredAt`, reached `to` at `reachedAt`. */
export type StageInterval = {
  readonly group: string | null
  readonly from: string
  readonly to: string
  readonly enteredAt: Date
  readonly reachedAt: Date
}

/** Working hours under the agreement's calendar (nights, weekends and holidays left out). */
export type BusinessHours = {
  readonly medianHours: number | null
  readonly p75Hours: number | null
  readonly p90Hours: number | null
}

const hundredths = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100)

function hoursOf(minutes: number[]): BusinessHours {
  const sorted = minutes.sort((a, b) => a - b)
  const at = (p: number) => {
    const value = percentileOf(sorted, p)
    return hundredths(value === null ? null : value / 60)
  }
  return { medianHours: at(0.5), p75Hours: at(0.75), p90Hours: at(0.9) }
}

type Timed = StageInterval & { readonly minutes: number }

function withHours(group: VelocityGroup, timed: readonly Timed[], all: boolean): VelocityGroup {
  return {
    ...group,
    pairs: group.pairs.map((pair): StageTime => ({
      ...pair,
      business: hoursOf(
        timed
          .filter((t) => t.from === pair.from && t.to === pair.to)
          .filter((t) => all || t.group === group.group)
          .map((t) => t.minutes),
      ),
    })),
  }
}

/**
 * The velocity report with each pair's time also in business hours: every move of the cohort
 * measured on the work calendar (so a lead that arrives Friday night and is worked Monday morning
 * took minutes, not days), then median, p75 and p90 as the calendar figures are.
 */
export function addBusinessVelocity(
  report: VelocityReport,
  intervals: readonly StageInterval[],
  calendar: WorkCalendar,
): VelocityReport {
  const timed = intervals.map((interval): Timed => ({
    ...interval,
    minutes: businessMinutesBetween(calendar, interval.enteredAt, interval.reachedAt),
  }))
  return {
    ...report,
    total: withHours(report.total, timed, true),
    groups: report.groups.map((group) => withHours(group, timed, false)),
  }
}
