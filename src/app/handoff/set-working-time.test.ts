import { expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { scoringContext } from '../../../test/scoring-fixture.ts'
import { addUser } from '../access/users.ts'
import { createPerson } from '../records/people.ts'
import { listPersonClocks } from '../sla/list-person-clocks.ts'
import { setWorkingTime } from './set-working-time.ts'

const { workingHours } = agreementFixture().calendar
const berlin = { timeZone: 'Europe/Berlin', workingHours }
const away = [{ from: new Date('2026-11-24T00:00:00Z'), to: new Date('2026-11-25T00:00:00Z') }]

describeEachBackend("a user's own working time", (db) => {
  async function setUp() {
    const scoring = await scoringContext((await db().workspace()).store)
    const sid = await addUser(scoring.ctx, { email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    return { ...scoring, sid }
  }

  it('sets the calendar and absences, and the clocks the user owns run on them', async () => {
    const { ctx, sid } = await setUp()
    expect(
      await setWorkingTime(ctx, 'Sid@Acme.com', { calendar: berlin, outOfOffice: away }),
    ).toEqual({ calendar: berlin, outOfOffice: away })
    // Monday 2026-11-23 15:00Z is 16:00 in Berlin; warm = 24 business hours = 3 Berlin days,
    // Tuesday 24 away: 1 hour on Monday, Wed 8, Thu 8, Fri 7 hours to 16:00 CET = 15:00Z.
    const person = await createPerson(ctx, { email: 'ana@acme.com', stage: 'mql' })
    const [clock] = await listPersonClocks(ctx, person.id)
    expect(clock).toMatchObject({ ownerId: sid.id, dueAt: new Date('2026-11-27T15:00:00Z') })
    expect(await setWorkingTime(ctx, 'sid@acme.com', { calendar: null })).toEqual({
      calendar: null,
      outOfOffice: away,
    })
  })

  it('refuses a calendar that cannot run business time, writing nothing', async () => {
    const { ctx } = await setUp()
    await setWorkingTime(ctx, 'sid@acme.com', { outOfOffice: away })
    const bad = [
      { timeZone: 'Mars/Olympus', workingHours },
      { timeZone: 'Europe/Berlin', workingHours: {} },
      { timeZone: 'Europe/Berlin', workingHours: { mon: [{ from: '17:00', to: '09:00' }] } },
      { ...berlin, holidays: { country: 'ZZ' } },
      { ...berlin, holidays: { country: 'DE', region: 'XX' } },
    ]
    for (const calendar of bad) {
      expect(await codeOf(setWorkingTime(ctx, 'sid@acme.com', { calendar, outOfOffice: [] }))).toBe(
        'sla.invalid_calendar',
      )
    }
    const backwards = [{ from: away[0]?.to ?? new Date(), to: away[0]?.from ?? new Date() }]
    expect(await codeOf(setWorkingTime(ctx, 'sid@acme.com', { outOfOffice: backwards }))).toBe(
      'request.invalid',
    )
    expect(await setWorkingTime(ctx, 'sid@acme.com', {})).toEqual({
      calendar: null,
      outOfOffice: away,
    })
  })

  it('needs an admin and a user that exists', async () => {
    const { ctx } = await setUp()
    expect(await codeOf(setWorkingTime(ctx, 'nobody@acme.com', { calendar: berlin }))).toBe(
      'user.not_found',
    )
    const rep = { ...ctx, role: 'sdr' as const }
    expect(await codeOf(setWorkingTime(rep, 'sid@acme.com', { calendar: berlin }))).toBe(
      'auth.forbidden',
    )
  })
})
