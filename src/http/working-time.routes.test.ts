import { expect, it } from 'vitest'
import { addUser } from '../app/access/users.ts'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'
import { scoringContext } from '../../test/scoring-fixture.ts'

const nineToFive = [{ from: '09:00', to: '17:00' }]
const calendar = { timeZone: 'Europe/Berlin', workingHours: { mon: nineToFive, tue: nineToFive } }
const outOfOffice = [{ from: '2026-11-24T00:00:00.000Z', to: '2026-11-25T00:00:00.000Z' }]

describeEachBackend('POST /v1/users/working-time', (db) => {
  async function setUp() {
    const { apiKey, store } = await db().workspace()
    const { ctx } = await scoringContext(store)
    await addUser(ctx, { email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    return httpClient(db().storage, apiKey)
  }

  it("sets a user's calendar and absences, and goes back to the agreement's calendar", async () => {
    const api = await setUp()
    const set = await api.post('/v1/users/working-time', {
      email: 'sid@acme.com',
      calendar,
      outOfOffice,
    })
    expect(set).toMatchObject({ status: 200, body: { calendar, outOfOffice } })
    const reset = await api.post('/v1/users/working-time', {
      email: 'sid@acme.com',
      calendar: null,
    })
    expect(reset).toMatchObject({ status: 200, body: { calendar: null, outOfOffice } })
  })

  it('answers 422 for a zone that is not one, 400 for a malformed body, 404 for nobody', async () => {
    const api = await setUp()
    const zone = await api.post('/v1/users/working-time', {
      email: 'sid@acme.com',
      calendar: { ...calendar, timeZone: 'Mars/Olympus' },
    })
    expect(zone).toMatchObject({ status: 422, body: { error: { code: 'sla.invalid_calendar' } } })
    const malformed = await api.post('/v1/users/working-time', {
      email: 'sid@acme.com',
      outOfOffice: [{ from: 'soon' }],
    })
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
    const nobody = await api.post('/v1/users/working-time', { email: 'no@acme.com', calendar })
    expect(nobody).toMatchObject({ status: 404, body: { error: { code: 'user.not_found' } } })
  })
})
