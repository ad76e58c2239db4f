import { describe, expect, it } from 'vitest'
import { matchesPredicate, type ScoringFacts } from './matches-predicate.ts'
import type { Predicate } from './types.ts'

const facts: ScoringFacts = {
  person: {
    title: 'VP of Marketing',
    freeMail: false,
    emailDomain: 'acme.com',
    source: ' Referral ',
  },
  account: { industry: 'Software', employeeCount: 250, annualRevenueCents: 5e9, icpMatch: true },
}
const noAccount: ScoringFacts = { person: { title: '' }, account: null }

describe('matchesPredicate', () => {
  it.each<{ rule: string; predicate: Predicate; expected: boolean }>([
    {
      rule: 'equals compares text trimmed and case-insensitive',
      predicate: { op: 'equals', field: 'person.source', value: 'referral' },
      expected: true,
    },
    {
      rule: 'equals compares flags',
      predicate: { op: 'equals', field: 'person.freeMail', value: false },
      expected: true,
    },
    {
      rule: 'equals compares numbers',
      predicate: { op: 'equals', field: 'account.employeeCount', value: 250 },
      expected: true,
    },
    {
      rule: 'in passes when any value is equal',
      predicate: { op: 'in', field: 'account.industry', values: ['retail', 'SOFTWARE'] },
      expected: true,
    },
    {
      rule: 'in fails when none is',
      predicate: { op: 'in', field: 'account.industry', values: ['retail'] },
      expected: false,
    },
    {
      rule: 'contains looks for a part, case-insensitive',
      predicate: { op: 'contains', field: 'person.title', value: 'marketing' },
      expected: true,
    },
    {
      rule: 'matches is a case-insensitive regular expression',
      predicate: { op: 'matches', field: 'person.title', pattern: '^vp\\b' },
      expected: true,
    },
    {
      rule: 'matches fails when the pattern is absent',
      predicate: { op: 'matches', field: 'person.title', pattern: 'director' },
      expected: false,
    },
    {
      rule: 'range includes atLeast',
      predicate: { op: 'range', field: 'account.employeeCount', atLeast: 250, below: 1000 },
      expected: true,
    },
    {
      rule: 'range excludes below',
      predicate: { op: 'range', field: 'account.employeeCount', atLeast: 50, below: 250 },
      expected: false,
    },
    {
      rule: 'range may be open above',
      predicate: { op: 'range', field: 'account.annualRevenueCents', atLeast: 1e9 },
      expected: true,
    },
    {
      rule: 'range fails on text',
      predicate: { op: 'range', field: 'person.title', atLeast: 0 },
      expected: false,
    },
    {
      rule: 'exists passes on a known fact',
      predicate: { op: 'exists', field: 'account.icpMatch' },
      expected: true,
    },
    {
      rule: 'exists fails on an unknown fact',
      predicate: { op: 'exists', field: 'person.seniority' },
      expected: false,
    },
    {
      rule: 'not inverts',
      predicate: { op: 'not', predicate: { op: 'equals', field: 'person.freeMail', value: true } },
      expected: true,
    },
    {
      rule: 'all needs every test',
      predicate: {
        op: 'all',
        predicates: [
          { op: 'exists', field: 'person.title' },
          { op: 'exists', field: 'person.seniority' },
        ],
      },
      expected: false,
    },
    {
      rule: 'any needs one test',
      predicate: {
        op: 'any',
        predicates: [
          { op: 'exists', field: 'person.title' },
          { op: 'exists', field: 'person.seniority' },
        ],
      },
      expected: true,
    },
  ])('$rule', ({ predicate, expected }) => {
    expect(matchesPredicate(predicate, facts)).toBe(expected)
  })

  it.each<Predicate>([
    { op: 'equals', field: 'account.industry', value: 'software' },
    { op: 'contains', field: 'person.title', value: '' },
    { op: 'exists', field: 'person.title' },
    { op: 'range', field: 'account.employeeCount', atLeast: 0 },
  ])('a missing fact (no account, blank title) fails $op', (predicate) => {
    expect(matchesPredicate(predicate, noAccount)).toBe(false)
  })

  it('a missing fact passes not', () => {
    const notSoftware: Predicate = {
      op: 'not',
      predicate: { op: 'equals', field: 'account.industry', value: 'software' },
    }
    expect(matchesPredicate(notSoftware, noAccount)).toBe(true)
  })
})
