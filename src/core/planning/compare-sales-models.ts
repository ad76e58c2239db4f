import { planError } from './plan-error.ts'
import { roundUp } from './round-up.ts'

/** A way of selling (seed 003): what share of inquiries qualifies, and who spends how long on what. */
export type SalesModel = {
  readonly name: string
  /** Share of inquiries that pass qualification, as a range (seed 003: 0.10..0.15 with SDRs). */
  readonly qualifyRate: { readonly low: number; readonly high: number }
  /** Hours a team spends per inquiry worked or per qualified lead. */
  readonly work: readonly {
    readonly team: string
    readonly per: 'inquiry' | 'qualified'
    readonly hours: number
  }[]
}

export type SalesModelOutcome = {
  readonly name: string
  readonly qualified: number
  /** At the low end of the qualify rate (what to plan for) and at the high end. */
  readonly inquiries: { readonly planned: number; readonly atBest: number }
  readonly hoursByTeam: readonly {
    readonly team: string
    readonly planned: number
    readonly atBest: number
  }[]
  readonly totalHours: { readonly planned: number; readonly atBest: number }
}

function checkModel(model: SalesModel): void {
  const { low, high } = model.qualifyRate
  if (!(low > 0 && low <= high && high <= 1)) {
    throw planError(
      `Sales model "${model.name}": the qualify rate ${low}..${high} is not a range of shares`,
      'give low and high above 0, low <= high, at most 1 (seed 003: 0.10..0.15)',
      { salesModel: model.name },
    )
  }
}

function hoursOf(model: SalesModel, qualified: number, inquiries: number) {
  const byTeam = new Map<string, number>()
  for (const item of model.work) {
    const count = item.per === 'inquiry' ? inquiries : qualified
    byTeam.set(item.team, (byTeam.get(item.team) ?? 0) + count * item.hours)
  }
  return byTeam
}

const hundredths = (hours: number) => Math.round(hours * 100) / 100

/**
 * The sales models side by side for the same number of qualified leads: inquiries required (rounded
 * up) at each end of the qualify rate, and the rep hours each team spends.
 */
export function compareSalesModels(
  models: readonly SalesModel[],
  qualified: number,
): SalesModelOutcome[] {
  return models.map((model) => {
    checkModel(model)
    const planned = roundUp(qualified / model.qualifyRate.low)
    const atBest = roundUp(qualified / model.qualifyRate.high)
    const high = hoursOf(model, qualified, planned)
    const low = hoursOf(model, qualified, atBest)
    const hoursByTeam = [...high.entries()].map(([team, hours]) => ({
      team,
      planned: hundredths(hours),
      atBest: hundredths(low.get(team) ?? 0),
    }))
    const sum = (key: 'planned' | 'atBest') =>
      hundredths(hoursByTeam.reduce((total, row) => total + row[key], 0))
    return {
      name: model.name,
      qualified,
      inquiries: { planned, atBest },
      hoursByTeam,
      totalHours: { planned: sum('planned'), atBest: sum('atBest') },
    }
  })
}
