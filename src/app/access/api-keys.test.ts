import { describe, expect, it } from 'vitest'
import type { WorkspaceId } from '../../core/shared/index.ts'
import type { ApiKeyRecord, ApiKeyStore, NewApiKey } from './api-key-ports.ts'
import { authenticate, issueApiKey, lastUsedResolutionMs } from './api-keys.ts'

// Keys in memory, counting the last-used writes.
function memoryKeys() {
  const rows = new Map<string, ApiKeyRecord>()
  const touches: Date[] = []
  const store: ApiKeyStore = {
    insert(key: NewApiKey) {
      const record = {
        ...key,
        id: `key-${String(rows.size + 1)}`,
        revokedAt: null,
        userActive: true,
        createdAt: new Date(0),
        lastUsedAt: null,
      }
      rows.set(key.prefix, record)
      return Promise.resolve(record)
    },
    findByPrefix: (prefix) => Promise.resolve(rows.get(prefix)),
    touch(id, at) {
      touches.push(at)
      for (const [prefix, row] of rows)
        if (row.id === id) rows.set(prefix, { ...row, lastUsedAt: at })
      return Promise.resolve()
    },
    list: () => Promise.resolve([...rows.values()]),
    revoke: () => Promise.resolve(undefined),
  }
  return { store, touches }
}

const workspace = 'w-1' as WorkspaceId
const at = (ms: number) => ({ now: () => new Date(Date.UTC(2026, 11, 3) + ms) })

describe('authenticate', () => {
  it('writes a key’s last use at its first use and then at most once a minute', async () => {
    const { store, touches } = memoryKeys()
    const { key } = await issueApiKey(store, workspace, { name: 'forms', role: 'marketing' })
    for (const ms of [0, 1_000, lastUsedResolutionMs - 1, lastUsedResolutionMs, 90_000])
      expect(await authenticate(store, at(ms), key)).toMatchObject({ role: 'marketing' })
    expect(touches.map((d) => d.getTime() - Date.UTC(2026, 11, 3))).toEqual([
      0,
      lastUsedResolutionMs,
    ])
  })

  it('refuses a malformed or unknown key without writing anything', async () => {
    const { store, touches } = memoryKeys()
    const { key } = await issueApiKey(store, workspace, { name: 'forms', role: 'marketing' })
    const otherLast = key.endsWith('x') ? 'y' : 'x'
    const wrongSecret = `${key.slice(0, -1)}${otherLast}`
    const unknownPrefix = `bk_unknownprefx${key.slice(15)}`
    for (const presented of ['', 'bk_short', wrongSecret, unknownPrefix])
      await expect(authenticate(store, at(0), presented)).rejects.toMatchObject({
        code: 'auth.invalid_key',
      })
    expect(touches).toEqual([])
  })
})
