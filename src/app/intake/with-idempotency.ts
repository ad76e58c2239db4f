import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { StoredResponse } from '../ports.ts'

export type Reply = { readonly status: number; readonly body: unknown }

/**
 * Runs a write once per Idempotency-Key: a retry with the same key and the same request returns the
 * first reply and writes nothing; the same key with a different request is refused.
 */
export async function withIdempotency(
  ctx: UseCaseContext,
  request: { readonly key: string | undefined; readonly requestHash: string },
  work: () => Promise<Reply>,
): Promise<Reply & { readonly replayed: boolean }> {
  if (request.key === undefined) return { ...(await work()), replayed: false }
  if (request.key.length === 0 || request.key.length > 200) {
    throw new AppError(
      'request.invalid',
      'The Idempotency-Key header must be 1 to 200 characters.',
      {
        details: { field: 'Idempotency-Key' },
      },
    )
  }
  const stored = await ctx.store.idempotency.find(request.key)
  if (stored) return replay(stored, request.requestHash, request.key)
  const reply = await work()
  await ctx.store.idempotency.save(request.key, { ...reply, requestHash: request.requestHash })
  return { ...reply, replayed: false }
}

function replay(stored: StoredResponse, requestHash: string, key: string) {
  if (stored.requestHash !== requestHash) {
    throw new AppError(
      'request.idempotency_conflict',
      `Idempotency-Key "${key}" was already used for a different request; use a new key for a new request.`,
      { details: { key } },
    )
  }
  return { status: stored.status, body: stored.body, replayed: true }
}
