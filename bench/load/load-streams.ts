import { createRandom } from '../harness.ts'
import type { Stream } from './offer-load.ts'
import type { LoadWorkspace } from './prepare-load-workspace.ts'

const firstNames = ['Ana', 'Ben', 'Chloe', 'Dev', 'Emma', 'Felix', 'Grace', 'Hugo', 'Iris', 'Jon']
const lastNames = ['Smith', 'Garcia', 'Chen', 'Okafor', 'Novak', 'Silva', 'Kim', 'Müller', 'Rossi']
const titles = ['VP Marketing', 'Director of IT', 'Head of Sales', 'Engineer', 'CFO']

/** New leads at their own companies: none of them is anyone already known, so each is created. */
export function leadStream(options: {
  readonly perSecond: number
  readonly perRequest: number
  readonly seconds: number
}): Stream {
  const random = createRandom(20261203)
  return {
    label: 'leads',
    path: '/v1/leads',
    rowsPerRequest: options.perRequest,
    requestsPerSecond: options.perSecond / options.perRequest,
    seconds: options.seconds,
    body: (index) => ({
      leads: Array.from({ length: options.perRequest }, (_, i) => {
        const n = index * options.perRequest + i
        return {
          email: `lead${String(n)}@company${String(n)}.com`,
          firstName: random.pick(firstNames),
          lastName: random.pick(lastNames),
          title: random.pick(titles),
          company: `Company ${String(n)}`,
          website: `https://company${String(n)}.com`,
          source: 'load-test',
        }
      }),
    }),
  }
}

/** Scored engagement events of known people in the last hour, each with its own idempotency key. */
export function eventStream(
  workspace: LoadWorkspace,
  options: { readonly perSecond: number; readonly perRequest: number; readonly seconds: number },
): Stream {
  const random = createRandom(20261123)
  return {
    label: 'events',
    path: '/v1/events',
    rowsPerRequest: options.perRequest,
    requestsPerSecond: options.perSecond / options.perRequest,
    seconds: options.seconds,
    body: (index) => ({
      events: Array.from({ length: options.perRequest }, (_, i) => ({
        email: `p${String(random.int(1, workspace.knownPeople))}@bench.example`,
        type: random.pick(workspace.eventTypes),
        occurredAt: new Date(Date.now() - random.int(0, 3_600_000)).toISOString(),
        idempotencyKey: `load-${String(index)}-${String(i)}`,
      })),
    }),
  }
}
