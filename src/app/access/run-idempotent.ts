import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { IdempotencyScope, StoredResponse } from '../ports.ts'

export type Reply = { readonly status: number; readonly body: unknown }

/** How long a claimed key waits for its first request before a retry may run it again. */
export const staleClaimMs = 5 * 60 * 1000

const pollMs = 25

export type IdempotentRun = {
  readonly scope: IdempotencyScope
  readonly requestHash: string
  /** Polls for a concurrent duplicate's answer this long before answering 409. */
  readonly waitMs: number
  readonly sleep: (ms: number) => Promise<void>
}

function conflict(key: string, why: string): AppError {
  return new AppError('request.idempotency_conflict', `Idempotency-Key "${key}" ${why}`, {
    details: { key },
  })
}

function replay(stored: StoredResponse, run: IdempotentRun): Reply & { replayed: true } {
  if (stored.requestHash !== run.requestHash) {
    throw conflict(
      run.scope.key,
      'was already used for a different request; use a new key for a new request.',
    )
  }
  return { status: stored.status, body: stored.body, replayed: true }
}

/**
 * Runs a write once per Idempotency-Key (per workspace, method and path): a retry with the same
 * request gets the first answer and writes nothing; the same key with another request is refused;
 * a concurrent duplicate waits for the first answer. Answers of 500 and above are not kept.
 */
export async function runIdempotent(
  ctx: UseCaseContext,
  run: IdempotentRun,
  work: () => Promise<Reply>,
): Promise<Reply & { readonly replayed: boolean }> {
  const { key } = run.scope
  if (key.length === 0 || key.length > 200) {
    throw new AppError(
      'request.invalid',
      'The Idempotency-Key header must be 1 to 200 characters.',
      {
        details: { field: 'Idempotency-Key' },
      },
    )
  }
  const store = ctx.store.idempotency
  for (let waited = 0; ; waited += pollMs) {
    const stale = new Date(ctx.clock.now().getTime() - staleClaimMs)
    const claim = await store.claim(run.scope, run.requestHash, stale)
    if (claim.kind === 'done') return replay(claim.response, run)
    if (claim.kind === 'claimed') break
    if (claim.requestHash !== run.requestHash) {
      throw conflict(key, 'is in use by a different request; use a new key for a new request.')
    }
    if (waited >= run.waitMs) {
      throw conflict(key, 'is still being answered for the first request; retry in a moment.')
    }
    await run.sleep(pollMs)
  }
  let reply: Reply
  try {
    reply = await work()
  } catch (error) {
    await store.release(run.scope)
    throw error
  }
  if (reply.status >= 500) await store.release(run.scope)
  else await store.complete(run.scope, { ...reply, requestHash: run.requestHash }, ctx.clock.now())
  return { ...reply, replayed: false }
}
