import { takeRateToken, type RateBucket, type RatePolicy } from '../core/tracking/index.ts'

// Buckets kept in memory per server process; the oldest are dropped past this many callers.
const maxBuckets = 100_000

/**
 * An in-process token-bucket limiter keyed by caller (a visitor, an IP address, an API key);
 * `take` says whether a request may go on and, when not, how long to wait.
 */
export function createRateLimiter() {
  const buckets = new Map<string, RateBucket>()
  return {
    take(key: string, nowMs: number, policy: RatePolicy) {
      const taken = takeRateToken(buckets.get(key), nowMs, policy)
      buckets.delete(key)
      buckets.set(key, taken.bucket)
      if (buckets.size > maxBuckets) {
        const oldest = buckets.keys().next().value
        if (oldest !== undefined) buckets.delete(oldest)
      }
      return taken
    },
  }
}
