import { describe, expect, it } from 'vitest'
import { testScoreModel } from './score-model.fixture.ts'
import { scoreFit } from './score-fit.ts'
import type { ScoringFacts } from './matches-predicate.ts'

const model = testScoreModel()
const rulesHit = (facts: ScoringFacts) =>
  scoreFit(model, facts).map((c) => [c.ruleKind, c.ruleId, c.points])

describe('scoreFit', () => {
  it('adds every matching fit rule', () => {
    const facts = { person: { title: 'VP Sales' }, account: { icpMatch: true } }
    expect(rulesHit(facts)).toEqual([
      ['fit', 'icp', 20],
      ['fit', 'vp', 15],
    ])
  })

  it('counts only the first match within a group (a "VP, Director" is scored as a VP)', () => {
    const facts = { person: { title: 'VP, Director of Sales' }, account: null }
    expect(rulesHit(facts)).toEqual([['fit', 'vp', 15]])
  })

  it('takes points away for a free-mail address', () => {
    const facts = { person: { title: 'Director', freeMail: true }, account: null }
    expect(rulesHit(facts)).toEqual([
      ['fit', 'director', 10],
      ['fit', 'free-mail', -10],
    ])
  })

  it.each([
    {
      rule: 'a competitor domain',
      person: { emailDomain: 'RIVAL.example' },
      hit: ['negative', 'competitor', -100],
    },
    {
      rule: 'a student title',
      person: { title: 'Graduate Student' },
      hit: ['negative', 'student', -30],
    },
    {
      rule: 'a job-seeker title',
      person: { title: 'Job Seeker' },
      hit: ['negative', 'student', -30],
    },
  ])('negative rule: $rule takes points away from fit', ({ person, hit }) => {
    const contributions = scoreFit(model, { person, account: null })
    expect(contributions.map((c) => [c.ruleKind, c.ruleId, c.points])).toEqual([hit])
    expect(contributions[0]?.component).toBe('fit')
  })

  it('scores nothing for a person with no known facts', () => {
    expect(scoreFit(model, { person: {}, account: null })).toEqual([])
  })
})
