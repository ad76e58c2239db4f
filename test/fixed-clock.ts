import type { Clock } from '../src/app/ports.ts'

/** A clock that reads a fixed instant and moves only when told to. */
export function fixedClock(
  iso = '2026-11-23T15:00:00.000Z',
): Clock & { advance(ms: number): void; set(iso: string): void } {
  let now = new Date(iso)
  return {
    now: () => new Date(now),
    advance(ms) {
      now = new Date(now.getTime() + ms)
    },
    set(value) {
      now = new Date(value)
    },
  }
}
