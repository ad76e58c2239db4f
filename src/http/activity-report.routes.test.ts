import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import { httpClient } from '../../test/http-client.ts'
import { signedAgreement } from '../../test/signed-agreement.ts'

describeEachBackend('GET /v1/reports/activity', (db) => {
  it("compares SDRs' conversations with the agreement's goal per working day", async () => {
    const { apiKey, store } = await db().workspace()
    await signedAgreement({ store, clock: fixedClock(), actor: 'test', role: 'admin' })
    const sid = await store.users.insert({ email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    const api = httpClient(db().storage, apiKey)
    const lead = await api.post('/v1/people', { email: 'lead@globex.com', ownerId: sid.id })
    expect(lead.status, JSON.stringify(lead.body)).toBe(201)
    await db()
      .opened.db.insertInto('activity')
      .values({
        workspace_id: store.workspaceId,
        person_id: lead.body.id,
        type: 'conversations',
        occurred_at: new Date('2026-03-03T15:00:00Z'),
      })
      .execute()
    const reply = await api.get('/v1/reports/activity?from=2026-03-02&to=2026-03-09')
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body).toMatchObject({
      workingDays: 5,
      goals: [
        {
          team: 'sdr',
          activity: 'conversations',
          expectedPerRep: 40,
          reps: [{ name: 'Sid', actual: 1, perDay: 0.2, attainment: { value: 1 / 40 } }],
          unattributed: 0,
        },
      ],
    })
  })

  it('answers 404 without an agreement in force and 400 for a bad period', async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    expect(await api.get('/v1/reports/activity')).toMatchObject({
      status: 404,
      body: { error: { code: 'agreement.none_in_force' } },
    })
    expect(await api.get('/v1/reports/activity?from=someday')).toMatchObject({
      status: 400,
      body: { error: { code: 'request.invalid', details: { field: 'from' } } },
    })
  })
})
