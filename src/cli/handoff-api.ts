import type { AssignmentOutcome } from '../app/handoff/apply-route-decision.ts'
import type { LoopResult } from '../app/handoff/close-loop.ts'
import type { HeldLead } from '../app/handoff/handoff-ports.ts'
import type { OwnerQueue } from '../app/handoff/owner-queue.ts'
import type { HandoffBackend } from './handoff-backend.ts'
import { loopApi } from './loop-api.ts'
import { slaApi } from './sla-api.ts'

type Wire = Record<string, unknown>
type Call = (method: string, path: string, body?: unknown) => Promise<Wire>

const path = (id: string) => encodeURIComponent(id)
// Instants travel as ISO text; the backend interface promises Dates.
const dated = (wire: Wire, ...keys: string[]): Wire => ({
  ...wire,
  ...Object.fromEntries(
    keys.map((key) => [key, typeof wire[key] === 'string' ? new Date(wire[key]) : wire[key]]),
  ),
})

function pageQuery(page: { readonly limit: number; readonly cursor?: string | undefined }) {
  const query = new URLSearchParams({ limit: String(page.limit) })
  if (page.cursor !== undefined) query.set('cursor', page.cursor)
  return query.toString()
}

function toLoopResult(wire: Wire): LoopResult {
  const review = wire['review'] as Wire | null
  return {
    event: dated(wire['event'] as Wire, 'occurredAt', 'recordedAt'),
    review: review === null ? null : dated(review, 'createdAt', 'resolvedAt'),
  } as unknown as LoopResult
}

function toQueue(wire: Wire): OwnerQueue {
  const items = (wire['items'] as Wire[]).map((item) => ({
    ...dated(item, 'dueAt'),
    person: dated(item['person'] as Wire, 'createdAt', 'updatedAt'),
    clocks: (item['clocks'] as Wire[]).map((clock) =>
      dated(clock, 'startedAt', 'dueAt', 'stoppedAt', 'nextCheckAt'),
    ),
    nextTask: item['nextTask'] == null ? null : dated(item['nextTask'] as Wire, 'dueAt'),
  }))
  return { owner: wire['owner'], items } as unknown as OwnerQueue
}

/** The hand-off commands over a running server's API (`call` sends one request). */
export function handoffApi(call: Call): HandoffBackend {
  return {
    async assignPerson(id, request) {
      const wire = await call('POST', `/v1/people/${path(id)}/assign`, request)
      return wire as unknown as AssignmentOutcome
    },
    async listHeld(page) {
      const wire = await call('GET', `/v1/handoff/held?${pageQuery(page)}`)
      const items = (wire['items'] as Wire[]).map((item) => dated(item, 'heldAt') as HeldLead)
      const next = wire['nextCursor']
      return typeof next === 'string' ? { items, nextCursor: next } : { items }
    },
    acceptLead: async (id, note) =>
      toLoopResult(
        await call('POST', `/v1/people/${path(id)}/accept`, note === undefined ? {} : { note }),
      ),
    rejectLead: async (id, reason) =>
      toLoopResult(await call('POST', `/v1/people/${path(id)}/reject`, reason)),
    dispositionLead: async (id, disposition) =>
      toLoopResult(await call('POST', `/v1/people/${path(id)}/disposition`, disposition)),
    async ownerQueue(request) {
      const query = new URLSearchParams()
      if (request.ownerEmail !== undefined) query.set('owner', request.ownerEmail)
      if (request.limit !== undefined) query.set('limit', String(request.limit))
      return toQueue(await call('GET', `/v1/queue?${query.toString()}`))
    },
    ...loopApi(call),
    ...slaApi(call),
  }
}
