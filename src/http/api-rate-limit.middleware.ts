import type { MiddlewareHandler } from 'hono'
import type { Clock } from '../app/ports.ts'
import { AppError } from '../core/shared/index.ts'
import type { RatePolicy } from '../core/tracking/index.ts'
import type { HttpEnv } from './http-env.ts'
import { isPublicPath } from './public-paths.ts'
import { createRateLimiter } from './rate-limiter.ts'

/**
 * Requests each API key may make: a burst of `capacity` at once, refilled at `perMinute`; a
 * `perMinute` of 0 turns the limit off. Set with BATON_API_RATE_LIMIT_PER_MINUTE and
 * BATON_API_RATE_LIMIT_BURST.
 */
export type ApiRateLimit = RatePolicy

// 100 requests a second sustained, 1,000 at once: far above what a person, the dashboard or a
// batching importer sends, low enough to stop a runaway script before it starves the others.
export const defaultApiRateLimit: ApiRateLimit = { capacity: 1000, perMinute: 6000 }

/**
 * Limits every authenticated /v1 request per API key with a token bucket; over the limit it answers
 * 429 `request.rate_limited` with Retry-After (seconds). Every answer carries RateLimit-Limit and
 * RateLimit-Remaining. Runs after authentication, which names the key.
 */
export function apiRateLimit(deps: {
  readonly clock: Clock
  readonly limit?: ApiRateLimit | undefined
}): MiddlewareHandler<HttpEnv> {
  const policy = deps.limit ?? defaultApiRateLimit
  const limiter = createRateLimiter()
  return async (c, next) => {
    if (policy.perMinute === 0 || isPublicPath(c.req.path)) return next()
    const taken = limiter.take(c.var.apiKeyId, deps.clock.now().getTime(), policy)
    c.header('RateLimit-Limit', String(policy.capacity))
    c.header('RateLimit-Remaining', String(Math.floor(taken.bucket.tokens)))
    if (!taken.allowed) {
      c.header('Retry-After', String(taken.retryAfterSeconds))
      throw new AppError(
        'request.rate_limited',
        `This API key sent more than ${String(policy.capacity)} requests at once or ${String(policy.perMinute)} a minute; retry after ${String(taken.retryAfterSeconds)} s, send batches, or raise BATON_API_RATE_LIMIT_PER_MINUTE.`,
        {
          details: {
            retryAfterSeconds: taken.retryAfterSeconds,
            capacity: policy.capacity,
            perMinute: policy.perMinute,
          },
        },
      )
    }
    return next()
  }
}
