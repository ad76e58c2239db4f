import { describe, expect, it } from 'vitest'
import { addBusinessTime } from './add-business-time.ts'
import { businessMinutesBetween } from './business-minutes-between.ts'
import { berlin, newYork } from './calendar.fixture.ts'
import { ownerWorkCalendar } from './owner-work-calendar.ts'

const at = (iso: string) => new Date(iso)
const away = (from: string, to: string) => [{ from: at(from), to: at(to) }]

describe('ownerWorkCalendar', () => {
  it("is the agreement's calendar itself without an owner or without anything of their own", () => {
    expect(ownerWorkCalendar(newYork, undefined)).toBe(newYork)
    expect(ownerWorkCalendar(newYork, { calendar: null, outOfOffice: [] })).toBe(newYork)
  })

  it("runs an owner in Berlin on Berlin's hours, holidays and DST, not New York's", () => {
    const owner = ownerWorkCalendar(newYork, { calendar: berlin, outOfOffice: [] })
    // Fri 2026-03-27 16:30 CET (15:30Z) + 1 business hour: Berlin closes 17:00 (16:00Z), the
    // clocks go to CEST on Sunday, Monday opens 09:00 CEST (07:00Z): 30 minutes on = 07:30Z.
    expect(addBusinessTime(owner, at('2026-03-27T15:30:00Z'), { hours: 1 })).toEqual(
      at('2026-03-30T07:30:00Z'),
    )
    // The same hour on the agreement's New York calendar ends inside Friday's hours (11:30 EDT).
    expect(addBusinessTime(newYork, at('2026-03-27T15:30:00Z'), { hours: 1 })).toEqual(
      at('2026-03-27T16:30:00Z'),
    )
  })

  it("counts the owner's out-of-office as closed time on the agreement's calendar", () => {
    // Away all of Monday 2026-01-12 (New York): Friday 16:30 + 1 hour lands on Tuesday 09:30.
    const owner = ownerWorkCalendar(newYork, {
      calendar: null,
      outOfOffice: away('2026-01-12T05:00:00Z', '2026-01-13T05:00:00Z'),
    })
    expect(addBusinessTime(owner, at('2026-01-09T21:30:00Z'), { hours: 1 })).toEqual(
      at('2026-01-13T14:30:00Z'),
    )
    // Friday 16:30 to Tuesday 10:00: 30 minutes on Friday, none on Monday, 60 on Tuesday.
    expect(
      businessMinutesBetween(owner, at('2026-01-09T21:30:00Z'), at('2026-01-13T15:00:00Z')),
    ).toBe(90)
  })

  it("counts an absence over the year end with the holidays of the owner's own calendar", () => {
    // A Berlin owner away Monday 28 to Wednesday 30 December 2026. Wed 23 Dec 16:00 CET + 2 hours:
    // 16:00-17:00 on the 23rd, then 09:00-10:00 on the 24th (worked in Berlin, no public holiday).
    const owner = ownerWorkCalendar(newYork, {
      calendar: berlin,
      outOfOffice: away('2026-12-27T23:00:00Z', '2026-12-30T23:00:00Z'),
    })
    expect(addBusinessTime(owner, at('2026-12-23T15:00:00Z'), { hours: 2 })).toEqual(
      at('2026-12-24T09:00:00Z'),
    )
    // Thu 24 Dec 16:00 CET + 3 hours: 1 on the 24th; 25th and 26th holidays, 28-30 away;
    // Thu 31 Dec 09:00-11:00 CET = 10:00Z.
    expect(addBusinessTime(owner, at('2026-12-24T15:00:00Z'), { hours: 3 })).toEqual(
      at('2026-12-31T10:00:00Z'),
    )
  })
})
