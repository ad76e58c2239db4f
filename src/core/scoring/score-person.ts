import type { ScoringFacts } from './matches-predicate.ts'
import type {
  Contribution,
  PersonScore,
  ScoreComponent,
  ScoreTotals,
  ScoringEvent,
} from './person-score.ts'
import { pickBand } from './pick-band.ts'
import { roundToSum } from './round-to-sum.ts'
import { scoreEvents } from './score-events.ts'
import { scoreFit } from './score-fit.ts'
import type { ScoreModel } from './types.ts'

/** Whom to score: the person's facts, their account's (null when unknown) and their events. */
export type ScoringSubject = ScoringFacts & { readonly events: readonly ScoringEvent[] }

/**
 * A person's score at `now`: fit (facts, including negative field rules) + engagement (decayed,
 * capped events and negative event rules) + intent (decayed signals). Each contribution is rounded
 * to 2 decimals by largest remainder, so the contributions sum exactly to the total (to the cent)
 * and each component is the sum of its own contributions.
 */
export function scorePerson(model: ScoreModel, subject: ScoringSubject, now: Date): PersonScore {
  return totalContributions(model, [
    ...scoreFit(model, { person: subject.person, account: subject.account }),
    ...scoreEvents(model, subject.events, now),
  ])
}

/**
 * The score made of exact contributions (fit first, then events): each rounded to 2 decimals by
 * largest remainder, components and total summed from the rounded points, bands picked.
 */
export function totalContributions(model: ScoreModel, exact: readonly Contribution[]): PersonScore {
  const rounded = roundToSum(
    exact.map((contribution) => contribution.points),
    2,
  )
  const contributions = exact.map((contribution, index) => ({
    ...contribution,
    points: rounded[index] ?? 0,
  }))
  const components = exact.map((contribution) => contribution.component)
  return { ...totalsOf(model, rounded, components), contributions }
}

/**
 * Totals of points already rounded to the cent (`rounded[i]` belongs to `components[i]`): each
 * component summed in whole cents, so fit + engagement + intent is exactly the total, bands picked.
 */
export function totalsOf(
  model: ScoreModel,
  rounded: readonly number[],
  components: readonly ScoreComponent[],
): ScoreTotals {
  const cents: Record<ScoreComponent, number> = { fit: 0, engagement: 0, intent: 0 }
  rounded.forEach((points, index) => {
    cents[components[index] ?? 'fit'] += Math.round(points * 100)
  })
  const fit = cents.fit / 100
  const engagement = cents.engagement / 100
  const fitBand = pickBand(model.bands.fit, fit)
  const engagementBand = pickBand(model.bands.engagement, engagement)
  return {
    fit,
    engagement,
    intent: cents.intent / 100,
    total: (cents.fit + cents.engagement + cents.intent) / 100,
    band: { fit: fitBand, engagement: engagementBand, name: `${fitBand}${engagementBand}` },
  }
}
