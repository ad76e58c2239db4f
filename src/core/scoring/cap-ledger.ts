import type { Cap } from './types.ts'

const dayMs = 86_400_000

export type CapOutcome = {
  readonly earned: number
  readonly status: 'counted' | 'partly_capped' | 'capped'
}

/** Takes points under per-rule caps; `take` must be called in event-time order. */
export type CapLedger = {
  readonly take: (ruleId: string, cap: Cap | undefined, atMs: number, points: number) => CapOutcome
}

type Window = { readonly entries: { atMs: number; earned: number }[]; start: number; sum: number }

/**
 * A sliding window per rule: an event at t earns what the cap leaves after the points the rule's
 * earlier events earned in (t - periodDays, t]; later events in a full window earn 0.
 */
export function createCapLedger(): CapLedger {
  const windows = new Map<string, Window>()
  return {
    take(ruleId, cap, atMs, points) {
      if (cap === undefined || points <= 0) return { earned: points, status: 'counted' }
      let window = windows.get(ruleId)
      if (window === undefined) {
        window = { entries: [], start: 0, sum: 0 }
        windows.set(ruleId, window)
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
      const status = earned === points ? 'counted' : earned === 0 ? 'capped' : 'partly_capped'
      return { earned, status }
    },
  }
}
