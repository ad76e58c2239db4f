import type { Cap } from './types.ts'

const dayMs = 86_400_000

export type CapStatus = 'counted' | 'partly_capped' | 'capped'

/** Takes points under per-rule caps (a window per rule object); call `take` in event-time order. */
export type CapLedger = {
  /** The points the event earns under the rule's cap. */
  readonly take: (rule: object, cap: Cap | undefined, atMs: number, points: number) => number
}

/** What a cap left of an event's points, as its contribution says it. */
export function capStatus(earned: number, points: number): CapStatus {
  return earned === points ? 'counted' : earned === 0 ? 'capped' : 'partly_capped'
}

type Window = { readonly entries: { atMs: number; earned: number }[]; start: number; sum: number }

/**
 * A sliding window per rule: an event at t earns what the cap leaves after the points the rule's
 * earlier events earned in (t - periodDays, t]; later events in a full window earn 0.
 */
export function createCapLedger(): CapLedger {
  const windows = new Map<object, Window>()
  return {
    take(rule, cap, atMs, points) {
      if (cap === undefined || points <= 0) return points
      let window = windows.get(rule)
      if (window === undefined) {
        window = { entries: [], start: 0, sum: 0 }
        windows.set(rule, window)
      }
      const opensAtMs = atMs - cap.periodDays * dayMs
      for (
        let first = window.entries[window.start];
        first !== undefined && first.atMs <= opensAtMs;
      ) {
        window.sum -= first.earned
        window.start += 1
        first = window.entries[window.start]
      }
      const earned = Math.max(0, Math.min(points, cap.points - window.sum))
      window.entries.push({ atMs, earned })
      window.sum += earned
      return earned
    },
  }
}
