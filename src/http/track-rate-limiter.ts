import type { RatePolicy } from '../core/tracking/index.ts'

/** Limits for POST /v1/track: a burst and a steady rate per visitor, and per IP address. */
export type TrackRateLimits = { readonly perVisitor: RatePolicy; readonly perIp: RatePolicy }

export const defaultTrackRateLimits: TrackRateLimits = {
  perVisitor: { capacity: 30, perMinute: 30 },
  perIp: { capacity: 300, perMinute: 300 },
}
