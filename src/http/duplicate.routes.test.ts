import { expect, it } from 'vitest'
import { issueApiKey } from '../app/access/api-keys.ts'
import { reviewNewPeople } from '../app/duplicates/review-new-people.ts'
import type { PersonId } from '../core/shared/index.ts'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('/v1/duplicates', (db) => {
  async function signedIn() {
    const { apiKey, store } = await db().workspace()
    const sales = await issueApiKey(db().storage.apiKeys, store.workspaceId, {
      name: 'sales',
      role: 'sales',
    })
    return {
      store,
      api: httpClient(db().storage, apiKey),
      asSales: httpClient(db().storage, sales.key),
    }
  }
  async function person(api: ReturnType<typeof httpClient>, body: Record<string, unknown>) {
    const reply = await api.post('/v1/people', body)
    expect(reply.status).toBe(201)
    return reply.body.id as string
  }

  it('lists the queue with both people and evidence, dismisses, merges by candidate or ids, and unmerges as admin', async () => {
    const { api, store } = await signedIn()
    const review = (id: string) =>
      reviewNewPeople(
        { store, clock: fixedClock(), actor: 'intake', role: 'admin' as const },
        store,
        [id as PersonId],
      )
    const acme = (await api.post('/v1/accounts', { name: 'Acme', domain: 'acme.com' })).body.id
    const fields = { firstName: 'Bo', lastName: 'Lind', accountId: acme }
    const bo = await person(api, { ...fields, email: 'bo@acme.com' })
    const again = await person(api, { ...fields, email: 'blind@acme.com' })
    expect(await review(again)).toMatchObject({ queued: 1 })
    const list = await api.get('/v1/duplicates?limit=5')
    expect(list.status).toBe(200)
    expect(list.body.items).toHaveLength(1)
    const [candidate] = list.body.items
    expect(candidate).toMatchObject({ tier: 'weak', status: 'open', score: 60 })
    expect([candidate.personA.id, candidate.personB.id].sort()).toEqual([bo, again].sort())
    expect(candidate.evidence.map((e: { field: string }) => e.field)).toEqual([
      'first_name',
      'last_name',
      'company',
    ])
    const dismissed = await api.post(`/v1/duplicates/${candidate.id}/dismiss`, {})
    expect(dismissed).toMatchObject({ status: 200, body: { status: 'dismissed' } })
    expect((await api.get('/v1/duplicates')).body.items).toEqual([])

    const third = await person(api, { ...fields, email: 'b.lind@acme.com' })
    expect(await review(third)).toMatchObject({ queued: 2 })
    const queue = (await api.get('/v1/duplicates')).body.items
    const withBo = queue.find((c: { personAId: string; personBId: string }) =>
      [c.personAId, c.personBId].includes(bo),
    )
    const ofBo = (await api.get(`/v1/duplicates?personId=${bo}`)).body.items
    expect(ofBo.map((c: { id: string }) => c.id)).toEqual([withBo.id])
    const ofThird = (await api.get(`/v1/duplicates?personId=${third}`)).body.items
    expect(ofThird).toHaveLength(2)
    expect((await api.get('/v1/duplicates?personId=nope')).status).toBe(400)
    const byCandidate = await api.post('/v1/duplicates/merge', { candidateId: withBo.id })
    expect(byCandidate).toMatchObject({ status: 200, body: { survivorId: bo, mergedId: third } })
    expect((await api.get('/v1/duplicates')).body.items).toEqual([])

    const merged = await api.post('/v1/duplicates/merge', { personId: bo, intoPersonId: again })
    expect(merged).toMatchObject({ status: 200, body: { survivorId: bo, mergedId: again } })
    const unmerged = await api.post(`/v1/people/${again}/unmerge`, {})
    expect(unmerged).toMatchObject({ status: 200, body: { personId: again, survivorId: bo } })
    const paths = Object.keys((await api.get('/openapi.json')).body.paths)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/v1/duplicates',
        '/v1/duplicates/merge',
        '/v1/duplicates/{id}/dismiss',
        '/v1/people/{id}/unmerge',
      ]),
    )
  })

  it('refuses bad input with the error code that names it', async () => {
    const { api, asSales } = await signedIn()
    const ana = await person(api, { email: 'ana@acme.com', firstName: 'Ana', lastName: 'Ruiz' })
    const ana2 = await person(api, { email: 'ana.r@acme.com', firstName: 'Ana', lastName: 'Ruiz' })
    const info = await person(api, { email: 'info@acme.com' })
    const sales = await person(api, { email: 'sales@acme.com' })
    const unknown = '00000000-0000-4000-8000-000000000000'
    const cases: [string, string, unknown, number, string][] = [
      [
        'merge into itself',
        '/v1/duplicates/merge',
        { personId: ana, intoPersonId: ana },
        422,
        'duplicate.same_person',
      ],
      [
        'merge an unknown id',
        '/v1/duplicates/merge',
        { personId: ana, intoPersonId: unknown },
        404,
        'person.not_found',
      ],
      [
        'merge an unknown candidate',
        '/v1/duplicates/merge',
        { candidateId: unknown },
        404,
        'duplicate.not_found',
      ],
      [
        'merge role addresses',
        '/v1/duplicates/merge',
        { personId: info, intoPersonId: sales },
        422,
        'duplicate.role_address',
      ],
      [
        'merge with a non-UUID',
        '/v1/duplicates/merge',
        { personId: 'x', intoPersonId: ana },
        400,
        'request.invalid',
      ],
      [
        'merge with both shapes',
        '/v1/duplicates/merge',
        { candidateId: unknown, personId: ana },
        400,
        'request.invalid',
      ],
      [
        'dismiss an unknown candidate',
        `/v1/duplicates/${unknown}/dismiss`,
        {},
        404,
        'duplicate.not_found',
      ],
      ['unmerge a person not merged', `/v1/people/${ana}/unmerge`, {}, 409, 'duplicate.not_merged'],
      ['unmerge an unknown person', `/v1/people/${unknown}/unmerge`, {}, 404, 'person.not_found'],
    ]
    for (const [name, path, body, status, code] of cases) {
      const reply = await api.post(path, body)
      expect({ name, status: reply.status, code: reply.body.error?.code }).toEqual({
        name,
        status,
        code,
      })
    }
    await api.post('/v1/duplicates/merge', { personId: ana, intoPersonId: ana2 })
    const again = await api.post('/v1/duplicates/merge', { personId: ana2, intoPersonId: ana })
    expect(again).toMatchObject({
      status: 409,
      body: { error: { code: 'duplicate.already_merged' } },
    })
    const forbidden = await asSales.post(`/v1/people/${ana2}/unmerge`, {})
    expect(forbidden).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } })
    expect(forbidden.body.error.message).toMatch(/admin/)
  })
})
