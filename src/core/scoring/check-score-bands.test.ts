import { describe, expect, it } from 'vitest'
import { checkScoreBands } from './check-score-bands.ts'
import type { Band } from './types.ts'

const engagement: Band[] = [
  { name: '1', atLeast: 10 },
  { name: '2', below: 10 },
]
const check = (fit: Band[]) =>
  checkScoreBands({ fit, engagement }).map((f) => [f.path.join('.'), f.message, f.fix])

describe('checkScoreBands', () => {
  it('accepts bands that hold every score once, in any order', () => {
    expect(
      check([
        { name: 'B', atLeast: 0, below: 30 },
        { name: 'A', atLeast: 30 },
        { name: 'C', below: 0 },
      ]),
    ).toEqual([])
  })

  it.each<{ rule: string; fit: Band[]; expected: string[] }>([
    {
      rule: 'overlapping bands',
      fit: [
        { name: 'A', atLeast: 25 },
        { name: 'B', atLeast: 10, below: 30 },
        { name: 'C', below: 10 },
      ],
      expected: [
        'bands.fit.0',
        'band "A" [25, +inf) overlaps band "B" [10, 30)',
        'start "A" [25, +inf) where "B" [10, 30) ends (atLeast: 30)',
      ],
    },
    {
      rule: 'a gap between bands',
      fit: [
        { name: 'A', atLeast: 30 },
        { name: 'B', atLeast: 10, below: 25 },
        { name: 'C', below: 10 },
      ],
      expected: [
        'bands.fit.0',
        'no band holds scores from 25 up to 30',
        'start "A" [30, +inf) where "B" [10, 25) ends (atLeast: 25)',
      ],
    },
    {
      rule: 'no band for low scores',
      fit: [
        { name: 'A', atLeast: 30 },
        { name: 'B', atLeast: 0, below: 30 },
      ],
      expected: [
        'bands.fit.1.atLeast',
        'no band holds scores below 0',
        'leave out atLeast on the lowest band "B" [0, 30)',
      ],
    },
    {
      rule: 'no band for high scores',
      fit: [
        { name: 'A', atLeast: 30, below: 100 },
        { name: 'B', below: 30 },
      ],
      expected: [
        'bands.fit.0.below',
        'no band holds scores of 100 or more',
        'leave out below on the highest band "A" [30, 100)',
      ],
    },
    {
      rule: 'two open-ended bands overlap',
      fit: [{ name: 'A' }, { name: 'B', atLeast: 10 }],
      expected: [
        'bands.fit.1',
        'band "B" [10, +inf) overlaps band "A" [-inf, +inf)',
        'end "A" [-inf, +inf) where "B" [10, +inf) starts (below: 10)',
      ],
    },
  ])('refuses $rule, saying where to start or end a band', ({ fit, expected }) => {
    expect(check(fit)).toEqual([expected])
  })

  it('refuses an empty band and a repeated name', () => {
    const fit = [
      { name: 'A', atLeast: 10 },
      { name: 'A', atLeast: 10, below: 10 },
      { name: 'C', below: 10 },
    ]
    expect(check(fit).map(([path, message]) => [path, message])).toEqual([
      ['bands.fit.1', 'band "A" [10, 10) is empty: atLeast must be below "below"'],
      ['bands.fit.1.name', 'band name "A" is used twice (also at 0)'],
    ])
  })
})
