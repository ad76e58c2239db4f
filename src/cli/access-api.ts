import type { OwnerCalendar } from '../app/handoff/handoff-ports.ts'
import type { IssuedApiKey } from '../app/access/api-keys.ts'
import type { ApiKeyView } from '../app/access/workspace-api-keys.ts'
import type { User } from '../app/ports.ts'
import type { ErasureReceipt } from '../app/privacy/erase-person-data.ts'
import type { PersonDataExport } from '../app/privacy/export-person-data.ts'
import type { AccessBackend } from './access-backend.ts'

type Wire = Record<string, unknown>
type Call = (method: string, path: string, body?: unknown) => Promise<Wire>

const dateOf = (value: unknown) => (typeof value === 'string' ? new Date(value) : null)

function toKey(wire: Wire): ApiKeyView {
  return {
    ...wire,
    createdAt: new Date(String(wire['createdAt'])),
    lastUsedAt: dateOf(wire['lastUsedAt']),
    revokedAt: dateOf(wire['revokedAt']),
  } as ApiKeyView
}

/** The user, api-key and privacy commands over a running server's API (`call` sends one request). */
export function accessApi(call: Call): AccessBackend {
  return {
    disableUser: async (email) => (await call('POST', '/v1/users/disable', { email })) as User,
    async setWorkingTime(email, change) {
      const wire = await call('POST', '/v1/users/working-time', { email, ...change })
      const spans = wire['outOfOffice'] as { from: string; to: string }[]
      return {
        calendar: wire['calendar'] as OwnerCalendar['calendar'],
        outOfOffice: spans.map((span) => ({ from: new Date(span.from), to: new Date(span.to) })),
      }
    },
    createApiKey: async (input) =>
      (await call('POST', '/v1/api-keys', input)) as unknown as IssuedApiKey & { name: string },
    listApiKeys: async () => ((await call('GET', '/v1/api-keys'))['items'] as Wire[]).map(toKey),
    revokeApiKey: async (id) =>
      toKey(await call('DELETE', `/v1/api-keys/${encodeURIComponent(id)}`)),
    exportPersonData: async (email) =>
      (await call(
        'GET',
        `/v1/privacy/export?email=${encodeURIComponent(email)}`,
      )) as unknown as PersonDataExport,
    erasePersonData: async (email) =>
      (await call('POST', '/v1/privacy/erase', { email })) as unknown as ErasureReceipt,
  }
}
