import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'
import type { PersonId } from '../core/shared/index.ts'

// The client's clock reads 2026-11-23T15:00Z (a Monday): the open clock below is past due by then.
describeEachBackend('GET /v1/reports/sla', (db) => {
  async function seeded() {
    const { apiKey, store } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const person = await api.post('/v1/people', { email: 'ana@globex.com', firstName: 'Ana' })
    expect(person.status, JSON.stringify(person.body)).toBe(201)
    const sid = await store.users.insert({ email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    const clock = (startedAt: string, dueAt: string) => ({
      kind: 'first_response' as const,
      personId: person.body.id as PersonId,
      opportunityId: null,
      ownerId: sid.id,
      priority: 'hot',
      startedAt: new Date(startedAt),
      dueAt: new Date(dueAt),
      nextCheckAt: null,
      agreementVersion: null,
    })
    await store.sla.clocks.insert([
      clock('2026-11-02T14:00:00Z', '2026-11-02T15:00:00Z'),
      clock('2026-11-03T14:00:00Z', '2026-11-03T15:00:00Z'),
    ])
    const [first] = await store.sla.clocks.findRunning(person.body.id as PersonId, [
      'first_response',
    ])
    if (!first) throw new Error('the clocks were not stored')
    await store.sla.clocks.stop([
      { id: first.id, stoppedAt: new Date(first.startedAt.getTime() + 600_000), outcome: 'met' },
    ])
    return { api, sid }
  }

  it('reports response compliance per priority and breaches by owner', async () => {
    const { api, sid } = await seeded()
    const reply = await api.get('/v1/reports/sla?from=2026-11-01&to=2026-12-01&by=owner')
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body).toMatchObject({
      from: '2026-11-01T00:00:00.000Z',
      by: 'owner',
      asOf: '2026-11-23T15:00:00.000Z',
      resolutionStage: null,
      total: {
        response: {
          total: { clocks: 2, met: 1, breached: 1, openPastDue: 1, metShare: { value: 0.5 } },
          byPriority: [{ priority: 'hot', clocks: 2 }],
        },
        statusUpdate: { elapsed: { unit: 'calendar_minutes', updates: 0, medianMinutes: null } },
      },
      groups: [{ group: sid.id, label: 'Sid' }],
      breaches: {
        byOwner: [
          { key: sid.id, label: 'Sid', decided: 2, breached: 1, byKind: { first_response: 1 } },
        ],
        byTeam: [{ key: null, breached: 1 }],
      },
    })
  })

  it('answers 400 naming the field for a bad split or period, and 401 without a key', async () => {
    const { api } = await seeded()
    expect(await api.get('/v1/reports/sla?by=source')).toMatchObject({
      status: 400,
      body: { error: { code: 'request.invalid', details: { field: 'by' } } },
    })
    expect(await api.get('/v1/reports/sla?from=2026-12-01&to=2026-11-01')).toMatchObject({
      status: 400,
      body: { error: { code: 'request.invalid', details: { field: 'to' } } },
    })
    const anonymous = httpClient(db().storage)
    expect(await anonymous.get('/v1/reports/sla')).toMatchObject({
      status: 401,
      body: { error: { code: 'auth.missing_key' } },
    })
  })
})
