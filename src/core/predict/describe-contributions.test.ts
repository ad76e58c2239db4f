import { describe, expect, it } from 'vitest'
import { describeContributions } from './describe-contributions.ts'

describe('describeContributions', () => {
  it.each([
    {
      case: 'a raise then a drop',
      contributions: [
        { feature: 'Lead Source', value: 'Reference', logOdds: 1.84 },
        { feature: 'Total Time Spent on Website', value: '0', logOdds: -1.21 },
      ],
      expected:
        'Lead Source = Reference raised the odds (+1.8); Total Time Spent on Website = 0 lowered them (-1.2)',
    },
    {
      case: 'a drop first',
      contributions: [
        { feature: 'Do Not Email', value: 'Yes', logOdds: -0.96 },
        { feature: 'Lead Origin', value: 'API', logOdds: 0.3 },
      ],
      expected: 'Do Not Email = Yes lowered the odds (-1.0); Lead Origin = API raised them (+0.3)',
    },
    {
      case: 'a push too small to show',
      contributions: [{ feature: 'City', value: 'Mumbai', logOdds: -0.04 }],
      expected: 'City = Mumbai barely moved the odds (0.0)',
    },
    { case: 'nothing', contributions: [], expected: 'No feature moved the odds.' },
  ])('describes $case in plain words', ({ contributions, expected }) => {
    expect(describeContributions(contributions)).toBe(expected)
  })
})
