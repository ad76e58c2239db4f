import { createCapLedger } from './cap-ledger.ts'
import { decayFactor } from './decay-factor.ts'
import type { ScoringFacts } from './matches-predicate.ts'
import type { ScoreComponent, ScoreTotals } from './person-score.ts'
import { roundToSum } from './round-to-sum.ts'
import { visitFactRules } from './score-fit.ts'
import { totalsOf } from './score-person.ts'
import type { ScoreState } from './score-state.ts'
import type { EngagementRule, IntentRule, ScoreModel } from './types.ts'

const dayMs = 86_400_000

type Ruled = { readonly component: ScoreComponent; readonly rule: EngagementRule | IntentRule }

// A state names rules by position (engagement rules, then intent rules); each model's table is
// built once, so scoring an event allocates nothing to find its rule.
const tables = new WeakMap<ScoreModel, readonly Ruled[]>()

function rulesByPosition(model: ScoreModel): readonly Ruled[] {
  let table = tables.get(model)
  if (table === undefined) {
    table = [
      ...model.engagement.map((rule) => ({ component: 'engagement' as const, rule })),
      ...model.intent.map((rule) => ({ component: 'intent' as const, rule })),
    ]
    tables.set(model, table)
  }
  return table
}

/**
 * The person's totals at the state's instant, equal to scorePerson's over the history the state
 * stands for: the same exact points in the same order (fit rules, then each scored event capped in
 * order and decayed, then the negative event rules), so the same rounding; undefined when the state
 * does not fit the model (the caller scores the history instead). It builds no contributions: real
 * time and rebuilds score ~20 events per person, and only explanations need to name them.
 */
export function scoreTotalsFromState(
  model: ScoreModel,
  facts: ScoringFacts,
  state: ScoreState,
): ScoreTotals | undefined {
  if (state.modelVersion !== model.version) return undefined
  if (state.negativeAtMs.length !== model.negative.length) return undefined
  const exact: number[] = []
  const components: ScoreComponent[] = []
  visitFactRules(model, facts, (_kind, _id, points) => {
    exact.push(points)
    components.push('fit')
  })
  const nowMs = state.atMs
  const ledger = createCapLedger()
  const rules = rulesByPosition(model)
  for (const [position, atMs] of state.scored) {
    const found = rules[position]
    if (found === undefined) return undefined
    const { rule, component } = found
    components.push(component)
    if (atMs > nowMs) {
      exact.push(0)
      continue
    }
    const earned = ledger.take(rule, rule.cap, atMs, rule.points)
    exact.push(earned * decayFactor((nowMs - atMs) / dayMs, rule.halfLifeDays))
  }
  model.negative.forEach((rule, index) => {
    const atMs = state.negativeAtMs[index] ?? null
    if (rule.kind !== 'event' || atMs === null) return
    exact.push(atMs > nowMs ? 0 : rule.points)
    components.push('engagement')
  })
  return totalsOf(model, roundToSum(exact, 2), components)
}
