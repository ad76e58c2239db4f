import type { DuplicatePair, DuplicatePersonSummary } from '../app/duplicates/list-duplicates.ts'
import type { MergeResult } from '../app/duplicates/merge-people.ts'
import type { UnmergeResult } from '../app/duplicates/unmerge-duplicates.ts'
import type { DuplicateCandidate } from '../core/duplicates/index.ts'
import type { CliBackend } from './cli-backend.ts'

type Wire = Record<string, unknown>
type Call = (method: string, path: string, body?: unknown) => Promise<Wire>

const dateOf = (value: unknown) => (typeof value === 'string' ? new Date(value) : null)

function toCandidate(wire: Wire): DuplicateCandidate {
  return {
    ...wire,
    decidedAt: dateOf(wire['decidedAt']),
    createdAt: dateOf(wire['createdAt']),
  } as DuplicateCandidate
}

function toSummary(wire: Wire): DuplicatePersonSummary {
  return { ...wire, createdAt: dateOf(wire['createdAt']) } as DuplicatePersonSummary
}

/** The duplicate commands over a running server's API (`call` sends one request). */
export function duplicateApi(
  call: Call,
): Pick<CliBackend, 'listDuplicates' | 'mergeDuplicates' | 'dismissDuplicate' | 'unmergePerson'> {
  const path = (id: string) => encodeURIComponent(id)
  return {
    async listDuplicates(page) {
      const query = new URLSearchParams({ limit: String(page.limit) })
      if (page.cursor !== undefined) query.set('cursor', page.cursor)
      const wire = await call('GET', `/v1/duplicates?${query.toString()}`)
      const items = (wire['items'] as Wire[]).map((item): DuplicatePair => ({
        ...toCandidate(item),
        personA: toSummary(item['personA'] as Wire),
        personB: toSummary(item['personB'] as Wire),
      }))
      const next = wire['nextCursor']
      return typeof next === 'string' ? { items, nextCursor: next } : { items }
    },
    mergeDuplicates: async (personId, intoPersonId) =>
      (await call('POST', '/v1/duplicates/merge', { personId, intoPersonId })) as MergeResult,
    dismissDuplicate: async (candidateId) =>
      toCandidate(await call('POST', `/v1/duplicates/${path(candidateId)}/dismiss`, {})),
    unmergePerson: async (personId) =>
      (await call('POST', `/v1/people/${path(personId)}/unmerge`, {})) as UnmergeResult,
  }
}
