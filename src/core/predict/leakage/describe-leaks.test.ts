import { describe, expect, it } from 'vitest'
import { describeLeaks } from './describe-leaks.ts'
import type { Leak } from './types.ts'

const tags: Leak = { column: 'Tags', reason: 'name_hint', detail: '' }
const echo: Leak = { column: 'Echo', reason: 'near_perfect_auc', detail: '' }

describe('describeLeaks', () => {
  it.each([
    {
      leaks: [tags],
      expected:
        '1 column looks like it leaks the outcome, which would make the model look better than it is: ' +
        '"Tags" (its name says it is recorded after the outcome). ' +
        'If a column is known before the outcome, keep it with --allow <col>, e.g. --allow "Tags".',
    },
    {
      leaks: [echo, tags],
      expected:
        '2 columns look like they leak the outcome, which would make the model look better than it is: ' +
        '"Echo" (alone it predicts the outcome almost perfectly), ' +
        '"Tags" (its name says it is recorded after the outcome). ' +
        'If a column is known before the outcome, keep it with --allow <col>, e.g. --allow "Echo".',
    },
    { leaks: [], expected: '' },
  ])('warns about $leaks.length columns and names the --allow override', ({ leaks, expected }) => {
    expect(describeLeaks(leaks)).toBe(expected)
  })
})
