import type { ScheduleRow } from './build-plan.ts'
import { planStages, type PlanStage } from './types.ts'

/** What happened in an ISO week: first entries into a stage. */
export type ActualWeek = { readonly week: string; readonly stage: string; readonly count: number }

export type TrackedWeek = {
  readonly week: string
  readonly weekStart: string
  readonly stage: PlanStage
  readonly planned: number
  /** Null for weeks that have not started yet. */
  readonly actual: number | null
  readonly cumulativePlanned: number
  readonly cumulativeActual: number | null
  /** cumulativeActual - cumulativePlanned: below 0 is behind plan. */
  readonly gap: number | null
}

/**
 * Plan vs actual per ISO week and stage: the plan's items to create that week (all sources) next to
 * the first entries recorded, with running totals up to `throughWeekStart` (the current week).
 */
export function trackWeeks(
  schedule: readonly ScheduleRow[],
  actual: readonly ActualWeek[],
  throughWeekStart: string,
): TrackedWeek[] {
  const weeks = [...new Map(schedule.map((row) => [row.week, row.weekStart])).entries()].sort(
    (a, b) => a[1].localeCompare(b[1]),
  )
  return planStages
    .flatMap((stage) => {
      let plannedSum = 0
      let actualSum = 0
      return weeks.map(([week, weekStart]): TrackedWeek => {
        const planned = schedule
          .filter((row) => row.week === week && row.stage === stage)
          .reduce((sum, row) => sum + row.count, 0)
        plannedSum += planned
        if (weekStart > throughWeekStart) {
          const future = { actual: null, cumulativeActual: null, gap: null }
          return { week, weekStart, stage, planned, cumulativePlanned: plannedSum, ...future }
        }
        const count = actual.find((row) => row.week === week && row.stage === stage)?.count ?? 0
        actualSum += count
        return {
          week,
          weekStart,
          stage,
          planned,
          actual: count,
          cumulativePlanned: plannedSum,
          cumulativeActual: actualSum,
          gap: actualSum - plannedSum,
        }
      })
    })
    .filter((row) => row.cumulativePlanned > 0 || (row.actual ?? 0) > 0)
}
