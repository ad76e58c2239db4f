import type { Finding, ValidationReport } from '../agreement/index.ts'
import { checkScoreBands } from './check-score-bands.ts'
import { toPattern } from './to-pattern.ts'
import type { Predicate, ScoreModel } from './types.ts'

type Path = Finding['path']

function checkPattern(pattern: string, path: Path): Finding[] {
  try {
    toPattern(pattern)
    return []
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const fix = 'write a regular expression; escape . ( ) [ ] ? * + with a backslash to match them'
    return [{ path, message: `not a regular expression: ${reason}`, fix }]
  }
}

function checkPredicate(predicate: Predicate, path: Path): Finding[] {
  switch (predicate.op) {
    case 'not':
      return checkPredicate(predicate.predicate, [...path, 'predicate'])
    case 'all':
    case 'any':
      return predicate.predicates.flatMap((inner, index) =>
        checkPredicate(inner, [...path, 'predicates', index]),
      )
    case 'matches':
      return checkPattern(predicate.pattern, [...path, 'pattern'])
    case 'range': {
      const { atLeast, below } = predicate
      if (atLeast === undefined && below === undefined)
        return [{ path, message: 'the range has no bounds', fix: 'add atLeast, below or both' }]
      if (atLeast !== undefined && below !== undefined && atLeast >= below)
        return [
          {
            path,
            message: `no value is at least ${atLeast} and below ${below}`,
            fix: 'make atLeast smaller than below',
          },
        ]
      return []
    }
    default:
      return []
  }
}

function ruleIds(model: ScoreModel): { id: string; path: Path }[] {
  const lists = ['fit', 'engagement', 'intent', 'negative'] as const
  return lists.flatMap((list) =>
    model[list].map((rule, index) => ({ id: rule.id, path: [list, index, 'id'] })),
  )
}

function checkRuleIds(model: ScoreModel): Finding[] {
  const seen = new Map<string, Path>()
  return ruleIds(model).flatMap(({ id, path }) => {
    const first = seen.get(id)
    if (first === undefined) {
      seen.set(id, path)
      return []
    }
    const fix = 'give every rule its own id: explanations name the rule by it'
    return [{ path, message: `rule id "${id}" is already used at ${first.join('.')}`, fix }]
  })
}

function checkCaps(model: ScoreModel): Finding[] {
  const rules = [
    ...model.engagement.map((rule, index) => ({ rule, path: ['engagement', index, 'cap'] })),
    ...model.intent.map((rule, index) => ({ rule, path: ['intent', index, 'cap'] })),
  ]
  return rules.flatMap(({ rule, path }) => {
    if (rule.cap === undefined || rule.points > 0) return []
    const message = `a cap limits earned points, and rule "${rule.id}" earns ${rule.points}`
    return [{ path, message, fix: 'remove the cap or give the rule positive points' }]
  })
}

// A rule for an event type without a URL pattern catches every such event: later ones never match.
function shadowedRules(model: ScoreModel): Finding[] {
  return model.engagement.flatMap((rule, index) => {
    const earlier = model.engagement
      .slice(0, index)
      .find((other) => other.event === rule.event && other.urlPattern === undefined)
    if (earlier === undefined) return []
    const message = `rule "${rule.id}" never matches: "${earlier.id}" above it takes every ${rule.event} event`
    const fix = `move "${rule.id}" above "${earlier.id}" (an event scores by the first rule it matches)`
    return [{ path: ['engagement', index], message, fix }]
  })
}

/** Consistency of a structurally valid model: unique rule ids, valid patterns and ranges, bands that hold every score once. */
export function validateScoreModel(model: ScoreModel): ValidationReport {
  const predicates = [
    ...model.fit.map((rule, index) => ({ when: rule.when, path: ['fit', index, 'when'] })),
    ...model.negative.flatMap((rule, index) =>
      rule.kind === 'field' ? [{ when: rule.when, path: ['negative', index, 'when'] }] : [],
    ),
  ]
  const urlPatterns = model.engagement.flatMap((rule, index) =>
    rule.urlPattern === undefined
      ? []
      : checkPattern(rule.urlPattern, ['engagement', index, 'urlPattern']),
  )
  const errors = [
    ...checkRuleIds(model),
    ...predicates.flatMap(({ when, path }) => checkPredicate(when, path)),
    ...urlPatterns,
    ...checkCaps(model),
    ...checkScoreBands(model.bands),
  ]
  return { errors, warnings: shadowedRules(model) }
}
