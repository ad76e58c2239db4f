import { matchesPredicate, type ScoringFacts } from './matches-predicate.ts'
import type { Contribution } from './person-score.ts'
import type { ScoreModel } from './types.ts'

function factContribution(
  ruleKind: 'fit' | 'negative',
  ruleId: string,
  points: number,
): Contribution {
  const counted = { rawPoints: points, cappedPoints: points, decayFactor: 1, points } as const
  return { component: 'fit', ruleKind, ruleId, ...counted, status: 'counted' }
}

/**
 * Calls `visit` for every fact rule the person and account match, in scoring order: fit rules as
 * listed (only the first match within a group), then negative field rules; facts do not decay.
 */
export function visitFactRules(
  model: ScoreModel,
  facts: ScoringFacts,
  visit: (ruleKind: 'fit' | 'negative', ruleId: string, points: number) => void,
): void {
  const matchedGroups = new Set<string>()
  for (const rule of model.fit) {
    if (rule.group !== undefined && matchedGroups.has(rule.group)) continue
    if (!matchesPredicate(rule.when, facts)) continue
    if (rule.group !== undefined) matchedGroups.add(rule.group)
    visit('fit', rule.id, rule.points)
  }
  for (const rule of model.negative) {
    if (rule.kind === 'field' && matchesPredicate(rule.when, facts))
      visit('negative', rule.id, rule.points)
  }
}

/**
 * Contributions of the person's and account's facts: every matching fit rule (only the first match
 * within a group) and every matching negative field rule; facts do not decay.
 */
export function scoreFit(model: ScoreModel, facts: ScoringFacts): Contribution[] {
  const contributions: Contribution[] = []
  visitFactRules(model, facts, (ruleKind, ruleId, points) =>
    contributions.push(factContribution(ruleKind, ruleId, points)),
  )
  return contributions
}
