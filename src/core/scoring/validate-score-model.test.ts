import { describe, expect, it } from 'vitest'
import { testScoreModel } from './score-model.fixture.ts'
import type { ScoreModel } from './types.ts'
import { validateScoreModel } from './validate-score-model.ts'

const base = testScoreModel()
const messages = (model: ScoreModel) => {
  const report = validateScoreModel(model)
  return {
    errors: report.errors.map((f) => [f.path.join('.'), f.message]),
    warnings: report.warnings.map((f) => [f.path.join('.'), f.message]),
  }
}

describe('validateScoreModel', () => {
  it('accepts the test model', () => {
    expect(validateScoreModel(base)).toEqual({ errors: [], warnings: [] })
  })

  it.each<{ rule: string; change: Partial<ScoreModel>; path: string; message: RegExp }>([
    {
      rule: 'rule ids are unique across the model',
      change: { intent: [{ id: 'icp', topic: '*', minStrength: 50, points: 5 }] },
      path: 'intent.0.id',
      message: /rule id "icp" is already used at fit.0.id/,
    },
    {
      rule: 'a fit pattern is a regular expression',
      change: {
        fit: [
          {
            id: 'bad',
            when: {
              op: 'not',
              predicate: { op: 'matches', field: 'person.title', pattern: '(vp' },
            },
            points: 5,
          },
        ],
      },
      path: 'fit.0.when.predicate.pattern',
      message: /not a regular expression/,
    },
    {
      rule: 'a URL pattern is a regular expression',
      change: { engagement: [{ id: 'p', event: 'page_visit', urlPattern: '*pricing', points: 5 }] },
      path: 'engagement.0.urlPattern',
      message: /not a regular expression/,
    },
    {
      rule: 'a range holds some values',
      change: {
        fit: [
          {
            id: 'mid',
            when: { op: 'range', field: 'account.employeeCount', atLeast: 500, below: 50 },
            points: 5,
          },
        ],
      },
      path: 'fit.0.when',
      message: /no value is at least 500 and below 50/,
    },
    {
      rule: 'a cap limits positive points only',
      change: {
        engagement: [
          { id: 'odd', event: 'email_open', points: -1, cap: { points: 5, periodDays: 7 } },
        ],
      },
      path: 'engagement.0.cap',
      message: /earns -1/,
    },
  ])('$rule', ({ change, path, message }) => {
    const { errors } = messages(testScoreModel(change))
    expect(errors).toEqual([[path, expect.stringMatching(message)]])
  })

  it('warns about an engagement rule that an earlier rule for the same event always takes', () => {
    const engagement = [
      { id: 'visit', event: 'page_visit', points: 2 },
      { id: 'pricing', event: 'page_visit', urlPattern: '/pricing', points: 10 },
    ] as const
    expect(messages(testScoreModel({ engagement })).warnings).toEqual([
      [
        'engagement.1',
        'rule "pricing" never matches: "visit" above it takes every page_visit event',
      ],
    ])
  })
})
