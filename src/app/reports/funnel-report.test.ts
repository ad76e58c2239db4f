import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { rejectionOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestLead } from '../intake/ingest-lead.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import { codeOf } from '../../../test/error-of.ts'
import { funnelReport, velocityReport } from './funnel-report.ts'

// Five people, dates by hand: the expected numbers below are counted from this table.
//   ana  web    inquiry 01-05, mql 01-10, sql 01-20, won 02-19
//   bo   web    inquiry 01-06, mql 01-08
//   cy   event  mql 01-15, won 01-25
//   dee  event  inquiry 2023-12-20, mql 01-02
//   eve  (none) mql 03-01
const people = [
  {
    email: 'ana@acme.com',
    source: 'web',
    moves: [
      ['inquiry', '01-05'],
      ['mql', '01-10'],
      ['sql', '01-20'],
      ['won', '02-19'],
    ],
  },
  {
    email: 'bo@globex.com',
    source: 'web',
    moves: [
      ['inquiry', '01-06'],
      ['mql', '01-08'],
    ],
  },
  {
    email: 'cy@initech.com',
    source: 'event',
    moves: [
      ['mql', '01-15'],
      ['won', '01-25'],
    ],
  },
  {
    email: 'dee@hooli.com',
    source: 'event',
    moves: [
      ['inquiry', '2023-12-20'],
      ['mql', '01-02'],
    ],
  },
  { email: 'eve@umbrella.com', source: null, moves: [['mql', '03-01']] },
] as const

const at = (day: string) =>
  new Date(day.length === 5 ? `2024-${day}T12:00:00Z` : `${day}T12:00:00Z`)

