import { AppError } from '../core/shared/index.ts'
import type { ClockView } from '../app/sla/list-person-clocks.ts'
import type { OutboxMessage, Webhook } from '../app/sla/sla-ports.ts'
import type { Page } from '../core/shared/index.ts'
import type { HandoffBackend } from './handoff-backend.ts'
import { dated, pageOf, queryOf } from './loop-api.ts'

type Wire = Record<string, unknown>
type Call = (method: string, path: string, body?: unknown) => Promise<Wire>
type SlaCalls = Pick<
  HandoffBackend,
  'sweepClocks' | 'listClocks' | 'listOutbox' | 'addWebhook' | 'listWebhooks' | 'removeWebhook'
>

const clockDates = ['startedAt', 'dueAt', 'stoppedAt', 'nextCheckAt']

/** Clocks, the outbox and webhooks over a running server's API. */
export function slaApi(call: Call): SlaCalls {
  return {
    sweepClocks: () =>
      Promise.reject(
        new AppError(
          'request.invalid',
          'A running server sweeps due clocks by itself every few seconds; `baton sla sweep` runs on the database only (stop the server, or pass --db or --database-url without --api-key).',
        ),
      ),
    async listClocks(personId) {
      const wire = await call('GET', `/v1/people/${encodeURIComponent(personId)}/clocks`)
      const clocks = (wire['items'] as Wire[]).map((clock) => dated(clock, ...clockDates))
      return clocks as unknown as ClockView[]
    },
    async listOutbox(page) {
      const wire = await call('GET', `/v1/outbox?${queryOf(page)}`)
      const dates = ['nextAttemptAt', 'createdAt', 'deliveredAt']
      // The wire leaves out whom a message was delivered to.
      const listed = pageOf(wire, ...dates)
      return {
        ...listed,
        items: listed.items.map((item) => ({ ...item, deliveredTo: [] })),
      } as unknown as Page<OutboxMessage>
    },
    async addWebhook(input) {
      const wire = await call('POST', '/v1/webhooks', input)
      return dated(wire, 'createdAt') as unknown as Webhook
    },
    async listWebhooks() {
      const wire = await call('GET', '/v1/webhooks')
      return (wire['items'] as Wire[]).map((hook) =>
        dated(hook, 'createdAt'),
      ) as unknown as Webhook[]
    },
    async removeWebhook(name) {
      await call('DELETE', `/v1/webhooks/${encodeURIComponent(name)}`)
    },
  }
}
