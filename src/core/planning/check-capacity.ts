import type { ScheduleRow } from './build-plan.ts'
import { planError } from './plan-error.ts'
import type { PlanSource, PlanStage } from './types.ts'

/** A team's capacity: people x hours x days, and how many plan items a person handles a day. */
export type TeamCapacity = {
  readonly team: string
  readonly people: number
  readonly hoursPerDay: number
  readonly daysPerWeek: number
  /** e.g. SDRs hold 8 conversations a day with new MQLs; only items of `sources` when given. */
  readonly activities: readonly {
    readonly stage: PlanStage
    readonly perDay: number
    readonly sources?: readonly PlanSource[]
  }[]
}

export type CapacityWeek = {
  readonly team: string
  readonly week: string
  readonly weekStart: string
  readonly capacityHours: number
  readonly loadHours: number
  /** load / capacity; above 1 is over capacity. */
  readonly utilization: number
  readonly over: boolean
}

export type CapacityCheck = {
  readonly weeks: readonly CapacityWeek[]
  /** The weeks and teams over capacity, in week order. */
  readonly over: readonly CapacityWeek[]
}

const hundredths = (n: number) => Math.round(n * 100) / 100

function checkTeam(team: TeamCapacity): void {
  const bad = [
    ['people', team.people],
    ['hoursPerDay', team.hoursPerDay],
    ['daysPerWeek', team.daysPerWeek],
    ...team.activities.map((a, i) => [`activities[${i}].perDay`, a.perDay] as const),
  ].find(([, value]) => !(Number(value) > 0))
  if (bad) {
    throw planError(
      `Team "${team.team}": ${bad[0]} is ${bad[1]}`,
      'give a number above 0 (e.g. 8 conversations a day)',
      { team: team.team, field: bad[0] },
    )
  }
}

/**
 * The plan's workload per team and ISO week against its capacity: each item of an activity's stage
 * created that week takes hoursPerDay / perDay hours; capacity is people x hoursPerDay x daysPerWeek.
 */
export function checkCapacity(
  teams: readonly TeamCapacity[],
  schedule: readonly ScheduleRow[],
): CapacityCheck {
  const weeks = [...new Map(schedule.map((row) => [row.week, row.weekStart])).entries()]
  const result = teams.flatMap((team) => {
    checkTeam(team)
    const capacityHours = team.people * team.hoursPerDay * team.daysPerWeek
    return weeks.map(([week, weekStart]): CapacityWeek => {
      const loadHours = team.activities.reduce((sum, activity) => {
        const items = schedule
          .filter((row) => row.week === week && row.stage === activity.stage)
          .filter((row) => activity.sources?.includes(row.source) ?? true)
          .reduce((n, row) => n + row.count, 0)
        return sum + (items * team.hoursPerDay) / activity.perDay
      }, 0)
      const utilization = hundredths(loadHours / capacityHours)
      return {
        team: team.team,
        week,
        weekStart,
        capacityHours: hundredths(capacityHours),
        loadHours: hundredths(loadHours),
        utilization,
        over: loadHours > capacityHours + 1e-9,
      }
    })
  })
  result.sort((a, b) => a.weekStart.localeCompare(b.weekStart) || a.team.localeCompare(b.team))
  return { weeks: result, over: result.filter((week) => week.over) }
}
