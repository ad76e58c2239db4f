import { describe, expect, it } from 'vitest'
import { classifyOutcome, type OutcomeFacts } from './classify-outcome.ts'

const now = new Date('2025-06-01T00:00:00Z')
const at = (day: string) => new Date(`${day}T00:00:00Z`)
const open: OutcomeFacts = {
  capturedAt: at('2025-01-01'),
  convertedAt: null,
  wonAt: null,
  disqualifiedAt: null,
  lostAt: null,
  lastActivityAt: null,
}

describe('classifyOutcome', () => {
  const cases: [string, Partial<OutcomeFacts>, ReturnType<typeof classifyOutcome>][] = [
    [
      'a conversion is positive at the first conversion',
      { convertedAt: at('2025-02-01'), wonAt: at('2025-03-01') },
      { positive: true, reason: 'converted', at: at('2025-02-01') },
    ],
    [
      'a closed-won deal is positive even without a stage event',
      { wonAt: at('2025-03-01') },
      { positive: true, reason: 'closed_won', at: at('2025-03-01') },
    ],
    [
      'a conversion after a disqualification still counts as positive',
      { disqualifiedAt: at('2025-01-10'), convertedAt: at('2025-04-01') },
      { positive: true, reason: 'converted', at: at('2025-04-01') },
    ],
    [
      'a disqualification is negative at the first negative event',
      { disqualifiedAt: at('2025-02-10'), lostAt: at('2025-02-01') },
      { positive: false, reason: 'closed_lost', at: at('2025-02-01') },
    ],
    [
      'silence for the whole window is unresponsive, decided at the end of the window',
      { lastActivityAt: at('2025-01-31') },
      { positive: false, reason: 'unresponsive', at: at('2025-05-01') },
    ],
    [
      'a lead still engaging inside the window has no outcome yet',
      { lastActivityAt: at('2025-04-01') },
      undefined,
    ],
  ]
  it.each(cases)('%s', (_, facts, expected) => {
    expect(classifyOutcome({ ...open, ...facts }, now, 90)).toEqual(expected)
  })

  it('counts silence from capture when there is no activity', () => {
    expect(classifyOutcome(open, now, 90)?.at).toEqual(at('2025-04-01'))
    expect(classifyOutcome(open, now, 200)).toBeUndefined()
  })
})
