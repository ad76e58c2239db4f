import { describe, expect, it } from 'vitest'
import type { Leak } from '../api/api-types.ts'
import { topLeaks } from './top-leaks.ts'

const leak = (over: Partial<Leak>): Leak =>
  ({
    kind: 'conversion',
    group: null,
    from: 'mql',
    to: 'sql',
    actual: 0.62,
    targetPct: 90,
    basis: 'agreement',
    missing: 40,
    downstream: { value: 0.25, cohort: 160, reached: 40 },
    revenueLostCents: 100_000_000,
    sentence: 'MQL->SQL is 62% against a 90% goal: about 40 opportunities lost.',
    ...over,
  }) as Leak

describe('the top leaks on the overview', () => {
  it('keeps the report order, three at most, each linked to where it is worked', () => {
    const lines = topLeaks([
      leak({}),
      leak({ kind: 'response', from: null, to: null, sentence: 'Hot leads answered late.' }),
      leak({ from: 'sql', to: 'won', sentence: 'SQL->won is low.' }),
      leak({ from: 'inquiry', to: 'mql', sentence: 'never shown' }),
    ])
    expect(lines.map((l) => [l.sentence, l.href, l.linkLabel])).toEqual([
      [
        'MQL->SQL is 62% against a 90% goal: about 40 opportunities lost.',
        '/leads?stage=mql',
        'See the leads at mql',
      ],
      ['Hot leads answered late.', '/sla', 'See the SLA report'],
      ['SQL->won is low.', '/leads?stage=sql', 'See the leads at sql'],
    ])
    expect(new Set(lines.map((l) => l.key)).size).toBe(3)
  })

  it('sends a leak with no stage to the flow page, and shows nothing for no leaks', () => {
    expect(topLeaks([leak({ from: null })])[0]?.href).toBe('/flow')
    expect(topLeaks([])).toEqual([])
  })
})
