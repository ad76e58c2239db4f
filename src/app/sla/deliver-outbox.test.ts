import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { sql } from 'kysely'
import { afterEach, expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { fetchWebhookSender } from '../../main/webhook-sender.ts'
import { deliverOutbox } from './deliver-outbox.ts'
import { verifyWebhookSignature } from './sign-webhook-body.ts'
import { addWebhook } from './webhooks.ts'

type Received = { headers: IncomingMessage['headers']; body: string }

/** A receiving server on loopback that answers each request with the next status in `statuses`. */
async function receiver(statuses: readonly number[]) {
  const received: Received[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      received.push({ headers: request.headers, body })
      response.statusCode = statuses[received.length - 1] ?? statuses.at(-1) ?? 200
      response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => server.close() }
}

const secret = 'a-long-signing-secret-0123456789'
const start = new Date(Math.ceil((Date.now() + 60_000) / 1000) * 1000)
const later = (ms: number) => new Date(start.getTime() + ms)
const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

describeEachBackend('outbox delivery', (db) => {
  async function setUp(statuses: readonly number[], maxAttempts = 8, format = 'json') {
    const { store } = await db().workspace()
    // Messages are queued at the database's now(); the test clock starts just after it.
    const clock = fixedClock(start.toISOString())
    const ctx = { store, clock, actor: 'test', role: 'admin' as const }
    const server = await receiver(statuses)
    closers.push(server.close)
    await addWebhook(ctx, { name: 'crm', url: server.url, secret, maxAttempts, format })
    await store.sla.outbox.enqueue([
      {
        topic: 'sla.reminder',
        target: 'u1',
        payload: { personId: 'p1' },
        dedupeKey: `k-${store.workspaceId}`,
      },
    ])
    const logged: Record<string, unknown>[] = []
    const deps = {
      storage: db().storage,
      clock,
      sender: fetchWebhookSender(),
      log: (e: Record<string, unknown>) => logged.push({ ...e }),
    }
    const row = async () => {
      const { rows } = await sql<{
        status: string
        attempts: number
        next_attempt_at: Date
        last_error: string | null
      }>`
        SELECT status, attempts, next_attempt_at, last_error FROM outbox WHERE workspace_id = ${store.workspaceId}`.execute(
        db().opened.db,
      )
      return rows[0]
    }
    // Other tests' messages may share the database: deliver until this one is handled.
    const deliver = () => deliverOutbox(deps, { batchSize: 100, retryBaseMs: 1000 })
    return { clock, server, deliver, row, logged }
  }

  it('signs the raw body with the secret and a timestamp the receiver can verify, and logs the message', async () => {
    const { server, deliver, row, logged } = await setUp([200])
    await deliver()
    expect(server.received).toHaveLength(1)
    const [request] = server.received
    const timestamp = Number(request?.headers['x-baton-timestamp'])
    expect(timestamp).toBe(start.getTime() / 1000)
    const signature = String(request?.headers['x-baton-signature'])
    expect(
      verifyWebhookSignature(secret, { timestamp, body: request?.body ?? '', signature }),
    ).toBe(true)
    expect(
      verifyWebhookSignature('another-secret-0123456789', {
        timestamp,
        body: request?.body ?? '',
        signature,
      }),
    ).toBe(false)
    expect(JSON.parse(request?.body ?? '{}')).toMatchObject({
      topic: 'sla.reminder',
      target: 'u1',
      payload: { personId: 'p1' },
    })
    expect(await row()).toMatchObject({ status: 'delivered', attempts: 1 })
    expect(logged.some((entry) => entry.topic === 'sla.reminder' && entry.target === 'u1')).toBe(
      true,
    )
    expect(JSON.stringify(logged)).not.toContain(secret)
  })

  it('retries with exponential backoff against a receiver that fails twice, then delivers', async () => {
    const { clock, server, deliver, row } = await setUp([500, 503, 200])
    await deliver()
    expect(await row()).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'crm: HTTP 500',
    })
    expect((await row())?.next_attempt_at).toEqual(later(1000))
    await deliver()
    expect(server.received).toHaveLength(1)
    clock.advance(1000)
    await deliver()
    expect((await row())?.next_attempt_at).toEqual(later(3000))
    clock.advance(2000)
    await deliver()
    expect(server.received).toHaveLength(3)
    expect(await row()).toMatchObject({ status: 'delivered', attempts: 3, last_error: null })
  })

  it('dead-letters a message after the webhook maximum attempts', async () => {
    const { clock, server, deliver, row } = await setUp([500], 3)
    for (let attempt = 0; attempt < 5; attempt++) {
      await deliver()
      clock.advance(60_000)
    }
    expect(server.received).toHaveLength(3)
    expect(await row()).toMatchObject({ status: 'dead', attempts: 3 })
  })

  it('sends a Slack-compatible text payload when the webhook asks for it', async () => {
    const { server, deliver } = await setUp([200], 8, 'slack')
    await deliver()
    expect(JSON.parse(server.received[0]?.body ?? '{}')).toEqual({
      text: 'Baton: sla.reminder for person p1 -> u1',
    })
  })
})
