import { detectReEngagement } from '../../core/scoring/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { Notification, ScoringRow, StoredEvent } from './scoring-ports.ts'

const latest = (events: readonly StoredEvent[]) =>
  events.reduce<Date | undefined>(
    (max, e) => (max === undefined || e.occurredAt > max ? e.occurredAt : max),
    undefined,
  )

/**
 * One `person.re_engaged` notification to the owner for each person whose new events (by key) come
 * after at least `inactivityDays` of silence; the payload names the person, owner and days silent.
 */
export function reEngagements(
  rows: readonly ScoringRow[],
  events: ReadonlyMap<PersonId, readonly StoredEvent[]>,
  newKeys: ReadonlyMap<PersonId, ReadonlySet<string>>,
  inactivityDays: number,
): Notification[] {
  return rows.flatMap((row) => {
    const keys = newKeys.get(row.id)
    if (keys === undefined || keys.size === 0) return []
    const all = events.get(row.id) ?? []
    const fresh = all.filter((e) => e.key !== null && keys.has(e.key))
    const first = fresh.reduce<Date | undefined>(
      (min, e) => (min === undefined || e.occurredAt < min ? e.occurredAt : min),
      undefined,
    )
    if (first === undefined) return []
    const found = detectReEngagement(
      latest(all.filter((e) => e.key === null || !keys.has(e.key))),
      first,
      inactivityDays,
    )
    if (found === undefined) return []
    return [
      {
        topic: 'person.re_engaged',
        target: row.ownerId ?? 'unassigned',
        payload: {
          personId: row.id,
          ownerId: row.ownerId,
          daysSilent: found.daysSilent,
          lastActivityAt: found.lastActivityAt.toISOString(),
          engagedAt: first.toISOString(),
        },
        dedupeKey: `person.re_engaged:${row.id}:${first.toISOString()}`,
      },
    ]
  })
}
