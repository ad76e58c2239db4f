import { takeRateToken, type RateBucket, type RatePolicy } from '../core/tracking/index.ts'

/** Limits for POST /v1/track: a burst and a steady rate per visitor, and per IP address. */
export type TrackRateLimits = { readonly perVisitor: RatePolicy; readonly perIp: RatePolicy }

export const defaultTrackRateLimits: TrackRateLimits = {
  perVisitor: { capacity: 30, perMinute: 30 },
  perIp: { capacity: 300, perMinute: 300 },
}

// Buckets kept in memory per server process; the oldest are dropped past this many callers.
const maxBuckets = 100_000

/** An in-process token-bucket limiter keyed by caller; `take` says whether a request may go on. */
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
