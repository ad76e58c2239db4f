import type { ScoringAccount, ScoringPerson } from './person-score.ts'
import { toPattern } from './to-pattern.ts'
import type { FieldValue, Predicate, ScoringField } from './types.ts'

/** The facts a predicate is tested on; a person without an account has none of its facts. */
export type ScoringFacts = {
  readonly person: ScoringPerson
  readonly account: ScoringAccount | null
}

type FactBag = Readonly<Record<string, FieldValue | null | undefined>>

// Fields are few ("person.title", "account.industry"): split each once, not per person scored.
const fieldParts = new Map<string, { readonly onPerson: boolean; readonly name: string }>()

function partsOf(field: ScoringField) {
  let parts = fieldParts.get(field)
  if (parts === undefined) {
    const [scope, name = ''] = field.split('.')
    parts = { onPerson: scope === 'person', name }
    fieldParts.set(field, parts)
  }
  return parts
}

function readField(facts: ScoringFacts, field: ScoringField): FieldValue | null {
  const { onPerson, name } = partsOf(field)
  const bag: FactBag | null = onPerson ? facts.person : facts.account
  const value = bag?.[name]
  if (value === undefined || value === null) return null
  if (typeof value === 'string' && value.trim() === '') return null
  return value
}

const toText = (value: FieldValue): string => String(value).trim().toLowerCase()

function isEqual(fact: FieldValue, expected: FieldValue): boolean {
  if (typeof fact === 'number' && typeof expected === 'number') return fact === expected
  return toText(fact) === toText(expected)
}

/** Whether the person and account facts pass the predicate; a missing fact fails all tests but `not`. */
export function matchesPredicate(predicate: Predicate, facts: ScoringFacts): boolean {
  switch (predicate.op) {
    case 'not':
      return !matchesPredicate(predicate.predicate, facts)
    case 'all':
      return predicate.predicates.every((inner) => matchesPredicate(inner, facts))
    case 'any':
      return predicate.predicates.some((inner) => matchesPredicate(inner, facts))
    default:
      return testField(predicate, readField(facts, predicate.field))
  }
}

type FieldPredicate = Exclude<Predicate, { readonly op: 'not' | 'all' | 'any' }>

function testField(predicate: FieldPredicate, fact: FieldValue | null): boolean {
  if (fact === null) return false
  switch (predicate.op) {
    case 'exists':
      return true
    case 'equals':
      return isEqual(fact, predicate.value)
    case 'in':
      return predicate.values.some((value) => isEqual(fact, value))
    case 'contains':
      return toText(fact).includes(toText(predicate.value))
    case 'matches':
      return toPattern(predicate.pattern).test(String(fact))
    case 'range':
      return (
        typeof fact === 'number' &&
        (predicate.atLeast === undefined || fact >= predicate.atLeast) &&
        (predicate.below === undefined || fact < predicate.below)
      )
  }
}
