import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { createPerson, updatePerson } from '../records/people.ts'
import { deliverOutbox, type WebhookSender } from '../sla/deliver-outbox.ts'
import { addWebhook } from '../sla/webhooks.ts'
import { erasePersonData } from './erase-person-data.ts'

// Queued at the database's now(); the test clock starts after it so every message is due.
const start = new Date(Math.ceil((Date.now() + 60_000) / 1000) * 1000).toISOString()

describeEachBackend('outbound notifications honour opt-out', (db) => {
  async function setUp() {
    const { store } = await db().workspace()
    const ctx = { store, clock: fixedClock(start), actor: 'test', role: 'admin' as const }
    const willing = await createPerson(ctx, { email: 'ana@acme.com', firstName: 'Ana' })
    const refusing = await createPerson(ctx, {
      email: 'bo@globex.com',
      firstName: 'Bo',
      doNotContact: true,
    })
    const sent: string[] = []
    const sender: WebhookSender = {
      post: (_url, request) => {
        sent.push(request.body)
        return Promise.resolve({ status: 200 })
      },
    }
    await addWebhook(ctx, {
      name: 'crm',
      url: 'http://127.0.0.1:9/hook',
      secret: 'a-long-signing-secret-0123456789',
      maxAttempts: 3,
      format: 'json',
    })
    const deliver = () =>
      deliverOutbox(
        { storage: db().storage, clock: ctx.clock, sender, log: () => undefined },
        { batchSize: 50 },
      )
    return { ctx, store, willing, refusing, sent, deliver }
  }
  const reminder = (personId: string, key: string) => ({
    topic: 'sla.reminder',
    target: 'u1',
    payload: { personId },
    dedupeKey: key,
  })

  it('never queues a notification about a person who opted out, whoever produces it', async () => {
    const { store, willing, refusing } = await setUp()
    await store.sla.outbox.enqueue([reminder(willing.id, 'a'), reminder(refusing.id, 'b')])
    await store.scoring.people.notify([
      {
        topic: 'person.re_engaged',
        target: 'u1',
        payload: { personId: refusing.id },
        dedupeKey: 'c',
      },
      { topic: 'system.notice', target: 'managers', payload: {}, dedupeKey: 'd' },
    ])
    const queued = (await store.sla.outbox.list({ limit: 50 })).items
    expect(queued.map((m) => m.payload['personId'] ?? m.topic).sort()).toEqual(
      [willing.id, 'system.notice'].sort(),
    )
  })

  it('closes unsent a queued message whose person opted out or was erased before delivery', async () => {
    const { ctx, store, willing, sent, deliver } = await setUp()
    const other = await createPerson(ctx, { email: 'cy@initech.com', firstName: 'Cy' })
    await store.sla.outbox.enqueue([reminder(willing.id, 'a'), reminder(other.id, 'b')])
    await updatePerson(ctx, willing.id, { doNotContact: true })
    await erasePersonData(ctx, 'cy@initech.com')
    await deliver()
    // The sweep delivers every workspace's messages; only this test's people matter here.
    expect(sent.filter((body) => body.includes(willing.id) || body.includes(other.id))).toEqual([])
    const dead = (await store.sla.outbox.list({ limit: 50 })).items
    expect(dead.map((m) => [m.status, m.lastError])).toEqual([
      ['dead', expect.stringContaining('opted out')],
      ['dead', expect.stringContaining('opted out')],
    ])
  })

  it('still delivers messages about people who may be contacted', async () => {
    const { store, willing, sent, deliver } = await setUp()
    await store.sla.outbox.enqueue([reminder(willing.id, 'a')])
    await deliver()
    expect(sent.filter((body) => body.includes(willing.id))).toHaveLength(1)
    expect((await store.sla.outbox.list({ limit: 5 })).items[0]?.status).toBe('delivered')
  })
})
