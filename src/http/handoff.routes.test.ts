import { expect, it } from 'vitest'
import { issueApiKey } from '../app/access/api-keys.ts'
import { addUser } from '../app/access/users.ts'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'
import { scoringContext } from '../../test/scoring-fixture.ts'

describeEachBackend('closed-loop and queue endpoints', (db) => {
  // A workspace with the fixture agreement, two SDRs with keys of their own, and one MQL.
  async function setUp() {
    const { apiKey, store } = await db().workspace()
    const { ctx } = await scoringContext(store)
    const keyOf = async (email: string) => {
      const user = await addUser(ctx, { email, name: email, role: 'sdr' })
      const key = await issueApiKey(db().storage.apiKeys, store.workspaceId, {
        name: email,
        role: 'sdr',
        userId: user.id,
      })
      return { user, api: httpClient(db().storage, key.key) }
    }
    const sdrs = [await keyOf('ben@acme.com'), await keyOf('bea@acme.com')]
    const admin = httpClient(db().storage, apiKey)
    const created = await admin.post('/v1/people', { email: 'ana@acme.com' })
    expect(created.status).toBe(201)
    const id = created.body.id as string
    expect((await admin.post(`/v1/people/${id}/stage`, { toStage: 'mql' })).status).toBe(201)
    const ownerId = (await admin.get(`/v1/people/${id}`)).body.ownerId as string
    const owner = sdrs.find((s) => s.user.id === ownerId)
    const other = sdrs.find((s) => s.user.id !== ownerId)
    if (!owner || !other) throw new Error('the MQL went to no SDR')
    return { admin, owner, other, id, store }
  }

  it('accepts a lead for its owner and lists it in their queue until then', async () => {
    const { owner, id } = await setUp()
    const queue = await owner.api.get('/v1/queue')
    expect(queue.status).toBe(200)
    expect(queue.body.owner).toMatchObject({ email: owner.user.email, role: 'sdr' })
    expect(queue.body.items).toHaveLength(1)
    expect(queue.body.items[0]).toMatchObject({
      person: { id, stage: 'mql' },
      clocks: [{ kind: 'first_response', stoppedAt: null }],
      nextTask: { channel: 'call', dueAt: expect.any(String) as unknown },
    })
    expect(queue.body.items[0].dueAt).toBe(queue.body.items[0].clocks[0].dueAt)
    const accepted = await owner.api.post(`/v1/people/${id}/accept`, { note: 'spoke today' })
    expect(accepted.status).toBe(200)
    expect(accepted.body).toMatchObject({
      event: { fromStage: 'mql', toStage: 'sal', note: 'spoke today' },
      review: null,
    })
    expect((await owner.api.get('/v1/queue')).body.items).toEqual([])
  })

  it('rejects with a reason code, and refuses an unknown code listing the valid ones', async () => {
    const { owner, id } = await setUp()
    const unknown = await owner.api.post(`/v1/people/${id}/reject`, { reasonCode: 'busy' })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error).toMatchObject({
      code: 'handoff.unknown_reason_code',
      details: { valid: ['unreachable', 'non_compliant', 'no_need', 'other'] },
    })
    const noNote = await owner.api.post(`/v1/people/${id}/reject`, { reasonCode: 'other' })
    expect([noNote.status, noNote.body.error.code]).toEqual([422, 'handoff.note_required'])
    const snake = await owner.api.post(`/v1/people/${id}/reject`, { reason_code: 'unreachable' })
    expect([snake.status, snake.body.error.code]).toEqual([400, 'request.invalid'])
    const rejected = await owner.api.post(`/v1/people/${id}/reject`, {
      reasonCode: 'other',
      note: 'a student',
    })
    expect(rejected.status).toBe(200)
    expect(rejected.body.event).toMatchObject({
      toStage: 'nurture',
      reasonCode: 'other',
      note: 'a student',
    })
  })

  it('takes dispositions and refuses an outcome it does not know', async () => {
    const { owner, id } = await setUp()
    const bad = await owner.api.post(`/v1/people/${id}/disposition`, { outcome: 'won' })
    expect([bad.status, bad.body.error.code]).toEqual([400, 'request.invalid'])
    const out = await owner.api.post(`/v1/people/${id}/disposition`, {
      outcome: 'disqualified',
      reasonCode: 'no_need',
    })
    expect(out.status).toBe(200)
    expect(out.body.event).toMatchObject({ fromStage: 'mql', toStage: 'disqualified' })
    const again = await owner.api.post(`/v1/people/${id}/accept`, {})
    expect([again.status, again.body.error.code]).toEqual([409, 'funnel.invalid_transition'])
  })

  it("refuses a rep acting on someone else's lead, and names a missing person", async () => {
    const { other, admin, id, store } = await setUp()
    const denied = await other.api.post(`/v1/people/${id}/accept`, {})
    expect([denied.status, denied.body.error.code]).toEqual([403, 'auth.forbidden'])
    const sales = await issueApiKey(db().storage.apiKeys, store.workspaceId, {
      name: 'sales',
      role: 'sales',
    })
    const assign = await httpClient(db().storage, sales.key).post(`/v1/people/${id}/assign`, {})
    expect([assign.status, assign.body.error.code]).toEqual([403, 'auth.forbidden'])
    expect((await other.api.post(`/v1/people/${id}/assign`, {})).status).toBe(200)
    const missing = await admin.post('/v1/people/00000000-0000-4000-8000-000000000000/accept', {})
    expect([missing.status, missing.body.error.code]).toEqual([404, 'person.not_found'])
    expect((await admin.post(`/v1/people/${id}/accept`, {})).status).toBe(200)
  })

  it("shows a named rep's queue and needs an owner from a key tied to no user", async () => {
    const { admin, owner, id } = await setUp()
    const named = await admin.get(`/v1/queue?owner=${owner.user.email}&limit=5`)
    expect(named.status).toBe(200)
    expect(named.body.items.map((item: { person: { id: string } }) => item.person.id)).toEqual([id])
    const none = await admin.get('/v1/queue')
    expect([none.status, none.body.error.code]).toEqual([400, 'request.invalid'])
    const unknown = await admin.get('/v1/queue?owner=nobody@acme.com')
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'user.not_found'])
    expect((await admin.get('/v1/queue?owner=ben@acme.com&limit=0')).status).toBe(400)
  })
})
