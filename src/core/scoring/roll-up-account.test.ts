import { describe, expect, it } from 'vitest'
import { rollUpAccount } from './roll-up-account.ts'

const policy = { engagedAtLeast: 25, bonusPerEngagedPerson: 10, maxBonus: 30 }

describe('rollUpAccount', () => {
  it.each([
    { rule: 'an account without people scores 0', people: [], score: 0, bonus: 0 },
    {
      rule: 'one person: the account scores as that person',
      people: [['a', 42.5]],
      score: 42.5,
      bonus: 0,
    },
    {
      rule: 'the best person sets the base; each further engaged person adds the bonus',
      people: [
        ['a', 40],
        ['b', 30],
        ['c', 25],
      ],
      score: 60,
      bonus: 20,
    },
    {
      rule: 'people below the engaged score add nothing',
      people: [
        ['a', 40],
        ['b', 24.99],
        ['c', -5],
      ],
      score: 40,
      bonus: 0,
    },
    {
      rule: 'the breadth bonus stops at its cap',
      people: [
        ['a', 50],
        ['b', 30],
        ['c', 30],
        ['d', 30],
        ['e', 30],
      ],
      score: 80,
      bonus: 30,
    },
    {
      rule: 'a lone negative person makes a negative account',
      people: [['a', -40]],
      score: -40,
      bonus: 0,
    },
  ] as const)('$rule', ({ people, score, bonus }) => {
    const totals = people.map(([personId, total]) => ({ personId, total }))
    const result = rollUpAccount(totals, policy)
    expect(result.score).toBe(score)
    expect(result.breadthBonus).toBe(bonus)
    const sum = result.contributions.reduce((total, c) => total + Math.round(c.points * 100), 0)
    expect(sum).toBe(Math.round(score * 100))
  })

  it('names the best person and the engaged people behind the bonus', () => {
    const result = rollUpAccount(
      [
        { personId: 'b', total: 30 },
        { personId: 'a', total: 40 },
        { personId: 'c', total: 3 },
      ],
      policy,
    )
    expect(result.topPersonId).toBe('a')
    expect(result.contributions).toEqual([
      { kind: 'top_person', personId: 'a', points: 40 },
      { kind: 'breadth', personIds: ['b'], points: 10 },
    ])
  })

  it('breaks a tie for the best person by id, so the result does not depend on input order', () => {
    const people = [
      { personId: 'z', total: 40 },
      { personId: 'm', total: 40 },
    ]
    expect(rollUpAccount(people, policy).topPersonId).toBe('m')
    expect(rollUpAccount([...people].reverse(), policy).topPersonId).toBe('m')
  })
})
