import { describe, expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('HTTP records', (db) => {
  async function signedIn() {
    const { apiKey } = await db().workspace()
    return httpClient(db().storage, apiKey)
  }

  describe('people', () => {
    it('creates, reads, lists, updates and moves a person through stages', async () => {
      const api = await signedIn()
      const created = await api.post('/v1/people', {
        email: 'Ana@Acme.com',
        firstName: ' Ana ',
        title: '',
      })
      expect(created.status).toBe(201)
      expect(created.body).toMatchObject({
        emailNormalized: 'ana@acme.com',
        firstName: 'Ana',
        title: null,
        stage: 'inquiry',
      })
      const id = created.body.id as string
      expect((await api.get(`/v1/people/${id}`)).body).toMatchObject({ id, email: 'Ana@Acme.com' })
      const updated = await api.patch(`/v1/people/${id}`, { lastName: 'Ruiz', doNotContact: true })
      expect(updated).toMatchObject({
        status: 200,
        body: { lastName: 'Ruiz', doNotContact: true, firstName: 'Ana' },
      })
      const moved = await api.post(`/v1/people/${id}/stage`, {
        toStage: 'mql',
        reasonCode: 'score',
        note: 'hit 60',
      })
      expect(moved).toMatchObject({
        status: 201,
        body: { fromStage: 'inquiry', toStage: 'mql', reasonCode: 'score' },
      })
      expect((await api.get('/v1/people?stage=mql')).body.items).toHaveLength(1)
      expect((await api.get('/v1/people?stage=sql')).body.items).toHaveLength(0)
      const history = await api.get(`/v1/people/${id}/stage-events`)
      expect(history.body.items.map((e: { toStage: string }) => e.toStage)).toEqual([
        'inquiry',
        'mql',
      ])
    })

    it('dates a stage change in the past when told, and never in the future', async () => {
      const api = await signedIn()
      const { body: person } = await api.post('/v1/people', { email: 'old@acme.com' })
      const past = await api.post(`/v1/people/${person.id}/stage`, {
        toStage: 'mql',
        occurredAt: '2025-01-02T03:04:05Z',
      })
      expect(past.body.occurredAt).toBe('2025-01-02T03:04:05.000Z')
      const future = await api.post(`/v1/people/${person.id}/stage`, {
        toStage: 'sal',
        occurredAt: '2099-01-01T00:00:00Z',
      })
      expect(future).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
    })

    it('pages through people with nextCursor', async () => {
      const api = await signedIn()
      for (const n of [1, 2, 3]) await api.post('/v1/people', { email: `p${n}@acme.com` })
      const first = await api.get('/v1/people?limit=2')
      expect(first.body.items).toHaveLength(2)
      const second = await api.get(`/v1/people?limit=2&cursor=${first.body.nextCursor as string}`)
      expect(second.body.items.map((p: { email: string }) => p.email)).toEqual(['p3@acme.com'])
      expect(second.body.nextCursor).toBeUndefined()
    })
  })

  describe('accounts and opportunities', () => {
    it('creates an account, links a person and an opportunity to it, and moves the opportunity', async () => {
      const api = await signedIn()
      const account = await api.post('/v1/accounts', {
        name: 'Acme',
        domain: 'www.acme.com',
        employeeCount: 250,
      })
      expect(account).toMatchObject({
        status: 201,
        body: { domain: 'acme.com', stage: 'universe' },
      })
      const person = await api.post('/v1/people', {
        email: 'bo@acme.com',
        accountId: account.body.id,
      })
      expect(person.body.accountId).toBe(account.body.id)
      const opportunity = await api.post('/v1/opportunities', {
        name: 'Acme platform',
        stage: 'Prospect New',
        accountId: account.body.id,
        primaryPersonId: person.body.id,
        amountCents: 4_800_000,
        probabilityPct: 10,
        horizon: 'near',
        source: 'marketing',
        expectedCloseOn: '2027-03-31',
      })
      expect(opportunity).toMatchObject({
        status: 201,
        body: { status: 'open', expectedCloseOn: '2027-03-31' },
      })
      const oppId = opportunity.body.id as string
      const moved = await api.post(`/v1/opportunities/${oppId}/stage`, { toStage: 'Proposal' })
      expect(moved.body).toMatchObject({
        fromStage: 'Prospect New',
        toStage: 'Proposal',
        subject: { type: 'opportunity' },
      })
      expect(
        (await api.patch(`/v1/opportunities/${oppId}`, { amountCents: 5_000_000 })).body
          .amountCents,
      ).toBe(5_000_000)
      expect((await api.get('/v1/opportunities?status=open')).body.items).toHaveLength(1)
      expect((await api.get(`/v1/opportunities/${oppId}/stage-events`)).body.items).toHaveLength(2)
      expect(
        (await api.patch(`/v1/accounts/${account.body.id as string}`, { industry: 'Software' }))
          .body.industry,
      ).toBe('Software')
      expect((await api.get(`/v1/accounts/${account.body.id as string}`)).body.name).toBe('Acme')
      expect((await api.get('/v1/accounts')).body.items).toHaveLength(1)
      const accountMove = await api.post(`/v1/accounts/${account.body.id as string}/stage`, {
        toStage: 'opportunity',
      })
      expect(accountMove.status).toBe(201)
      expect(
        (await api.get(`/v1/accounts/${account.body.id as string}/stage-events`)).body.items,
      ).toHaveLength(2)
      const all = await api.get('/v1/stage-events?subjectType=opportunity')
      expect(all.body.items.map((e: { toStage: string }) => e.toStage)).toEqual([
        'Prospect New',
        'Proposal',
      ])
      expect((await api.get('/v1/stage-events?toStage=inquiry')).body.items).toHaveLength(1)
    })
  })

  describe('workspace isolation', () => {
    it("returns 404 for another workspace's rows and never changes them", async () => {
      const a = await signedIn()
      const b = await signedIn()
      const { body: person } = await a.post('/v1/people', { email: 'secret@acme.com' })
      const { body: account } = await a.post('/v1/accounts', { name: 'Acme' })
      const { body: opp } = await a.post('/v1/opportunities', { name: 'Deal', stage: 'New' })
      for (const path of [
        `/v1/people/${person.id}`,
        `/v1/accounts/${account.id}`,
        `/v1/opportunities/${opp.id}`,
      ]) {
        expect((await b.get(path)).status).toBe(404)
        expect((await b.patch(path, { name: 'x' })).status).toBeGreaterThanOrEqual(400)
        expect((await b.post(`${path}/stage`, { toStage: 'mql' })).status).toBe(404)
        expect((await b.get(`${path}/stage-events`)).status).toBe(404)
      }
      expect(
        (await b.post('/v1/people', { email: 'mine@b.com', accountId: account.id })).status,
      ).toBe(400)
      expect((await b.get('/v1/people')).body.items).toHaveLength(0)
      expect((await b.get('/v1/stage-events')).body.items).toHaveLength(0)
      expect((await a.get(`/v1/people/${person.id}`)).body).toMatchObject({
        stage: 'inquiry',
        firstName: null,
      })
      expect((await a.get('/v1/stage-events')).body.items).toHaveLength(3)
    })
  })
})