describeEachBackend('funnel and velocity reports', (db) => {
  async function seeded(): Promise<UseCaseContext> {
    const ctx = {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'test',
      role: 'admin' as const,
    }
    for (const person of people) {
      const [first, ...rest] = person.moves
      const lead = {
        email: person.email,
        source: person.source,
        stage: first[0],
        occurredAt: at(first[1]),
        extra: {},
      }
      const outcome = await ingestLead(ctx, lead, { channel: 'test' })
      if (outcome.kind === 'rejected') throw new Error(outcome.message)
      for (const [stage, day] of rest) {
        await changeStage(ctx, {
          subject: { type: 'person', id: outcome.personId },
          toStage: stage,
          occurredAt: at(day),
        })
      }
    }
    return ctx
  }
  const january = { from: '2024-01-01', to: '2024-02-01' }

  it('counts entries and cohort conversion for a period, with null and a reason for empty cohorts', async () => {
    const report = await funnelReport(await seeded(), january)
    expect(report.total.entered).toEqual([
      { stage: 'inquiry', subjects: 2 },
      { stage: 'mql', subjects: 4 },
      { stage: 'sql', subjects: 1 },
      { stage: 'won', subjects: 1 },
    ])
    const conversion = (from: string, to: string) =>
      report.total.conversions.find((c) => c.from === from && c.to === to)
    expect(conversion('inquiry', 'mql')).toMatchObject({
      cohort: 2,
      reached: 2,
      rate: { value: 1 },
    })
    expect(conversion('mql', 'sql')).toMatchObject({ cohort: 4, reached: 1, rate: { value: 0.25 } })
    expect(conversion('mql', 'won')).toMatchObject({ cohort: 4, reached: 2, rate: { value: 0.5 } })
    expect(conversion('inquiry', 'won')).toMatchObject({
      cohort: 2,
      reached: 1,
      rate: { value: 0.5 },
    })
    expect(conversion('sal', 'sql')).toMatchObject({
      cohort: 0,
      rate: { value: null, reason: 'nobody entered sal in the period' },
    })
    expect(report.groups).toEqual([])
  })

  it('splits by source, keeping people without one as their own group', async () => {
    const ctx = await seeded()
    const report = await funnelReport(ctx, { by: 'origin' })
    const mqlToWon = Object.fromEntries(
      report.groups.map((g) => [
        String(g.group),
        g.conversions.find((c) => c.from === 'mql' && c.to === 'won'),
      ]),
    )
    expect(mqlToWon['web']).toMatchObject({ cohort: 2, reached: 1 })
    expect(mqlToWon['event']).toMatchObject({ cohort: 2, reached: 1 })
    expect(mqlToWon['null']).toMatchObject({ cohort: 1, reached: 0, rate: { value: 0 } })
    expect(report.total.conversions.find((c) => c.from === 'mql' && c.to === 'won')).toMatchObject({
      cohort: 5,
      reached: 2,
    })
  })

  it('splits by the month each stage was entered, so one person counts in each month they moved', async () => {
    const report = await funnelReport(await seeded(), {
      from: '2024-01-01',
      to: '2024-04-01',
      by: 'cohort',
    })
    const group = (month: string) => report.groups.find((g) => g.group === month)
    expect(report.groups.map((g) => g.group)).toEqual(['2024-01', '2024-02', '2024-03'])
    expect(group('2024-01')?.entered).toEqual([
      { stage: 'inquiry', subjects: 2 },
      { stage: 'mql', subjects: 4 },
      { stage: 'sql', subjects: 1 },
      { stage: 'won', subjects: 1 },
    ])
    expect(group('2024-02')?.entered).toEqual([{ stage: 'won', subjects: 1 }])
    const mqlToWon = (g: string) =>
      group(g)?.conversions.find((c) => c.from === 'mql' && c.to === 'won')
    expect(mqlToWon('2024-01')).toMatchObject({ cohort: 4, reached: 2 })
    expect(mqlToWon('2024-03')).toMatchObject({ cohort: 1, reached: 0 })
    expect(report.total.conversions.find((c) => c.from === 'mql' && c.to === 'won')).toMatchObject({
      cohort: 5,
      reached: 2,
    })
  })

  it('measures time between stages: median, p75 and p90 in days', async () => {
    const report = await velocityReport(await seeded(), january)
    const mqlToWon = report.total.pairs.find((p) => p.from === 'mql' && p.to === 'won')
    // ana 40 days, cy 10 days.
    expect(mqlToWon).toMatchObject({
      moved: 2,
      backwards: 0,
      medianDays: 25,
      p75Days: 32.5,
      p90Days: 37,
    })
    expect(report.total.pairs.find((p) => p.from === 'sal' && p.to === 'sql')).toMatchObject({
      moved: 0,
      medianDays: null,
      reason: 'nobody who entered sal in the period has reached sql',
    })
  })

  it('measures the same moves in working hours on the agreement calendar', async () => {
    const ctx = await seeded()
    expect(await codeOf(velocityReport(ctx, { ...january, time: 'business' }))).toBe(
      'agreement.none_in_force',
    )
    await signedAgreement(ctx)
    const report = await velocityReport(ctx, { ...january, by: 'source', time: 'business' })
    // New York 9-17 on weekdays, US holidays closed; every move is at 07:00 local, before opening.
    // ana mql Wed 01-10 -> won Mon 02-19 (Presidents' Day): 28 weekdays less MLK day = 216 h;
    // cy mql Mon 01-15 (MLK day) -> won Thu 01-25: 7 working days = 56 h.
    const mqlToWon = report.total.pairs.find((p) => p.from === 'mql' && p.to === 'won')
    expect(mqlToWon).toMatchObject({
      medianDays: 25,
      business: { medianHours: 136, p75Hours: 176, p90Hours: 200 },
    })
    const event = report.groups.find((g) => g.group === 'event')
    expect(event?.pairs.find((p) => p.from === 'mql' && p.to === 'won')?.business).toEqual({
      medianHours: 56,
      p75Hours: 56,
      p90Hours: 56,
    })
    expect(report.total.pairs.find((p) => p.from === 'sal' && p.to === 'sql')?.business).toEqual({
      medianHours: null,
      p75Hours: null,
      p90Hours: null,
    })
    const calendarOnly = await velocityReport(ctx, january)
    expect(calendarOnly.total.pairs[0]?.business).toBeUndefined()
  })

  it('refuses a period that ends before it starts, a date that is not one, and an unknown split', async () => {
    const ctx = await seeded()
    expect(
      (await rejectionOf(funnelReport(ctx, { from: '2024-02-01', to: '2024-01-01' }))).message,
    ).toMatch(/before it starts/)
    expect((await rejectionOf(funnelReport(ctx, { from: '2024-13-45' }))).message).toMatch(
      /"2024-13-45" is not a date/,
    )
    expect((await rejectionOf(velocityReport(ctx, { by: 'zodiac' }))).message).toMatch(
      /Cannot split by "zodiac"/,
    )
  })
})
