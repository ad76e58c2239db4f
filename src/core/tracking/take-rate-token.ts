/** A token bucket: `capacity` requests at once, refilled at `perMinute` a minute. */
export type RatePolicy = { readonly capacity: number; readonly perMinute: number }

export type RateBucket = { readonly tokens: number; readonly atMs: number }

/**
 * Takes one token from a caller's bucket at `nowMs` (a new caller starts full): allowed while a
 * token is left, refilled continuously at the policy's rate up to its capacity. Returns the bucket
 * to keep and, when refused, how many seconds until the next token.
 */
export function takeRateToken(
  bucket: RateBucket | undefined,
  nowMs: number,
  policy: RatePolicy,
): { readonly allowed: boolean; readonly bucket: RateBucket; readonly retryAfterSeconds: number } {
  const elapsedMs = bucket === undefined ? 0 : Math.max(0, nowMs - bucket.atMs)
  const refilled = Math.min(
    policy.capacity,
    (bucket?.tokens ?? policy.capacity) + (elapsedMs * policy.perMinute) / 60_000,
  )
  if (refilled >= 1)
    return { allowed: true, bucket: { tokens: refilled - 1, atMs: nowMs }, retryAfterSeconds: 0 }
  const retryAfterSeconds = Math.ceil(((1 - refilled) * 60) / policy.perMinute)
  return { allowed: false, bucket: { tokens: refilled, atMs: nowMs }, retryAfterSeconds }
}
