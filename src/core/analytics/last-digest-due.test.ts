import { describe, expect, it } from 'vitest'
import type { DigestSchedule } from '../agreement/index.ts'
import { lastDigestDue } from './last-digest-due.ts'

const monday8: DigestSchedule = { weekday: 'mon', at: '08:00' }
const ny = 'America/New_York'
const due = (iso: string, schedule: DigestSchedule = monday8, zone = ny) =>
  lastDigestDue(schedule, zone, new Date(iso)).toISOString()

describe('when the weekly digest was last due', () => {
  it('is this Monday 08:00 New York once it has passed, else last Monday', () => {
    // Thursday 2026-12-03 11:00 UTC: Monday 2026-11-30 08:00 EST = 13:00 UTC.
    expect(due('2026-12-03T11:00:00Z')).toBe('2026-11-30T13:00:00.000Z')
    // Monday 2026-11-30 at 07:59 New York: not yet, so the Monday before.
    expect(due('2026-11-30T12:59:00Z')).toBe('2026-11-23T13:00:00.000Z')
    // Exactly at the hour it is due.
    expect(due('2026-11-30T13:00:00Z')).toBe('2026-11-30T13:00:00.000Z')
  })

  it('keeps the local hour across a daylight-saving change and a year end', () => {
    // Spring forward on Sunday 2026-03-08: Monday 03-09 08:00 EDT = 12:00 UTC.
    expect(due('2026-03-10T00:00:00Z')).toBe('2026-03-09T12:00:00.000Z')
    // Friday 17:30 in Berlin, asked on New Year's Day 2027 (a Friday) in the morning.
    const friday: DigestSchedule = { weekday: 'fri', at: '17:30' }
    expect(due('2027-01-01T09:00:00Z', friday, 'Europe/Berlin')).toBe('2026-12-25T16:30:00.000Z')
    expect(due('2027-01-01T16:30:00Z', friday, 'Europe/Berlin')).toBe('2027-01-01T16:30:00.000Z')
  })
})
