import type { ActivityGoal, Team } from '../agreement/index.ts'
import { rateOf, type Rate } from './rate.ts'

/** A user who may carry a goal: reps are users whose role is the goal's team. */
export type ActivityRep = { readonly id: string; readonly name: string; readonly role: string }

/** Activities of one type credited to one user (or to nobody) in the period. */
export type ActivityCount = {
  readonly userId: string | null
  readonly type: string
  readonly count: number
}

export type RepActivity = {
  readonly userId: string
  readonly name: string
  readonly actual: number
  readonly perDay: number | null
  /** Actual over the goal for the period (per day x working days). */
  readonly attainment: Rate
}

export type ActivityGoalResult = {
  readonly team: Team
  readonly activity: string
  readonly perDay: number
  /** The goal for one rep over the period: per day x working days. */
  readonly expectedPerRep: number
  readonly reps: readonly RepActivity[]
  /** Activities of this type credited to no rep of the team. */
  readonly unattributed: number
}

export type ActivityReport = {
  readonly from: Date
  readonly to: Date
  readonly workingDays: number
  readonly goals: readonly ActivityGoalResult[]
  /** Why there is nothing to compare, when the agreement sets no activity goals. */
  readonly reason?: string
}

const round2 = (value: number) => Math.round(value * 100) / 100

/**
 * Activity goals per rep against what they did: for each goal of the agreement (a team, an
 * activity type, so many per working day), each rep of that team's count in the period, per
 * working day, and attainment of per day x working days.
 */
export function buildActivityReport(
  input: {
    readonly goals: readonly ActivityGoal[]
    readonly reps: readonly ActivityRep[]
    readonly counts: readonly ActivityCount[]
    readonly workingDays: number
  },
  period: { readonly from: Date; readonly to: Date },
): ActivityReport {
  const { goals, reps, counts, workingDays } = input
  const base = { ...period, workingDays }
  if (goals.length === 0) {
    return { ...base, goals: [], reason: 'the agreement in force sets no activity goals' }
  }
  const noDays = 'the period has no working day'
  return {
    ...base,
    goals: goals.map((goal): ActivityGoalResult => {
      const team = reps.filter((r) => r.role === goal.team)
      const ofType = counts.filter((c) => c.type === goal.activity)
      const expectedPerRep = goal.perDay * workingDays
      const mine = new Set(team.map((r) => r.id))
      return {
        ...goal,
        expectedPerRep,
        reps: team
          .map((rep): RepActivity => {
            const actual = ofType
              .filter((c) => c.userId === rep.id)
              .reduce((sum, c) => sum + c.count, 0)
            return {
              userId: rep.id,
              name: rep.name,
              actual,
              perDay: workingDays === 0 ? null : round2(actual / workingDays),
              attainment: rateOf(actual, expectedPerRep, noDays),
            }
          })
          .sort((a, b) => b.actual - a.actual || a.name.localeCompare(b.name)),
        unattributed: ofType
          .filter((c) => c.userId === null || !mine.has(c.userId))
          .reduce((sum, c) => sum + c.count, 0),
      }
    }),
  }
}
