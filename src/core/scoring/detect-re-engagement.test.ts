import { describe, expect, it } from 'vitest'
import { detectReEngagement } from './detect-re-engagement.ts'

const at = (iso: string) => new Date(iso)

describe('detectReEngagement', () => {
  it('flags a person whose new event ends 90 or more silent days', () => {
    expect(detectReEngagement(at('2026-08-01T10:00:00Z'), at('2026-11-20T10:00:00Z'), 90)).toEqual({
      daysSilent: 111,
      lastActivityAt: at('2026-08-01T10:00:00Z'),
    })
    expect(detectReEngagement(at('2026-08-22T10:00:00Z'), at('2026-11-20T10:00:00Z'), 90)).toEqual({
      daysSilent: 90,
      lastActivityAt: at('2026-08-22T10:00:00Z'),
    })
  })

  it('does not flag a shorter silence, a first event, or a back-filled older event', () => {
    expect(detectReEngagement(at('2026-08-23T10:00:01Z'), at('2026-11-20T10:00:00Z'), 90)).toBe(
      undefined,
    )
    expect(detectReEngagement(undefined, at('2026-11-20T10:00:00Z'), 90)).toBe(undefined)
    expect(detectReEngagement(at('2026-11-21T10:00:00Z'), at('2026-01-01T10:00:00Z'), 90)).toBe(
      undefined,
    )
  })
})
