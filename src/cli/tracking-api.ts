import type { AccountIpRange, TimelineEntry } from '../app/tracking/tracking-ports.ts'
import type { TrackingBackend, TrackingSiteView } from './tracking-backend.ts'

type Wire = Record<string, unknown>
type Call = (method: string, path: string, body?: unknown) => Promise<Wire>

const toRange = (wire: Wire) =>
  ({ ...wire, createdAt: new Date(String(wire['createdAt'])) }) as unknown as AccountIpRange

/** The track commands over a running server's API (`call` sends one request). */
export function trackingApi(call: Call): TrackingBackend {
  const site = async (method: string, path: string, body?: unknown) =>
    (await call(method, path, body)) as unknown as TrackingSiteView
  return {
    site: () => site('GET', '/v1/track/site'),
    addOrigin: (origin) => site('POST', '/v1/track/origins', { origin }),
    removeOrigin: (origin) => site('POST', '/v1/track/origins/remove', { origin }),
    listIpRanges: async () =>
      ((await call('GET', '/v1/track/ip-ranges'))['items'] as Wire[]).map(toRange),
    addIpRange: async (accountId, cidr) =>
      toRange(
        await call('POST', `/v1/accounts/${encodeURIComponent(accountId)}/ip-ranges`, { cidr }),
      ),
    removeIpRange: async (cidr) =>
      String((await call('POST', '/v1/track/ip-ranges/remove', { cidr }))['cidr']),
    timeline: async (personId) =>
      (
        (await call('GET', `/v1/people/${encodeURIComponent(personId)}/timeline`))[
          'items'
        ] as Wire[]
      ).map((e) => ({
        ...e,
        occurredAt: new Date(String(e['occurredAt'])),
      })) as unknown as TimelineEntry[],
  }
}
