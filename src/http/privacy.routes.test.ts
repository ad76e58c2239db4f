import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('GET /v1/privacy/export and POST /v1/privacy/erase', (db) => {
  async function seeded() {
    const { apiKey, store } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const leads = await api.post('/v1/leads', {
      leads: [
        {
          email: 'Ana.Ruiz+webinar@Acme.com',
          fullName: 'Ana Ruiz',
          title: 'VP Marketing',
          phone: '+44 20 7946 0958',
          company: 'Acme',
          source: 'webinar',
          stage: 'mql',
          occurredAt: '2024-01-10T00:00:00Z',
          properties: { favouriteColour: 'teal' },
        },
        {
          email: 'bo@globex.com',
          source: 'webinar',
          stage: 'mql',
          occurredAt: '2024-01-12T00:00:00Z',
        },
      ],
    })
    expect(leads.status).toBe(200)
    const ana = leads.body.results[0].personId as string
    const moved = await api.post(`/v1/people/${ana}/stage`, {
      toStage: 'sql',
      occurredAt: '2024-01-17T00:00:00Z',
      note: 'Ana said her budget is approved',
    })
    expect(moved.status).toBe(201)
    const events = await api.post('/v1/events', {
      events: [
        {
          email: 'ana.ruiz@acme.com',
          type: 'webinar_attended',
          occurredAt: '2024-01-11T00:00:00Z',
          url: 'https://acme.com/webinar?name=Ana',
        },
      ],
    })
    expect(events.status).toBe(200)
    return { api, ana, store }
  }

  const funnelOf = async (api: ReturnType<typeof httpClient>): Promise<unknown> =>
    (await api.get('/v1/reports/funnel?from=2024-01-01&to=2024-02-01&by=source')).body

  it('exports everything, erases it keeping the numbers, and refuses the address afterwards', async () => {
    const { api, ana } = await seeded()
    const before = await api.get('/v1/privacy/export?email=ANA.RUIZ@acme.com')
    expect(before.status).toBe(200)
    expect(before.body).toMatchObject({
      email: 'ana.ruiz@acme.com',
      suppressed: false,
      erasedAt: null,
    })
    expect(before.body.people).toEqual([
      expect.objectContaining({
        id: ana,
        firstName: 'Ana',
        lastName: 'Ruiz',
        title: 'VP Marketing',
        consent: {},
        doNotContact: false,
      }),
    ])
    expect(before.body.accounts).toEqual([expect.objectContaining({ name: 'Acme' })])
    expect(before.body.activities.map((a: { type: string }) => a.type).sort()).toEqual([
      'lead_captured',
      'webinar_attended',
    ])
    expect(before.body.stageEvents.map((e: { toStage: string }) => e.toStage)).toEqual([
      'mql',
      'sql',
    ])
    expect(JSON.stringify(before.body)).toContain('budget is approved')
    const funnel = await funnelOf(api)

    const erased = await api.post('/v1/privacy/erase', { email: 'ana.ruiz@acme.com' })
    expect(erased).toMatchObject({
      status: 200,
      body: { personIds: [ana], emailHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    })
    expect(erased.body.counts).toMatchObject({ people: 1, activities: 2, stageEventNotes: 1 })

    const after = await api.get('/v1/privacy/export?email=ana.ruiz@acme.com')
    expect(after.status).toBe(200)
    expect(after.body).toMatchObject({ suppressed: true, erasedAt: expect.stringMatching(/^20/) })
    expect(after.body.people).toEqual([
      expect.objectContaining({
        id: ana,
        email: null,
        emailNormalized: null,
        firstName: 'Erased person',
        lastName: null,
        title: null,
        phone: null,
        companyName: null,
        properties: {},
        doNotContact: true,
        stage: 'sql',
        source: 'webinar',
      }),
    ])
    const text = JSON.stringify(after.body.people) + JSON.stringify(after.body.activities)
    for (const trace of ['Ruiz', 'ana.ruiz', 'teal', '7946', 'name=Ana', 'webinar?'])
      expect(text).not.toContain(trace)
    expect(after.body.stageEvents).toEqual([
      expect.objectContaining({ toStage: 'mql', note: null }),
      expect.objectContaining({ toStage: 'sql', note: null }),
    ])
    expect(after.body.activities).toHaveLength(2)
    expect(await funnelOf(api)).toEqual(funnel)

    const again = await api.post('/v1/leads', {
      leads: [{ email: 'ana.ruiz+again@acme.com', fullName: 'Ana Ruiz', company: 'Acme' }],
    })
    expect(again.body.results[0]).toMatchObject({ kind: 'rejected', reason: 'privacy.suppressed' })
    expect(again.body.results[0].message).toMatch(/asked to be erased/)
    const direct = await api.post('/v1/people', { email: 'ANA.RUIZ@acme.com', firstName: 'Ana' })
    expect(direct).toMatchObject({ status: 409, body: { error: { code: 'privacy.suppressed' } } })
    const people = (await api.get('/v1/people')).body.items
    expect(people.map((p: { firstName: string | null }) => p.firstName).sort()).toEqual([
      'Erased person',
      null,
    ])
  })

  it('keeps an erasure to its workspace, and refuses the address on every write path', async () => {
    const { api, ana } = await seeded()
    const other = await seeded()
    await api.post('/v1/privacy/erase', { email: 'ana.ruiz@acme.com' })
    const elsewhere = await other.api.get('/v1/privacy/export?email=ana.ruiz@acme.com')
    expect(elsewhere.body).toMatchObject({ suppressed: false, erasedAt: null })
    expect(elsewhere.body.people[0]).toMatchObject({ lastName: 'Ruiz' })
    const bo = (await api.get('/v1/people')).body.items.find(
      (p: { id: string }) => p.id !== ana,
    ) as { id: string }
    const patched = await api.patch(`/v1/people/${bo.id}`, { email: 'ana.ruiz@acme.com' })
    expect(patched).toMatchObject({ status: 409, body: { error: { code: 'privacy.suppressed' } } })
    const fresh = await other.api.post('/v1/leads', { leads: [{ email: 'cy@initech.com' }] })
    expect(fresh.body.results[0]).toMatchObject({ kind: 'created' })
  })

  it('answers 404 for an address nobody holds and 400 for text that is not an address', async () => {
    const { api } = await seeded()
    for (const reply of [
      await api.get('/v1/privacy/export?email=nobody@acme.com'),
      await api.post('/v1/privacy/erase', { email: 'nobody@acme.com' }),
    ]) {
      expect(reply).toMatchObject({
        status: 404,
        body: {
          error: { code: 'privacy.person_not_found', details: { email: 'nobody@acme.com' } },
        },
      })
    }
    expect(await api.post('/v1/privacy/erase', { email: 'not an address' })).toMatchObject({
      status: 400,
      body: { error: { code: 'request.invalid' } },
    })
    expect(await api.get('/v1/privacy/export')).toMatchObject({ status: 400 })
  })

  it('lets only admins make privacy requests, and records each in the audit log', async () => {
    const { api, ana, store } = await seeded()
    const key = await api.post('/v1/api-keys', { name: 'marketing', role: 'marketing' })
    const marketing = httpClient(db().storage, String(key.body.key))
    for (const reply of [
      await marketing.get('/v1/privacy/export?email=ana.ruiz@acme.com'),
      await marketing.post('/v1/privacy/erase', { email: 'ana.ruiz@acme.com' }),
    ]) {
      expect(reply).toMatchObject({
        status: 403,
        body: { error: { code: 'auth.forbidden', details: { action: 'privacy.manage' } } },
      })
    }
    const erased = await api.post('/v1/privacy/erase', { email: 'ana.ruiz@acme.com' })
    expect(await store.privacy.findPeopleByEmail('ana.ruiz@acme.com')).toEqual([])
    const subject = { subjectType: 'email_hash', subjectId: String(erased.body.emailHash) }
    expect(
      await store.duplicates.findLatestAudit({ action: 'privacy.erased', ...subject }),
    ).toMatchObject({
      actor: expect.stringMatching(/^api-key:/),
      details: { personIds: [ana], counts: { people: 1 } },
    })
    await api.get('/v1/privacy/export?email=ana.ruiz@acme.com')
    expect(
      await store.duplicates.findLatestAudit({ action: 'privacy.exported', ...subject }),
    ).toMatchObject({ details: { personIds: [ana] } })
    const repeat = await api.post('/v1/privacy/erase', { email: 'ana.ruiz@acme.com' })
    expect(repeat).toMatchObject({ status: 200, body: { personIds: [ana] } })
  })
})
